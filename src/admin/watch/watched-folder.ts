/**
 * The watched folder (INGEST_WATCH_DIR, off by default): `npm start` looks at it every
 * INGEST_WATCH_INTERVAL_S seconds, lists it with the command line's folder walk (links, FIFOs and
 * devices refused without being opened; `erledigt/` and `fehlgeschlagen/` left out), takes every
 * file whose size and modification time have not changed since the last look (a scanner may still
 * be writing the others), runs them through the pipeline as one writer (ingest/run/logged-run.ts)
 * and moves each to `erledigt/` or `fehlgeschlagen/` with a German report beside it
 * (`<name>.bericht.txt`). Like an upload, a dropped file has no meaningful path: it is keyed by its
 * content (ingest/run/upload-source.ts), so a scanner's „scan0001.pdf“ of tomorrow is not taken for
 * a new version of today's. A look that fails (an unreadable folder, Meilisearch away) is logged
 * once; the next looks wait longer and longer (backoffDelay, bounded) until one succeeds. It lives
 * with the admin code because it speaks to archivists.
 */
import { lstat, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { PRIVATE_DIR } from '../../archive/data-dir.js';
import type { Config, WatchConfig } from '../../config.js';
import type { Logger } from '../../log.js';
import { germanTime } from '../admin-format.js';
import { walkInputs, type WalkEntry } from '../../../ingest/run/file-walker.js';
import type { FileReport } from '../../../ingest/run/ingest-report.js';
import { readInputFile } from '../../../ingest/run/input-reader.js';
import { listedRunOptions, runLoggedIngest } from '../../../ingest/run/logged-run.js';
import { uploadSourcePath } from '../../../ingest/run/upload-source.js';
import { sha256Of } from '../../../ingest/store/originals-store.js';
import { lineReason, reasonLimits, UPLOAD_TEXT } from '../texts/upload-texts.js';

export const DONE_DIR = 'erledigt';
export const FAILED_DIR = 'fehlgeschlagen';

type WatchDeps = Pick<Config, 'dataDir' | 'maxFileBytes' | 'ocr' | 'upload' | 'meiliIndex' | 'publicUrl'> & {
  watch: WatchConfig;
};

/** A name in `folder` that is free: `name`, else `name (2)`, `name (3)` … before its extension. */
async function freeName(folder: string, name: string): Promise<string> {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${stem} (${n})${ext}`;
    try {
      await lstat(path.join(folder, candidate));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return candidate;
      throw error;
    }
  }
}

/** Longest pause between two looks after failed ones, unless the interval itself is longer. */
export const MAX_BACKOFF_MS = 10 * 60_000;

/**
 * The pause before the next look after `failures` failed looks one after the other: the interval,
 * doubled with each failure, at most MAX_BACKOFF_MS (or the interval, when that is longer).
 */
export function backoffDelay(intervalMs: number, failures: number): number {
  const longest = Math.max(intervalMs, MAX_BACKOFF_MS);
  return Math.min(intervalMs * 2 ** Math.min(failures, 30), longest);
}

export class WatchedFolder {
  /** Size and modification time of each file at the last look, by path. */
  private seen = new Map<string, string>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Looks that failed one after the other (0 after a look that succeeded). */
  private failures = 0;
  private readonly dir: string;

  constructor(
    private readonly config: WatchDeps,
    private readonly meili: Meilisearch,
    private readonly log: Logger,
  ) {
    this.dir = config.watch.dir;
  }

  /** Makes the folders and starts looking; each look is scheduled after the previous one ended. */
  async start(): Promise<void> {
    // With MEILI_HOST nothing else may have made DATA_DIR yet; the writer lock lives there.
    await mkdir(this.config.dataDir, { recursive: true, mode: PRIVATE_DIR });
    await mkdir(path.join(this.dir, DONE_DIR), { recursive: true });
    await mkdir(path.join(this.dir, FAILED_DIR), { recursive: true });
    this.log.info(`Watched folder: files dropped into ${this.dir} are ingested`);
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /**
   * The next look `delayMs` after this one ended. A look that fails (an unreadable folder,
   * Meilisearch away) is logged once; the following ones wait twice as long each time, up to
   * MAX_BACKOFF_MS (or the interval, when that is longer), and are logged only at debug level until
   * a look succeeds again, which is logged too.
   */
  private schedule(delayMs = this.config.watch.intervalMs): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.look()
        .then(
          () => this.lookSucceeded(),
          (error: unknown) => this.lookFailed(error),
        )
        .catch((error: unknown) => this.log.error({ err: error }, 'Watched folder: logging a look failed'))
        .finally(() => this.schedule(backoffDelay(this.config.watch.intervalMs, this.failures)));
    }, delayMs);
  }

  private lookFailed(error: unknown): void {
    this.failures += 1;
    if (this.failures > 1) {
      this.log.debug({ err: error, failures: this.failures }, 'Watched folder: the look failed again');
      return;
    }
    const longest = Math.max(this.config.watch.intervalMs, MAX_BACKOFF_MS) / 1000;
    this.log.error(
      { err: error },
      `Watched folder: the look failed; it is tried again after growing pauses (at most ${longest} s), and further failures are not logged until a look succeeds`,
    );
  }

  private lookSucceeded(): void {
    if (this.failures > 0) this.log.info(`Watched folder: looking works again, after ${this.failures} failed look(s)`);
    this.failures = 0;
  }

  /** One look: takes the files that stood still since the last one. Returns the report lines of what it took. */
  async look(): Promise<FileReport[]> {
    const ownFolders = [DONE_DIR, FAILED_DIR].map((name) => path.join(this.dir, name));
    const walked = await walkInputs([this.dir], this.dir, { leaveOut: (p) => ownFolders.includes(p) });
    // The folder itself gone or unreadable (a shared drive not mounted): a failed look, not an empty one.
    const itself = walked.find((entry) => entry.absolute === this.dir)?.refused;
    if (itself) throw new Error(`The watched folder ${this.dir} cannot be read: ${itself.reason} [${itself.code}]`);
    const files = walked.filter((entry) => entry.absolute !== this.dir);
    const now = new Map<string, string>();
    const ready: WalkEntry[] = [];
    for (const entry of files) {
      if (entry.refused) {
        ready.push(entry);
        continue;
      }
      const info = await lstat(entry.open ?? entry.absolute).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (!info) continue;
      const signature = `${info.size}:${info.mtimeMs}`;
      now.set(entry.absolute, signature);
      if (this.seen.get(entry.absolute) === signature) ready.push(entry);
    }
    this.seen = now;
    // A list of source addresses (quellen.csv) is not moved: its line is no file's; alone it starts no run.
    if (!ready.some((entry) => !entry.sourceList || entry.refused)) return [];
    // One file after the other: each is read whole (up to MAX_FILE_MB).
    const entries: WalkEntry[] = [];
    for (const entry of ready) entries.push(await this.keyedByContent(entry));
    const report = await runLoggedIngest(
      { client: this.meili, index: this.config.meiliIndex },
      listedRunOptions(this.config, entries),
      { id: `watch-${Date.now()}`, origin: 'watch', by: this.dir, what: `überwachter Ordner ${this.dir}` },
    );
    // Each line names its file by the walk's display path (unique in a walk); a list's line is left out.
    const byDisplay = new Map(ready.filter((entry) => !entry.sourceList || entry.refused).map((e) => [e.display, e]));
    for (const line of report.files) {
      const entry = byDisplay.get(line.file);
      if (entry) await this.moveAway(entry, line);
    }
    for (const entry of ready) this.seen.delete(entry.absolute);
    return report.files;
  }

  /** The entry with its content as its identity (its bytes are read once more by the run). */
  private async keyedByContent(entry: WalkEntry): Promise<WalkEntry> {
    if (entry.refused) return entry;
    const bytes = await readInputFile(entry.open ?? entry.absolute, this.config.maxFileBytes);
    if (!Buffer.isBuffer(bytes)) return { ...entry, refused: bytes };
    return { ...entry, absolute: uploadSourcePath(sha256Of(bytes), path.basename(entry.display)) };
  }

  /** Writes the file's report into erledigt/ or fehlgeschlagen/, then moves the file beside it. */
  private async moveAway(entry: WalkEntry, line: FileReport): Promise<void> {
    const taken = line.status === 'new' || line.status === 'updated' || line.status === 'unchanged';
    const folder = path.join(this.dir, taken ? DONE_DIR : FAILED_DIR);
    const name = await freeName(folder, path.basename(entry.display));
    const reason = lineReason(line, reasonLimits(this.config));
    const text = [
      `Datei: ${path.basename(entry.display)}`,
      `Ergebnis: ${UPLOAD_TEXT.statuses[line.status] ?? line.status}`,
      ...(line.id && line.status !== 'withdrawn'
        ? [`Mitteilung: ${line.id} (${this.config.publicUrl}/mitteilung/${line.id})`]
        : []),
      ...(reason ? [`Grund: ${reason}`] : []),
      ...(line.warnings ?? []).map((warning) => `Hinweis: ${warning}`),
      `Aufgenommen am: ${germanTime(new Date().toISOString())}`,
      '',
    ].join('\n');
    // The report first and whole (written aside, then renamed): once the file has left the folder,
    // its report is there. Readable like the dropped files (a shared drive): the folder's owner decides.
    const reportPath = path.join(folder, `${name}.bericht.txt`);
    const partial = path.join(folder, `.${name}.bericht.txt.${process.pid}.tmp`);
    await writeFile(partial, text);
    await rename(partial, reportPath);
    try {
      await rename(entry.open ?? entry.absolute, path.join(folder, name));
    } catch (error) {
      // Taken away meanwhile (a colleague moved it): its report still tells what happened.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
