/**
 * The admin process's check of its key before it serves: a key that may list keys is a master key
 * or an unlimited admin key, and is refused. Meilisearch answers 401/403 to a key without that
 * right; any other failure (no answer, a server error) means the check could not be made, and the
 * start stops rather than passing a key it could not check.
 */
import type { Meilisearch } from 'meilisearch';

/** A line saying why the key is refused, or undefined when it is the limited key it must be. */
export async function adminKeyProblem(meili: Meilisearch): Promise<string | undefined> {
  try {
    await meili.getKeys({ limit: 1 });
  } catch (error) {
    const status = (error as { response?: { status?: number } }).response?.status;
    if (status === 401 || status === 403) return undefined;
    return `The key of MEILI_ADMIN_KEY could not be checked: Meilisearch did not answer (${(error as Error).message}).`;
  }
  return 'MEILI_ADMIN_KEY may manage keys (a master key?): give the admin process the limited admin key.';
}
