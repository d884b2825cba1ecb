/**
 * The key of the archivists' process (/verwaltung): what its actions need on the archive's indexes
 * — search, read, add and delete documents, read the index record, follow its tasks — and nothing
 * else: no keys, no settings, no other index, no index created, swapped or deleted. The master key
 * stays with `npm start` and the ingest command (docs/decisions.md, „The archivists' surface is a
 * process of its own“).
 */
import type { Meilisearch } from 'meilisearch';
import { ensureScopedKey } from './scoped-key.js';

export const ADMIN_KEY_ACTIONS = [
  'search',
  'documents.get',
  'documents.add',
  'documents.delete',
  'indexes.get',
  'tasks.get',
] as const;

export function adminKeyName(indexUid: string): string {
  return `pressearchiv-admin-${indexUid}`;
}

/**
 * The archive's indexes the admin key covers. Today the archive is one index; the withdrawal's
 * second index (issue 16) joins this list, and with it the key is replaced by one that covers both.
 */
export function archiveIndexes(indexUid: string): string[] {
  return [indexUid];
}

export async function ensureAdminKey(admin: Meilisearch, indexUid: string): Promise<string> {
  return ensureScopedKey(admin, {
    name: adminKeyName(indexUid),
    description: 'Pressearchiv admin process (/verwaltung): search, documents and tasks of the archive only',
    actions: ADMIN_KEY_ACTIONS,
    indexes: archiveIndexes(indexUid),
  });
}
