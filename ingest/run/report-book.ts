/**
 * The report lines of one run, kept as the run goes: a line per file of the run, and for kept
 * releases (ones no file of this run changed, e.g. in --rebuild) one line each when something
 * happened to them, named by the path their file was ingested from.
 */
import path from 'node:path';
import type { ReleaseEntry, SourceEntry } from '../store/archive-state.js';
import { readableName } from './file-names.js';
import { emptyReport, type FileReport, type FileStatus, type IngestReport } from './ingest-report.js';

export class ReportBook {
  readonly report: IngestReport = emptyReport();
  /** Report lines by release id, for the problems of kept releases (built on first use). */
  private linesById?: Map<string, FileReport[]>;

  /** `cwd`: kept releases below it are named relative to it. */
  constructor(private readonly cwd: string) {}

  /** A new line for a file of this run; it counts as failed until it says otherwise. */
  lineFor(file: string): FileReport {
    const line: FileReport = { file, status: 'failed' };
    this.report.files.push(line);
    return line;
  }

  fail(line: FileReport, reason: string): void {
    line.status = 'failed';
    line.reason = reason;
  }

  /**
   * Reports a problem of a kept release on its lines: those of its files named in this run
   * (`--rebuild <path>` reports them as unchanged before the kept releases are written), else one
   * new line with the path it was ingested from. A failure becomes the reason, anything else a
   * warning.
   */
  reportKept(entry: ReleaseEntry, status: FileStatus, text: string): void {
    if (!this.linesById) {
      this.linesById = new Map();
      for (const line of this.report.files) {
        if (line.id) this.linesById.set(line.id, [...(this.linesById.get(line.id) ?? []), line]);
      }
    }
    let lines = this.linesById.get(entry.id);
    if (!lines) {
      lines = [{ file: this.displayPath(entry.sources[0]!), status, id: entry.id }];
      this.report.files.push(lines[0]!);
      this.linesById.set(entry.id, lines);
    }
    for (const line of lines) {
      line.status = status;
      if (status === 'failed') line.reason = text;
      else line.warnings = [...(line.warnings ?? []), text];
    }
  }

  /** A kept source's path relative to the current folder when it lies below it, else as recorded; readable. */
  private displayPath(source: SourceEntry): string {
    if (!source.path) return source.filename;
    const relative = path.relative(this.cwd, source.path);
    const outside = relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`);
    return readableName(outside || path.isAbsolute(relative) ? source.path : relative);
  }
}
