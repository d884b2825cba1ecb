/**
 * Least privilege for the archive's own processes: each gets a Meilisearch key with only the actions
 * it needs on the archive's indexes, created once with the master key and found again by its name.
 * A key of that name with other rights (an older version of Pressearchiv) is replaced, not kept.
 */
import type { Meilisearch } from 'meilisearch';

export interface KeySpec {
  name: string;
  description: string;
  actions: readonly string[];
  indexes: readonly string[];
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  [...a].sort().join(',') === [...b].sort().join(',');

export async function ensureScopedKey(admin: Meilisearch, spec: KeySpec): Promise<string> {
  const { results } = await admin.getKeys({ limit: 1000 });
  const ours = results.filter((k) => k.name === spec.name);
  const existing = ours.find(
    (k) => k.expiresAt === null && sameSet(k.actions, spec.actions) && sameSet(k.indexes, spec.indexes),
  );
  if (existing) return existing.key;
  const created = await admin.createKey({
    name: spec.name,
    description: spec.description,
    // The client's type lists the actions it knows; Meilisearch checks them.
    actions: [...spec.actions] as Parameters<Meilisearch['createKey']>[0]['actions'],
    indexes: [...spec.indexes],
    expiresAt: null,
  });
  for (const stale of ours) await admin.deleteKey(stale.uid);
  return created.key;
}
