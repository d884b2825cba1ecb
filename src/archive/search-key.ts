/**
 * Least privilege: the web server gets a key that may only search and read documents of the
 * archive's indexes (archive-indexes.ts: the releases, the tombstones and the word list), and read their records (its `updatedAt` tells the search cache when
 * the index changed). It is created once (found again by its name) with the admin key.
 */
import type { Meilisearch } from 'meilisearch';
import { archiveIndexUids } from './archive-indexes.js';
import { ensureScopedKey } from './scoped-key.js';

export const SEARCH_KEY_ACTIONS = ['search', 'documents.get', 'indexes.get'] as const;

export function searchKeyName(archive: string): string {
  return `pressearchiv-web-${archive}`;
}

/** `archive`: MEILI_INDEX, the name of the archive; the key covers every index of it. */
export async function ensureSearchKey(admin: Meilisearch, archive: string): Promise<string> {
  return ensureScopedKey(admin, {
    name: searchKeyName(archive),
    description: 'Pressearchiv web server: search, read documents and the index records of the archive only',
    actions: SEARCH_KEY_ACTIONS,
    indexes: archiveIndexUids(archive),
  });
}
