/**
 * A release named without its content: the audit line of a deletion and the refusal of a deleted
 * release (ingest/store/deleted-releases.ts) name it by this fingerprint of its id, which holds words
 * of its title.
 */
import { createHash } from 'node:crypto';

/** `sha256:` and 16 hex digits of the id's SHA-256: whoever knows the id can check the line, nobody can read it. */
export function releaseFingerprint(id: string): string {
  return `sha256:${createHash('sha256').update(id).digest('hex').slice(0, 16)}`;
}
