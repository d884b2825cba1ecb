/**
 * --rebuild: builds fresh indexes of the archive (src/archive/archive-indexes.ts) from the kept
 * originals (plus any new files) and swaps them all in with one Meilisearch swapIndexes task, so
 * searchers never see a half-built archive. Interrupted before the swap, the live indexes are
 * untouched and the next run starts the new ones again.
 */
import type { Meilisearch } from 'meilisearch';
import {
  applyArchiveSettings,
  archiveIndexNames,
  rebuildIndexNames,
  swapInRebuild,
} from '../../src/archive/archive-indexes.js';
import { waitForSuccess } from '../../src/archive/meili-client.js';
import { TaskFailedError } from '../../src/errors/task-failed-error.js';
import type { ArchiveState } from '../store/archive-state.js';
import { IngestRun, openRunExtractor, type IngestOptions, type IngestTarget } from './ingest-run.js';
import { finishReport, withOcrCount, type IngestReport } from './ingest-report.js';
import { DeferredSink } from './state-sink.js';
import { writeTombstones } from './tombstones.js';

async function dropIndex(client: Meilisearch, uid: string): Promise<void> {
  try {
    await waitForSuccess(client.deleteIndex(uid), `Deleting index ${uid}`);
  } catch (error) {
    if (!(error instanceof TaskFailedError && error.code === 'index_not_found')) throw error;
  }
}

/** `state`: the archive's state journal, loaded by the caller before anything is written. */
export async function runRebuild(
  target: IngestTarget,
  state: ArchiveState,
  options: IngestOptions,
): Promise<IngestReport> {
  const freshIndexes = rebuildIndexNames(target.index);
  const fresh = freshIndexes.releases;
  const dropFresh = async (): Promise<void> => {
    for (const uid of Object.values(freshIndexes)) await dropIndex(target.client, uid);
  };
  if (!options.dryRun) {
    await applyArchiveSettings(target.client, archiveIndexNames(target.index));
    await dropFresh();
    await applyArchiveSettings(target.client, freshIndexes);
  }
  const pool = await openRunExtractor(options);
  const sink = new DeferredSink();
  const run = new IngestRun({ target, state, pool, sink, options, writeTo: fresh, wordsTo: freshIndexes.words });
  try {
    await run.ingestFiles();
    for (const entry of [...state.byId.values()]) {
      if (options.signal?.aborted) break;
      if (!entry.withdrawn) await run.addExisting(entry);
    }
    await run.drain();
  } finally {
    await pool.close();
  }
  if (options.dryRun) return withOcrCount(finishReport(run.report), pool.ocrPagesRead);
  // True whatever happens next: the live index has no record of these releases either.
  await state.commit(run.unindexed);
  if (options.signal?.aborted) return withOcrCount(finishReport(run.report), pool.ocrPagesRead);
  // Every release the archive knows must be in the new index, or marked as not indexed.
  const written = new Set(sink.entries.map((entry) => entry.id));
  const missing = [...state.byId.values()].filter(
    (entry) => !written.has(entry.id) && !entry.notIndexed && !entry.withdrawn,
  );
  if (missing.length > 0) {
    await dropFresh();
    const reason = `${missing.length} release(s) of the archive could not be written to the new index (see FAILED); the live index is unchanged.`;
    return withOcrCount(finishReport({ ...run.report, rebuild: { swapped: false, reason } }), pool.ocrPagesRead);
  }
  // Withdrawn releases stay withdrawn: their tombstones are written again from the journal.
  await writeTombstones(target.client, freshIndexes.withdrawn, [...state.byId.values()]);
  await swapInRebuild(target.client, target.index);
  // Kept releases are recorded again only where they changed: new or changed files, marks cleared.
  const notIndexedBefore = (id: string): boolean => state.byId.get(id)?.notIndexed !== undefined;
  await state.commit(sink.entries.filter((entry) => run.touched.has(entry.id) || notIndexedBefore(entry.id)));
  await dropFresh();
  await state.compact();
  return withOcrCount(finishReport({ ...run.report, rebuild: { swapped: true } }), pool.ocrPagesRead);
}
