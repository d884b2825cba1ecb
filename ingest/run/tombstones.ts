/**
 * Tombstones: the small record a withdrawn release leaves in the archive's tombstone index
 * (src/archive/archive-indexes.ts, `withdrawn`), which the public servers read to answer 410.
 * Built from the journal's `withdrawn` mark alone, so a rebuild writes them again.
 */
import type { Meilisearch } from 'meilisearch';
import { waitForSuccess } from '../../src/archive/meili-client.js';
import type { Tombstone } from '../../src/archive/tombstone.js';
import type { ReleaseEntry } from '../store/archive-state.js';

export function tombstoneOf(entry: ReleaseEntry): Tombstone | undefined {
  const w = entry.withdrawn;
  return w && { id: entry.id, title: w.title, date: w.date, reason: w.reason, withdrawnAt: w.at };
}

/** Writes the tombstones of the withdrawn ones among `entries` to `indexUid`. */
export async function writeTombstones(client: Meilisearch, indexUid: string, entries: ReleaseEntry[]): Promise<void> {
  const tombstones = entries.map(tombstoneOf).filter((t) => t !== undefined);
  if (tombstones.length === 0) return;
  await waitForSuccess(
    client.index(indexUid).addDocuments(tombstones, { primaryKey: 'id' }),
    `Writing ${tombstones.length} tombstone(s)`,
  );
}
