/** --remove <id> and --remove-samples: withdraw releases from the index; their originals stay in DATA_DIR. */
import type { ArchiveState } from '../store/archive-state.js';
import { waitForSuccess } from '../../src/archive/meili-client.js';
import { deleteDocuments } from './index-writer.js';
import type { IngestTarget } from './ingest-run.js';

export async function removeReleases(target: IngestTarget, state: ArchiveState, ids: string[]): Promise<string[]> {
  const known = ids.filter((id) => state.byId.has(id));
  await deleteDocuments(target.client, target.index, ids);
  await state.remove(known);
  return known;
}

export async function removeSamples(target: IngestTarget, state: ArchiveState): Promise<string[]> {
  const ids = [...state.byId.values()].filter((e) => e.sources.every((s) => s.sample)).map((e) => e.id);
  await waitForSuccess(
    target.client.index(target.index).deleteDocuments({ filter: 'sample = true' }),
    'Removing the sample releases',
  );
  await state.remove(ids);
  return ids;
}
