/** The ingest report: one entry per file, and a summary. The --json output is exactly this object. */
import { escapeControls } from '../../src/archive/control-characters.js';

/**
 * `skipped`: an entry of a folder that is not ingested by design (a link, a FIFO …), with its code.
 * `withdrawn`: the file belongs to a withdrawn release, which stays withdrawn (its id on the line).
 */
export type FileStatus = 'new' | 'updated' | 'unchanged' | 'failed' | 'skipped' | 'withdrawn';

export interface FileReport {
  file: string;
  status: FileStatus;
  id?: string;
  /** Why the walk or the read refused it (input-refusal.ts: `symlink`, `link-outside`, `not-a-regular-file` …). */
  code?: string;
  reason?: string;
  warnings?: string[];
}

export interface IngestSummary {
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  skipped: number;
  withdrawn: number;
  warnings: number;
}

export interface IngestReport {
  summary: IngestSummary;
  files: FileReport[];
  /** --rebuild only: whether the rebuilt index replaced the live one, and if not, why. */
  rebuild?: { swapped: boolean; reason?: string };
  /** Pages read by OCR in this run (not those taken from the OCR cache); set when any were. */
  ocrPagesRead?: number;
}

export function emptyReport(): IngestReport {
  return {
    summary: { new: 0, updated: 0, unchanged: 0, failed: 0, skipped: 0, withdrawn: 0, warnings: 0 },
    files: [],
  };
}

/** The summary for a person at a terminal: file names and reasons with control characters as visible escapes. */
export function formatSummary(report: IngestReport): string {
  const { summary } = report;
  const lines = [
    `Ingest finished: ${summary.new} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed, ${summary.skipped} skipped, ${summary.withdrawn ? `${summary.withdrawn} withdrawn (not ingested again), ` : ''}${summary.warnings} warnings.`,
  ];
  for (const file of report.files) {
    const name = escapeControls(file.file);
    const reason = escapeControls(file.reason ?? 'unknown reason') + (file.code ? ` [${file.code}]` : '');
    if (file.status === 'failed') lines.push(`  FAILED  ${name}: ${reason}`);
    if (file.status === 'skipped') lines.push(`  skipped ${name}: ${reason}`);
    if (file.status === 'withdrawn') lines.push(`  withdrawn ${name}: ${reason}`);
    for (const warning of file.warnings ?? []) lines.push(`  warning ${name}: ${escapeControls(warning)}`);
  }
  if (report.ocrPagesRead) lines.push(`${report.ocrPagesRead} page(s) read by OCR.`);
  if (report.rebuild && !report.rebuild.swapped)
    lines.push(`Rebuild NOT swapped in: ${escapeControls(report.rebuild.reason ?? 'unknown reason')}`);
  return lines.join('\n');
}

/** Counts the lines of a finished run into its summary. */
export function finishReport(report: IngestReport): IngestReport {
  const summary = emptyReport().summary;
  for (const file of report.files) {
    summary[file.status] += 1;
    summary.warnings += file.warnings?.length ?? 0;
  }
  report.summary = summary;
  return report;
}

/** Notes in the report how many pages OCR read in the run. */
export function withOcrCount(report: IngestReport, pagesRead: number): IngestReport {
  if (pagesRead > 0) report.ocrPagesRead = pagesRead;
  return report;
}
