/** The report line of a file whose release is withdrawn: it stays withdrawn, and the line says so and how to undo it. */
import type { ReleaseEntry } from '../store/archive-state.js';
import type { FileReport } from './ingest-report.js';

export function reportWithdrawn(line: FileReport, entry: ReleaseEntry): undefined {
  line.status = 'withdrawn';
  line.id = entry.id;
  line.reason = `release ${entry.id} was withdrawn on ${entry.withdrawn!.at.slice(0, 10)} and stays withdrawn; restore it to bring it back (npm run ingest -- --restore ${entry.id}, or „Wiederherstellen“ in /verwaltung)`;
  return undefined;
}
