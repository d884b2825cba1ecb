/** The release asked for was withdrawn: its page, original and API record answer 410 with its tombstone. */
import type { Tombstone } from '../archive/tombstone.js';

export class ReleaseWithdrawnError extends Error {
  override name = 'ReleaseWithdrawnError';
  readonly status = 410;
  constructor(readonly tombstone: Tombstone) {
    super(`Release ${tombstone.id} was withdrawn`);
  }
}
