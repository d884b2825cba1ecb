/**
 * Writes the record of a kept release again, as a rebuild would: from its cached extraction or its
 * kept originals, with its corrections. A restore and a correction use it; the journal records the
 * release once Meilisearch confirmed its record (which also clears a withdrawal mark).
 */
import type { ArchiveState, ReleaseEntry } from '../store/archive-state.js';
import { IngestRun, openRunExtractor, type IngestOptions, type IngestTarget } from './ingest-run.js';
import { finishReport } from './ingest-report.js';
import { journalSink } from './state-sink.js';

/** Undefined when the record was written, else why not. */
export async function rewriteRelease(
  target: IngestTarget,
  state: ArchiveState,
  entry: ReleaseEntry,
  options: IngestOptions,
): Promise<string | undefined> {
  const pool = await openRunExtractor(options);
  let run: IngestRun;
  try {
    run = new IngestRun({ target, state, pool, sink: journalSink(state), options });
    await run.addExisting(entry);
    await run.drain();
  } finally {
    await pool.close();
  }
  const line = finishReport(run.report).files.find((f) => f.id === entry.id && f.status === 'failed');
  return line && (line.reason ?? 'its record could not be written');
}
