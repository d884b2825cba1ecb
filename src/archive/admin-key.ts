/**
 * The key of the archivists' process (/verwaltung): what its actions need on the archive's indexes
 * — search, read, add and delete documents, read the index record, follow its tasks — and nothing
 * else: no keys, no settings, no other index, no index created, swapped or deleted. The master key
 * stays with `npm start` and the ingest command (docs/decisions.md, „The archivists' surface is a
 * process of its own“).
 */
import type { Meilisearch } from 'meilisearch';
import { archiveIndexUids } from './archive-indexes.js';
import { ensureScopedKey } from './scoped-key.js';

export const ADMIN_KEY_ACTIONS = [
  'search',
  'documents.get',
  'documents.add',
  'documents.delete',
  'indexes.get',
  'tasks.get',
] as const;

export function adminKeyName(archive: string): string {
  return `pressearchiv-admin-${archive}`;
}

/**
 * `archive`: MEILI_INDEX; the key covers every index of the archive (archive-indexes.ts). A key of
 * an older version that covered fewer indexes is replaced (scoped-key.ts).
 */
export async function ensureAdminKey(admin: Meilisearch, archive: string): Promise<string> {
  return ensureScopedKey(admin, {
    name: adminKeyName(archive),
    description: 'Pressearchiv admin process (/verwaltung): search, documents and tasks of the archive only',
    actions: ADMIN_KEY_ACTIONS,
    indexes: archiveIndexUids(archive),
  });
}
