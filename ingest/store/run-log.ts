/**
 * The list of ingest runs: one JSON line per finished run in DATA_DIR/state/ingest-runs.jsonl —
 * when, from where (the command line, an upload in /verwaltung, the watched folder), by whom, and
 * the run's summary. Appended with fsync by whichever writer ran it (they hold the writer lock, but
 * the list tolerates a torn last line anyway). `npm run ingest -- --runs` prints it, /verwaltung
 * lists it.
 */
import path from 'node:path';
import { appendJsonl, readJsonl } from '../../src/archive/jsonl-file.js';
import { escapeControls } from '../../src/archive/control-characters.js';
import type { IngestSummary } from '../run/ingest-report.js';

export type RunOrigin = 'cli' | 'upload' | 'watch';

export interface RunLogEntry {
  /** The run's id; for an upload its job id (the job page shows its report). */
  id: string;
  origin: RunOrigin;
  /** Who: the account of an upload, the system user of the command line, the watched folder's path. */
  by: string;
  /** ISO times. */
  startedAt: string;
  finishedAt: string;
  summary: IngestSummary;
  /** Set when the run stopped before it finished, with why. */
  error?: string;
}

export function runLogFile(dataDir: string): string {
  return path.join(dataDir, 'state', 'ingest-runs.jsonl');
}

export async function appendRun(dataDir: string, entry: RunLogEntry): Promise<void> {
  await appendJsonl(runLogFile(dataDir), [entry]);
}

function isEntry(value: unknown): value is RunLogEntry {
  const v = value as Partial<RunLogEntry> | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.summary === 'object';
}

/** The newest `limit` runs, newest first; lines that cannot be read (a torn append) are left out. */
export async function recentRuns(dataDir: string, limit: number): Promise<RunLogEntry[]> {
  const { lines } = await readJsonl(runLogFile(dataDir));
  const runs: RunLogEntry[] = [];
  for (let i = lines.length - 1; i >= 0 && runs.length < limit; i--) {
    let value: unknown;
    try {
      value = JSON.parse(lines[i]!);
    } catch (error) {
      if (error instanceof SyntaxError) continue;
      throw error;
    }
    if (isEntry(value)) runs.push(value);
  }
  return runs;
}

/** One line per run for a terminal: time, origin, who, the counts. */
export function formatRun(run: RunLogEntry): string {
  const { summary: s } = run;
  const counts = `${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed, ${s.skipped} skipped`;
  return `${run.finishedAt}  ${run.origin.padEnd(6)}  ${escapeControls(run.by)}  ${counts}${run.error ? `  STOPPED: ${escapeControls(run.error)}` : ''}  [${run.id}]`;
}
