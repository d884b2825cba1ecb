/**
 * Least privilege: the web server gets a key that may only search and read documents of the
 * archive's index, and read the index's own record (its `updatedAt` tells the search cache when
 * the index changed). It is created once (found again by its name) with the admin key.
 */
import type { Meilisearch } from 'meilisearch';
import { ensureScopedKey } from './scoped-key.js';

export const SEARCH_KEY_ACTIONS = ['search', 'documents.get', 'indexes.get'] as const;

export function searchKeyName(indexUid: string): string {
  return `pressearchiv-web-${indexUid}`;
}

export async function ensureSearchKey(admin: Meilisearch, indexUid: string): Promise<string> {
  return ensureScopedKey(admin, {
    name: searchKeyName(indexUid),
    description: 'Pressearchiv web server: search, read documents and the index record only',
    actions: SEARCH_KEY_ACTIONS,
    indexes: [indexUid],
  });
}
