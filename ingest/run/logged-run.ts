/**
 * An ingest run by a program rather than a person at a terminal — an upload in /verwaltung, the
 * watched folder of `npm start`: it waits for the writer lock (saying whom it waits for), reads
 * the journal afresh under it, runs the same pipeline as `npm run ingest` and appends the run to
 * the list of runs (ingest/store/run-log.ts).
 */
import { acquireWriterLock, type WriterInfo } from '../../src/archive/writer-lock.js';
import { ArchiveState } from '../store/archive-state.js';
import { appendRun, type RunOrigin } from '../store/run-log.js';
import os from 'node:os';
import type { Config } from '../../src/config.js';
import type { WalkEntry } from './file-walker.js';
import type { IngestReport } from './ingest-report.js';
import { runIngest, type IngestOptions, type IngestTarget } from './ingest-run.js';

/** The options of a run over files already listed, in the background: two extractions at a time at most. */
export function listedRunOptions(
  config: Pick<Config, 'dataDir' | 'maxFileBytes' | 'ocr'>,
  entries: WalkEntry[],
): IngestOptions {
  return {
    inputs: [],
    entries,
    cwd: config.dataDir,
    dataDir: config.dataDir,
    maxFileBytes: config.maxFileBytes,
    ocr: config.ocr,
    concurrency: Math.min(2, os.availableParallelism()),
  };
}

export interface RunLabel {
  id: string;
  origin: RunOrigin;
  by: string;
  /** The writer lock's words for this writer („Verwaltung (anna)“). */
  what: string;
  onWait?(holder: WriterInfo): void;
  /** Called once the lock is held, before the run begins. */
  onStart?(): Promise<void>;
}

export async function runLoggedIngest(
  target: IngestTarget,
  options: IngestOptions,
  label: RunLabel,
  /** Completes the report before it is listed (an upload adds the files it refused before the run). */
  complete: (report: IngestReport) => IngestReport = (report) => report,
): Promise<IngestReport> {
  const lock = await acquireWriterLock(options.dataDir, label.what, label.onWait ? { onWait: label.onWait } : {});
  const startedAt = new Date().toISOString();
  let report: IngestReport;
  try {
    await label.onStart?.();
    const state = await ArchiveState.load(options.dataDir, target.index);
    report = complete(await runIngest(target, state, options));
  } finally {
    await lock.release();
  }
  await appendRun(options.dataDir, {
    id: label.id,
    origin: label.origin,
    by: label.by,
    startedAt,
    finishedAt: new Date().toISOString(),
    summary: report.summary,
  });
  return report;
}
