/**
 * One ingest run, composed of its parts: walk (file-walker) → intake: read, hash, extract
 * (file-intake) → release ids (release-assigner) → records (release-records) → ordered batches to
 * Meilisearch (batch-writer) → confirmed entries to a state sink (the journal now, or later for a
 * rebuild) → report (report-book). Every file ends as new, updated, unchanged, or failed or skipped
 * with a reason; nothing is dropped silently.
 */
import type { Meilisearch } from 'meilisearch';
import { archiveIndexNames } from '../../src/archive/archive-indexes.js';
import type { Release } from '../../src/archive/release.js';
import { ocrConfig, type OcrConfig } from '../../src/config.js';
import { openExtractPool, type ExtractPool } from '../extract/pool/extract-pool.js';
import { withScanReading, type ScanReadingPool } from '../extract/pool/scan-reading-pool.js';
import type { ArchiveState, ReleaseEntry } from '../store/archive-state.js';
import { OrderedBatchWriter } from './batch-writer.js';
import { takeInFile } from './file-intake.js';
import { walkInputs, type WalkEntry } from './file-walker.js';
import { finishReport, withOcrCount, type IngestReport } from './ingest-report.js';
import { startWrite, type BatchOutcome, type PendingWrite } from './index-writer.js';
import type { SampleOrigin } from '../samples/sample-manifest.js';
import { ReleaseAssigner, type PendingItem } from './release-assigner.js';
import { ReleaseRecords } from './release-records.js';
import { ReportBook } from './report-book.js';
import { readSourceLists } from './source-list.js';
import { journalSink, type StateSink } from './state-sink.js';
import { WordTally } from './word-tally.js';

export interface IngestTarget {
  client: Meilisearch;
  /** The live index. */
  index: string;
}

export interface IngestOptions {
  inputs: string[];
  cwd: string;
  dataDir: string;
  maxFileBytes: number;
  concurrency: number;
  dryRun?: boolean;
  /**
   * The files of the run, already listed (an upload: staged files keyed by their content, see
   * src/admin/upload/); when set, `inputs` is not walked.
   */
  entries?: WalkEntry[];
  /** Follow symbolic links that stay inside the named folders (file-walker.ts). */
  followLinks?: boolean;
  /** `--source-url`: where the one file named was published (checked by the CLI: one file, http/https). */
  sourceUrl?: string;
  sample?: boolean;
  /** With `sample`: the origin of each sample file by absolute path (none: invented). */
  sampleOrigins?: ReadonlyMap<string, SampleOrigin>;
  batchSize?: number;
  /** OCR of scans (default: the defaults of src/config.ts, OCR on). */
  ocr?: OcrConfig;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

export interface IngestRunParts {
  target: IngestTarget;
  state: ArchiveState;
  /** Extracts this run's files and kept originals; must stay open until `drain()` has returned. */
  pool: ExtractPool;
  /** Where confirmed releases are recorded. */
  sink: StateSink;
  options: IngestOptions;
  /** The index the records go to (default: the live one; a rebuild writes a new index). */
  writeTo?: string;
  /** The word list the written releases' words go to (default: the live one; a rebuild fills a new one). */
  wordsTo?: string;
}

export class IngestRun {
  private readonly book: ReportBook;
  private readonly assigner: ReleaseAssigner;
  private readonly records: ReleaseRecords;
  private readonly writer: OrderedBatchWriter<PendingItem>;
  private readonly lanes: number;
  private readonly words = new WordTally();
  /** Source addresses given for files of this run (--source-url, quellen.csv), by absolute path. */
  private givenAddresses = new Map<string, string>();

  constructor(private readonly parts: IngestRunParts) {
    const { target, state, pool, options } = parts;
    this.book = new ReportBook(options.cwd);
    this.assigner = new ReleaseAssigner(state, options.sample ?? false, options.sampleOrigins);
    this.records = new ReleaseRecords(
      { client: target.client, liveIndex: target.index, dataDir: options.dataDir, pool },
      this.book,
    );
    this.writer = new OrderedBatchWriter({
      enqueue: (batch) => this.enqueue(batch),
      record: (batch, outcome) => this.record(batch, outcome),
    });
    this.lanes = Math.max(1, options.concurrency) * 2;
  }

  get report(): IngestReport {
    return this.book.report;
  }

  /** Ids that files of this run added to or changed. */
  get touched(): ReadonlySet<string> {
    return this.assigner.touched;
  }

  /** Kept releases this run could not write, marked `notIndexed`. */
  get unindexed(): readonly ReleaseEntry[] {
    return this.records.unindexed;
  }

  /** Walks the inputs and takes in every file, several at a time. */
  async ingestFiles(): Promise<void> {
    const { options } = this.parts;
    const walked =
      options.entries ?? (await walkInputs(options.inputs, options.cwd, { followLinks: options.followLinks ?? false }));
    const files = walked.filter((entry) => !entry.sourceList || entry.refused);
    const lists = walked.filter((entry) => entry.sourceList && !entry.refused);
    // Precedence: --source-url, then quellen.csv, then what the file names itself (record: release-assigner).
    this.givenAddresses = await readSourceLists(lists, files, (display) => this.book.lineFor(display));
    if (options.sourceUrl !== undefined) {
      const taken = files.filter((file) => !file.refused);
      if (taken.length !== 1) throw new Error('--source-url names the address of exactly one file');
      this.givenAddresses.set(taken[0]!.absolute, options.sourceUrl);
    }
    let done = 0;
    options.onProgress?.(0, files.length);
    const queue = [...files];
    const lanes = Array.from({ length: this.lanes }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        if (options.signal?.aborted) break;
        await this.ingestFile(file);
        options.onProgress?.(++done, files.length);
      }
    });
    await Promise.all(lanes);
  }

  private async ingestFile(file: WalkEntry): Promise<void> {
    const { state, pool, options } = this.parts;
    const given = this.givenAddresses.get(file.absolute);
    const prepared = await takeInFile(file, this.book.lineFor(file.display), state, pool, {
      ...options,
      ...(given === undefined ? {} : { sourceUrl: given }),
    });
    if (!prepared) return;
    this.assigner.assign(prepared);
    await this.writeWhenFull();
  }

  /** Adds a release of the archive that no file of this run changed (for --rebuild). */
  async addExisting(entry: ReleaseEntry): Promise<void> {
    this.assigner.addExisting(entry);
    await this.writeWhenFull();
  }

  private async writeWhenFull(): Promise<void> {
    if (this.assigner.size >= (this.parts.options.batchSize ?? 500)) await this.writeBatch();
  }

  /** Starts writing what is waiting; waits only while too many batches are in flight. */
  private async writeBatch(): Promise<void> {
    if (this.assigner.size === 0) return;
    const batch = this.assigner.takeBatch();
    if (this.parts.options.dryRun) return this.assigner.settled(batch);
    await this.writer.write(batch);
  }

  /** Writes what is waiting and waits until every batch is confirmed and recorded. */
  async drain(): Promise<void> {
    await this.writeBatch();
    await this.writer.drain();
    const { target, wordsTo = archiveIndexNames(target.index).words } = this.parts;
    if (!this.parts.options.dryRun) await this.words.write(target.client, wordsTo);
  }

  private async enqueue(batch: PendingItem[]): Promise<PendingWrite> {
    // Kept originals may need extracting again (a new extractor version): several at a time.
    const releases = new Array<Release | undefined>(batch.length);
    let next = 0;
    const lanes = Array.from({ length: this.lanes }, async () => {
      for (let i = next++; i < batch.length; i = next++) releases[i] = await this.records.recordFor(batch[i]!);
    });
    await Promise.all(lanes);
    const { target, writeTo = target.index } = this.parts;
    const written = releases.filter((release) => release !== undefined);
    this.words.sent(written);
    return startWrite(target.client, writeTo, written);
  }

  private async record(batch: PendingItem[], outcome: BatchOutcome): Promise<void> {
    const failed = new Map(outcome.failed.map((f) => [f.id, f.reason]));
    for (const item of batch) {
      const reason = failed.get(item.entry.id);
      if (!reason) continue;
      const text = `Meilisearch refused the record: ${reason}`;
      if (item.reports.length > 0) this.records.failAll(item, text);
      else this.book.reportKept(item.entry, 'failed', text);
    }
    const written = new Set(outcome.written);
    this.words.settled(
      batch.map((item) => item.entry.id),
      written,
    );
    // A release whose record is in the index is indexed and not withdrawn (a restore writes it so).
    const entries = batch
      .filter((item) => written.has(item.entry.id))
      .map(({ entry: { notIndexed: _cleared, withdrawn: _restored, ...entry } }) => entry);
    await this.parts.sink.record(entries);
    this.assigner.settled(batch);
  }
}

/** The run's extraction: the extraction pool with OCR of scans around it. */
export async function openRunExtractor(options: IngestOptions): Promise<ScanReadingPool> {
  return withScanReading(await openExtractPool(options.concurrency), {
    ocr: options.ocr ?? ocrConfig(),
    dataDir: options.dataDir,
    cache: !options.dryRun,
  });
}

/** `state`: the archive's state journal (`ArchiveState.load`), loaded before anything is written. */
export async function runIngest(
  target: IngestTarget,
  state: ArchiveState,
  options: IngestOptions,
): Promise<IngestReport> {
  const pool = await openRunExtractor(options);
  try {
    const run = new IngestRun({ target, state, pool, sink: journalSink(state), options });
    await run.ingestFiles();
    await run.drain();
    return withOcrCount(finishReport(run.report), pool.ocrPagesRead);
  } finally {
    await pool.close();
  }
}
