/**
 * The admin process's check of its key before it serves: a key that may list keys is a master key
 * or an unlimited admin key, and is refused. Meilisearch answers 401/403 to a key without that
 * right; any other failure (no answer, a server error) means the check could not be made, and the
 * start stops rather than passing a key it could not check.
 */
import type { Meilisearch } from 'meilisearch';

const statusOf = (error: unknown): number | undefined => (error as { response?: { status?: number } }).response?.status;

const unchecked = (error: unknown): string =>
  `The key of MEILI_ADMIN_KEY could not be checked: Meilisearch did not answer (${(error as Error).message}).`;

/**
 * A line saying why the key is refused, or undefined when it is the limited key it must be: one
 * that may not manage keys but may read every index of the archive (`indexes`: a key given as
 * MEILI_ADMIN_KEY from before the tombstone index would fail every withdrawal half-way).
 */
export async function adminKeyProblem(meili: Meilisearch, indexes: readonly string[]): Promise<string | undefined> {
  try {
    await meili.getKeys({ limit: 1 });
    return 'MEILI_ADMIN_KEY may manage keys (a master key?): give the admin process the limited admin key.';
  } catch (error) {
    const status = statusOf(error);
    if (status !== 401 && status !== 403) return unchecked(error);
  }
  for (const uid of indexes) {
    try {
      await meili.index(uid).getDocuments({ limit: 1 });
    } catch (error) {
      const status = statusOf(error);
      if (status === 401 || status === 403) {
        return `MEILI_ADMIN_KEY does not cover the archive's index ${uid}: it must cover ${indexes.join(', ')} (docs/configuration.md).`;
      }
      // A missing index is created by npm start before the admin process starts; not the key's fault.
      if (status !== 404) return unchecked(error);
    }
  }
  return undefined;
}
