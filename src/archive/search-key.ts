/**
 * Least privilege: the web server gets a key that may only search and read documents of the
 * archive's index, and read the index's own record (its `updatedAt` tells the search cache when
 * the index changed). It is created once (found again by its name) with the admin key.
 */
import type { Meilisearch } from 'meilisearch';

export const SEARCH_KEY_ACTIONS = ['search', 'documents.get', 'indexes.get'] as const;

export function searchKeyName(indexUid: string): string {
  return `pressearchiv-web-${indexUid}`;
}

export async function ensureSearchKey(admin: Meilisearch, indexUid: string): Promise<string> {
  const name = searchKeyName(indexUid);
  const { results } = await admin.getKeys({ limit: 1000 });
  const wanted = [...SEARCH_KEY_ACTIONS].sort().join(',');
  const ours = results.filter((k) => k.name === name);
  const existing = ours.find(
    (k) =>
      k.expiresAt === null &&
      [...k.actions].sort().join(',') === wanted &&
      k.indexes.length === 1 &&
      k.indexes[0] === indexUid,
  );
  if (existing) return existing.key;
  const created = await admin.createKey({
    name,
    description: 'Pressearchiv web server: search, read documents and the index record only',
    actions: [...SEARCH_KEY_ACTIONS],
    indexes: [indexUid],
    expiresAt: null,
  });
  // A key of ours with other rights (an older version of Pressearchiv) is replaced, not kept beside.
  for (const stale of ours) await admin.deleteKey(stale.uid);
  return created.key;
}
