/**
 * Where a run records the releases Meilisearch confirmed: straight into the state journal (ingest),
 * or held back until the rebuilt index is swapped in (--rebuild), so that the journal never claims
 * what the live index does not have.
 */
import type { ArchiveState, ReleaseEntry } from '../store/archive-state.js';

export interface StateSink {
  record(entries: ReleaseEntry[]): Promise<void>;
}

/** Records each confirmed batch in the journal at once. */
export function journalSink(state: ArchiveState): StateSink {
  return { record: (entries) => state.commit(entries) };
}

/** Keeps confirmed entries for the caller to commit later (after the swap of a rebuild). */
export class DeferredSink implements StateSink {
  readonly entries: ReleaseEntry[] = [];

  async record(entries: ReleaseEntry[]): Promise<void> {
    this.entries.push(...entries);
  }
}
