/**
 * The ingest run: walk → read and hash → extract (worker pool, cached by hash) → identify → batch →
 * index → record in the state journal → report. Every file ends as new, updated, unchanged or failed
 * with a reason; nothing is dropped silently.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import type { ParsedRelease, Release } from '../../src/archive/release.js';
import { ArchiveState, type ReleaseEntry, type SourceEntry } from '../store/archive-state.js';
import { openExtractPool, type ExtractPool } from '../extract/pool/extract-pool.js';
import type { ExtractionResult } from '../extract/extract-release.js';
import { cacheExtraction, cachedExtraction } from '../extract/extraction-cache.js';
import { walkInputs, type WalkEntry } from './file-walker.js';
import { meiliErrorCode } from '../../src/archive/meili-client.js';
import { startWrite, type BatchOutcome, type PendingWrite } from './index-writer.js';
import { keepOriginal, readOriginal, sha256Of } from '../store/originals-store.js';
import { buildRelease, orderSources } from './record-builder.js';
import { identityKey, mintId } from './release-identity.js';
import { emptyReport, type FileReport, type IngestReport } from './ingest-report.js';

export interface IngestTarget {
  client: Meilisearch;
  index: string;
}

export interface IngestOptions {
  inputs: string[];
  cwd: string;
  dataDir: string;
  maxFileBytes: number;
  concurrency: number;
  dryRun?: boolean;
  sample?: boolean;
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
  /** For --rebuild: documents go to this index instead of the live one, state is committed by the caller. */
  deferCommit?: boolean;
  indexOverride?: string;
}

interface PendingItem {
  entry: ReleaseEntry;
  /** Extractions of this run's sources by hash (others are read from the cache when the batch is built). */
  parsed: Map<string, ParsedRelease>;
  reports: FileReport[];
}

/** Batches written to Meilisearch before the previous one is confirmed (Meilisearch batches queued tasks). */
const MAX_BATCHES_IN_FLIGHT = 2;

interface Prepared {
  report: FileReport;
  sha256: string;
  bytes: Buffer;
  result: ExtractionResult;
  absolute: string;
}

export class IngestRun {
  readonly report: IngestReport = emptyReport();
  /** Entries written to Meilisearch but (with deferCommit) not yet recorded in the state journal. */
  readonly deferred: ReleaseEntry[] = [];
  private readonly pending = new Map<
    string,
    { entry: ReleaseEntry; parsed: Map<string, ParsedRelease>; reports: FileReport[] }
  >();
  /** Identity → id of every release this run has seen (kept for the whole run). */
  private readonly runIdentity = new Map<string, string>();
  /** Releases handed to a batch whose write is not yet confirmed and recorded. */
  private readonly inFlight = new Map<string, PendingItem>();
  private outstanding: Array<Promise<void>> = [];
  private enqueueChain: Promise<unknown> = Promise.resolve();
  private commitChain: Promise<unknown> = Promise.resolve();
  /** Ids that files of this run added to or changed. */
  readonly touched = new Set<string>();
  /** Ids known before this run started: a file joining a release first seen in this run is "new". */
  private readonly knownAtStart: Set<string>;
  /** Extracts kept originals again when their cached extraction is missing or outdated. */
  private keptSourcePool?: ExtractPool;
  /** Kept releases this run could not write (no source readable, no earlier record), marked `notIndexed`. */
  readonly unindexed: ReleaseEntry[] = [];

  constructor(
    private readonly target: IngestTarget,
    readonly state: ArchiveState,
    private readonly options: IngestOptions,
  ) {
    this.knownAtStart = new Set(state.byId.keys());
  }

  private get indexUid(): string {
    return this.options.indexOverride ?? this.target.index;
  }

  async run(pool: ExtractPool): Promise<IngestReport> {
    this.extractKeptSourcesWith(pool);
    await this.ingestFiles(pool);
    await this.drain();
    return this.report;
  }

  /** Kept originals are extracted again in `pool` (else in this thread); the pool must outlive `drain`. */
  extractKeptSourcesWith(pool: ExtractPool): void {
    this.keptSourcePool = pool;
  }

  async ingestFiles(pool: ExtractPool): Promise<void> {
    const files = await walkInputs(this.options.inputs, this.options.cwd);
    let done = 0;
    const total = files.length;
    this.options.onProgress?.(0, total);
    const queue = [...files];
    const workers = Array.from({ length: Math.max(1, this.options.concurrency) * 2 }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        if (this.options.signal?.aborted) break;
        await this.ingestFile(file, pool);
        this.options.onProgress?.(++done, total);
      }
    });
    await Promise.all(workers);
  }

  private fail(report: FileReport, reason: string): void {
    report.status = 'failed';
    report.reason = reason;
  }

  private async ingestFile(file: WalkEntry, pool: ExtractPool): Promise<void> {
    const report: FileReport = { file: file.display, status: 'failed' };
    this.report.files.push(report);
    if (file.error) return this.fail(report, file.error);
    const prepared = await this.prepare(file, report, pool);
    if (!prepared) return;
    if (prepared.result.warnings.length > 0) report.warnings = [...prepared.result.warnings];
    await this.assign(prepared);
    if (this.pending.size >= (this.options.batchSize ?? 500)) await this.flush();
  }

  private async prepare(file: WalkEntry, report: FileReport, pool: ExtractPool): Promise<Prepared | undefined> {
    let bytes: Buffer;
    try {
      const info = await stat(file.absolute);
      if (info.size > this.options.maxFileBytes) {
        this.fail(
          report,
          `file is larger than the limit of ${Math.round(this.options.maxFileBytes / 1048576)} MB (MAX_FILE_MB)`,
        );
        return undefined;
      }
      bytes = await readFile(file.absolute);
    } catch (error) {
      this.fail(report, `file cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      return undefined;
    }
    const sha256 = sha256Of(bytes);
    const knownId = this.state.idForSha(sha256);
    const sameRelease = knownId !== undefined && (this.state.idForPath(file.absolute) ?? knownId) === knownId;
    if (sameRelease && !this.state.byId.get(knownId)?.notIndexed) {
      report.status = 'unchanged';
      report.id = knownId;
      return undefined;
    }
    let result = await cachedExtraction(this.options.dataDir, sha256);
    if (!result) {
      try {
        result = await pool.extract(bytes, path.basename(file.absolute));
      } catch (error) {
        this.fail(report, (error as Error).message);
        return undefined;
      }
      if (!this.options.dryRun) await cacheExtraction(this.options.dataDir, sha256, result);
    }
    return { report, sha256, bytes, result, absolute: file.absolute };
  }

  /**
   * Finds or mints the release id for a prepared file and adds the file to that release's pending
   * entry. Everything from the look-up to the update of `pending` runs without an await, so two files
   * of one release (its PDF and its HTML page) extracted at the same time always join.
   */
  private async assign({ report, sha256, bytes, result, absolute }: Prepared): Promise<void> {
    if (!this.options.dryRun) await keepOriginal(this.options.dataDir, sha256, bytes);
    const identity = identityKey(result.release);
    const id =
      this.state.idForPath(absolute) ??
      this.state.idForSha(sha256) ??
      this.runIdentity.get(identity) ??
      this.state.idForIdentity(identity) ??
      mintId(
        result.release,
        identity,
        (candidate) => this.state.byId.has(candidate) || this.pending.has(candidate) || this.inFlight.has(candidate),
      );
    const pending = this.pending.get(id) ?? this.inFlight.get(id);
    const existing = pending?.entry ?? this.state.byId.get(id);
    const source: SourceEntry = {
      type: result.type,
      filename: path.basename(absolute),
      sha256,
      bytes: bytes.length,
      ...(result.pages === undefined ? {} : { pages: result.pages }),
      path: absolute,
      sample: this.options.sample ?? false,
    };
    const others = (existing?.sources ?? []).filter((s) => s.path !== absolute && s.sha256 !== sha256);
    const entry: ReleaseEntry = {
      id,
      identity: existing?.identity ?? identity,
      sources: orderSources([...others, source]),
      ingestedAt: new Date().toISOString(),
    };
    report.id = id;
    report.status = this.knownAtStart.has(id) ? 'updated' : 'new';
    this.touched.add(id);
    const parsed = new Map(pending?.parsed ?? []);
    parsed.set(sha256, result.release);
    this.pending.set(id, { entry, parsed, reports: [...(pending?.reports ?? []), report] });
    this.runIdentity.set(identity, id);
  }

  /** The extraction of a kept source: from the cache, else parsed again from the kept original. */
  async parsedFor(source: SourceEntry): Promise<ParsedRelease> {
    const cached = await cachedExtraction(this.options.dataDir, source.sha256);
    if (cached) return cached.release;
    const bytes = await readOriginal(this.options.dataDir, source.sha256);
    const result = this.keptSourcePool
      ? await this.keptSourcePool.extract(bytes, source.filename)
      : await (await import('../extract/extract-release.js')).extractRelease(bytes, source.filename);
    await cacheExtraction(this.options.dataDir, source.sha256, result);
    return result.release;
  }

  /** Adds an existing release (from the state) to the batch, e.g. for --rebuild. */
  async addExisting(entry: ReleaseEntry): Promise<void> {
    if (this.touched.has(entry.id)) return;
    this.pending.set(entry.id, { entry, parsed: new Map(), reports: [] });
    if (this.pending.size >= (this.options.batchSize ?? 500)) await this.flush();
  }

  /** Starts writing the pending batch; waits only while too many batches are in flight. */
  async flush(): Promise<void> {
    this.startBatch();
    while (this.outstanding.length >= MAX_BATCHES_IN_FLIGHT) await this.outstanding.shift();
  }

  /** Writes what is pending and waits until every batch is confirmed and recorded. */
  async drain(): Promise<void> {
    this.startBatch();
    const all = this.outstanding;
    this.outstanding = [];
    await Promise.all(all);
  }

  private startBatch(): void {
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending.clear();
    if (this.options.dryRun) return;
    for (const item of batch) this.inFlight.set(item.entry.id, item);
    // Enqueue in order; wait for Meilisearch in parallel; record in order.
    const enqueued = this.enqueueChain.then(() => this.enqueue(batch));
    this.enqueueChain = enqueued.catch(() => undefined);
    const settled = enqueued.then((write) => write.settle());
    // Its failure surfaces through `committed` below; until the previous batch is recorded, nobody
    // awaits it yet, and an unobserved rejection would end the process with a stack trace.
    settled.catch(() => undefined);
    const committed = this.commitChain.then(() => settled).then((outcome) => this.record(batch, outcome));
    this.commitChain = committed.catch(() => undefined);
    committed.catch(() => undefined); // handled where the batch is awaited (flush/drain)
    this.outstanding.push(committed);
  }

  private async enqueue(batch: PendingItem[]): Promise<PendingWrite> {
    // Kept originals may need extracting again (a new extractor version): several at a time.
    const releases: Array<Release | undefined> = new Array<Release | undefined>(batch.length);
    let next = 0;
    const lanes = Array.from({ length: Math.max(1, this.options.concurrency) * 2 }, async () => {
      for (let i = next++; i < batch.length; i = next++) releases[i] = await this.releaseFor(batch[i]!);
    });
    await Promise.all(lanes);
    return startWrite(
      this.target.client,
      this.indexUid,
      releases.filter((release) => release !== undefined),
    );
  }

  /**
   * The record of a pending release. Its text comes from the first source, in order of preference,
   * that can be read: this run's extraction of it, the cache, or the kept original extracted again.
   * A kept original that cannot be read is passed over with a warning; a file of this run whose
   * record cannot be built fails.
   */
  private async releaseFor(item: PendingItem): Promise<Release | undefined> {
    const problems: string[] = [];
    for (const source of item.entry.sources) {
      const fromThisRun = item.parsed.get(source.sha256);
      try {
        const release = buildRelease(item.entry, fromThisRun ?? (await this.parsedFor(source)));
        if (problems.length > 0) this.warnPassedOver(item, problems, source.filename);
        return release;
      } catch (error) {
        const problem = `${source.filename}: ${(error as Error).message}`;
        if (fromThisRun) return this.failAll(item, problem);
        problems.push(problem);
      }
    }
    const reason = problems.join('; ');
    if (item.reports.length === 0) return this.previousRecord(item.entry, reason);
    return this.failAll(item, `the kept originals could not be extracted again (${reason})`);
  }

  private failAll(item: PendingItem, reason: string): undefined {
    for (const r of item.reports) this.fail(r, reason);
    return undefined;
  }

  private warnPassedOver(item: PendingItem, problems: string[], used: string): void {
    const warning = `the kept original could not be extracted again (${problems.join('; ')}); the text now comes from ${used}`;
    if (item.reports.length === 0) this.reportKept(item.entry, 'unchanged', warning);
    for (const r of item.reports) r.warnings = [...(r.warnings ?? []), warning];
  }

  /** Report lines by release id, for the problems of kept releases (built on first use). */
  private linesById?: Map<string, FileReport[]>;

  /**
   * Reports a problem of a kept release (one no file of this run changed) on its lines: those of
   * its files named in this run (`--rebuild <path>` reports them as unchanged before the kept
   * releases are written), else one new line with the path it was ingested from. A failure becomes
   * the reason, anything else a warning.
   */
  private reportKept(entry: ReleaseEntry, status: FileReport['status'], text: string): void {
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

  /** A kept source's path relative to the current folder when it lies below it, else as recorded. */
  private displayPath(source: SourceEntry): string {
    if (!source.path) return source.filename;
    const relative = path.relative(this.options.cwd, source.path);
    const outside = relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`);
    return outside || path.isAbsolute(relative) ? source.path : relative;
  }

  /**
   * A kept release (e.g. in --rebuild) none of whose originals can be extracted again keeps the record
   * the live index has, with a warning; without one it is reported as failed and stays in the state,
   * marked as not indexed, so the next --rebuild or an ingest of its file tries again. Never dropped
   * silently. Any other error of Meilisearch stops the run (a rebuild then never swaps in an index
   * that lacks the release).
   */
  private async previousRecord(entry: ReleaseEntry, reason: string): Promise<Release | undefined> {
    const problem = `the kept original could not be extracted again (${reason})`;
    let previous: Release | undefined;
    try {
      previous = await this.target.client.index(this.target.index).getDocument<Release>(entry.id);
    } catch (error) {
      if (meiliErrorCode(error) !== 'document_not_found') throw error;
    }
    if (previous) {
      this.reportKept(entry, 'unchanged', `${problem}; the release keeps its previous record`);
      // Its text stays as it was; its sources and dates are those the state knows now.
      return buildRelease(entry, previous);
    }
    const failure = `${problem}, and the index has no earlier record of it`;
    this.reportKept(entry, 'failed', failure);
    this.unindexed.push({ ...entry, notIndexed: failure });
    return undefined;
  }

  private async record(batch: PendingItem[], outcome: BatchOutcome): Promise<void> {
    const failed = new Map(outcome.failed.map((f) => [f.id, f.reason]));
    for (const item of batch) {
      const reason = failed.get(item.entry.id);
      if (!reason) continue;
      const text = `Meilisearch refused the record: ${reason}`;
      if (item.reports.length > 0) this.failAll(item, text);
      else this.reportKept(item.entry, 'failed', text);
    }
    const written = new Set(outcome.written);
    const entries = batch
      .filter((item) => written.has(item.entry.id))
      .map(({ entry: { notIndexed: _cleared, ...entry } }) => entry);
    if (this.options.deferCommit) this.deferred.push(...entries);
    else await this.state.commit(entries);
    for (const item of batch) if (this.inFlight.get(item.entry.id) === item) this.inFlight.delete(item.entry.id);
  }
}

/** `state`: the archive's state journal (`ArchiveState.load`), loaded before anything is written. */
export async function runIngest(
  target: IngestTarget,
  state: ArchiveState,
  options: IngestOptions,
): Promise<IngestReport> {
  const pool = await openExtractPool(options.concurrency);
  try {
    const run = new IngestRun(target, state, options);
    return finishReport(await run.run(pool));
  } finally {
    await pool.close();
  }
}

export function finishReport(report: IngestReport): IngestReport {
  const summary = { new: 0, updated: 0, unchanged: 0, failed: 0, warnings: 0 };
  for (const file of report.files) {
    summary[file.status] += 1;
    summary.warnings += file.warnings?.length ?? 0;
  }
  report.summary = summary;
  return report;
}
