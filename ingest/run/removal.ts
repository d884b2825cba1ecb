/** --remove <id> and --remove-samples: withdraw releases from the index; their originals stay in DATA_DIR. */
import { ArchiveState } from '../store/archive-state.js';
import { waitForSuccess } from '../../src/archive/meili-client.js';
import { deleteDocuments } from './index-writer.js';
import type { IngestTarget } from './ingest-run.js';

export async function removeReleases(target: IngestTarget, dataDir: string, ids: string[]): Promise<string[]> {
  const state = await ArchiveState.load(dataDir, target.index);
  const known = ids.filter((id) => state.byId.has(id));
  await deleteDocuments(target.client, target.index, ids);
  await state.remove(known);
  return known;
}

export async function removeSamples(target: IngestTarget, dataDir: string): Promise<string[]> {
  const state = await ArchiveState.load(dataDir, target.index);
  const ids = [...state.byId.values()].filter((e) => e.sources.every((s) => s.sample)).map((e) => e.id);
  await waitForSuccess(
    target.client.index(target.index).deleteDocuments({ filter: 'sample = true' }),
    'Removing the sample releases',
  );
  await state.remove(ids);
  return ids;
}
