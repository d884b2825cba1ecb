/**
 * --remove-samples: deletes the sample releases (demo data, invented or re-created from a published
 * text) from the index and the journal — no tombstone, their pages answer 404 — and marks DATA_DIR
 * so that `npm start` never loads samples into this archive again (src/archive/samples-removed.ts).
 * Their originals stay in DATA_DIR like any other's.
 */
import { archiveIndexNames } from '../../src/archive/archive-indexes.js';
import { waitForSuccess } from '../../src/archive/meili-client.js';
import { markSamplesRemoved } from '../../src/archive/samples-removed.js';
import type { ArchiveState } from '../store/archive-state.js';
import { deleteDocuments } from './index-writer.js';
import type { IngestTarget } from './ingest-run.js';

export async function removeSamples(target: IngestTarget, state: ArchiveState, dataDir: string): Promise<string[]> {
  const samples = [...state.byId.values()].filter((e) => e.sources.every((s) => s.sample));
  const names = archiveIndexNames(target.index);
  // The mark first: a start meanwhile must not load them again into the emptied index.
  await markSamplesRemoved(dataDir);
  await waitForSuccess(
    target.client.index(names.releases).deleteDocuments({ filter: 'sample = true' }),
    'Removing the sample releases',
  );
  // A withdrawn sample leaves no tombstone behind either.
  await deleteDocuments(
    target.client,
    names.withdrawn,
    samples.filter((e) => e.withdrawn).map((e) => e.id),
  );
  const ids = samples.map((e) => e.id);
  await state.remove(ids);
  return ids;
}
