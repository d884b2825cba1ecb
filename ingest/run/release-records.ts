/**
 * The archive record of a release waiting to be written. Its text comes from the first source, in
 * order of preference, that can be read: this run's extraction of it, the extraction cache, or the
 * kept original extracted again. A kept release none of whose originals can be read keeps the
 * record the live index has, with a warning; without one it is reported as failed and marked as
 * not indexed, so the next rebuild or an ingest of its file tries again. Never dropped silently.
 */
import type { Meilisearch } from 'meilisearch';
import { meiliErrorCode } from '../../src/archive/meili-client.js';
import type { ParsedRelease, Release } from '../../src/archive/release.js';
import { cacheExtraction, cachedExtraction } from '../extract/extraction-cache.js';
import { ExtractionError } from '../extract/extraction-error.js';
import type { ExtractPool } from '../extract/pool/extract-pool.js';
import type { ReleaseEntry, SourceEntry } from '../store/archive-state.js';
import { CorrectionsStore, type Correction } from '../store/corrections-store.js';
import { readOriginal } from '../store/originals-store.js';
import type { PendingItem } from './release-assigner.js';
import { applyCorrections } from './corrections.js';
import { buildRelease, InvalidRecordError } from './record-builder.js';
import type { ReportBook } from './report-book.js';

export interface RecordSources {
  client: Meilisearch;
  /** The live index: where a kept release's previous record is looked up. */
  liveIndex: string;
  dataDir: string;
  /** Extracts kept originals again when their cached extraction is missing or outdated. */
  pool: ExtractPool;
}

/**
 * What makes one source unusable, so the next is tried: it cannot be extracted, its record cannot
 * be built, or its kept original is gone. Anything else (a disk error, a closed pool, a bug) stops
 * the run: a rebuild must not pass over a release because of a passing fault.
 */
function isSourceProblem(error: unknown): boolean {
  if (error instanceof ExtractionError || error instanceof InvalidRecordError) return true;
  return (error as NodeJS.ErrnoException).code === 'ENOENT' && (error as NodeJS.ErrnoException).syscall === 'open';
}

export class ReleaseRecords {
  /** Kept releases that could not be written (no source readable, no earlier record). */
  readonly unindexed: ReleaseEntry[] = [];
  /** The archivists' corrections, read once per run (under the writer lock nobody changes them). */
  private corrections: Promise<Map<string, Correction[]>> | undefined;

  constructor(
    private readonly sources: RecordSources,
    private readonly book: ReportBook,
  ) {}

  /** The record of `item` with its corrections, or undefined when it cannot be built (its lines then say why). */
  async recordFor(item: PendingItem): Promise<Release | undefined> {
    const built = await this.extractedRecord(item);
    if (!built) return undefined;
    this.corrections ??= new CorrectionsStore(this.sources.dataDir, this.sources.liveIndex).readAll();
    return applyCorrections(built, (await this.corrections).get(built.id) ?? []);
  }

  /** The record as extraction found it. */
  private async extractedRecord(item: PendingItem): Promise<Release | undefined> {
    const problems: string[] = [];
    for (const source of item.entry.sources) {
      const fromThisRun = item.parsed.get(source.sha256);
      try {
        const release = buildRelease(item.entry, fromThisRun ?? (await this.parsedFor(source)));
        if (problems.length > 0) this.warnPassedOver(item, problems, source.filename);
        return release;
      } catch (error) {
        if (!isSourceProblem(error)) throw error;
        const problem = `${source.filename}: ${(error as Error).message}`;
        if (fromThisRun) return this.failAll(item, problem);
        problems.push(problem);
      }
    }
    const reason = problems.join('; ');
    if (item.reports.length === 0) return this.previousRecord(item.entry, reason);
    return this.failAll(item, `the kept originals could not be extracted again (${reason})`);
  }

  /** The extraction of a kept source: from the cache, else extracted again from the kept original. */
  private async parsedFor(source: SourceEntry): Promise<ParsedRelease> {
    const { dataDir, pool } = this.sources;
    const cached = await cachedExtraction(dataDir, source.sha256);
    if (cached) return cached.release;
    const result = await pool.extract(await readOriginal(dataDir, source.sha256), source.filename);
    await cacheExtraction(dataDir, source.sha256, result);
    return result.release;
  }

  /** Fails every report line of `item` (the files of this run that belong to it). */
  failAll(item: PendingItem, reason: string): undefined {
    for (const line of item.reports) this.book.fail(line, reason);
    return undefined;
  }

  private warnPassedOver(item: PendingItem, problems: string[], used: string): void {
    const warning = `the kept original could not be extracted again (${problems.join('; ')}); the text now comes from ${used}`;
    if (item.reports.length === 0) this.book.reportKept(item.entry, 'unchanged', warning);
    for (const line of item.reports) line.warnings = [...(line.warnings ?? []), warning];
  }

  /**
   * A kept release none of whose originals can be extracted again: the live index's record, with a
   * warning, or a failure and the mark `notIndexed`. Any other error of Meilisearch than "document
   * not found" stops the run (a rebuild then never swaps in an index that lacks the release).
   */
  private async previousRecord(entry: ReleaseEntry, reason: string): Promise<Release | undefined> {
    const problem = `the kept original could not be extracted again (${reason})`;
    let previous: Release | undefined;
    try {
      previous = await this.sources.client.index(this.sources.liveIndex).getDocument<Release>(entry.id);
    } catch (error) {
      if (meiliErrorCode(error) !== 'document_not_found') throw error;
    }
    if (previous) {
      this.book.reportKept(entry, 'unchanged', `${problem}; the release keeps its previous record`);
      // Its text stays as it was; its sources and dates are those the state knows now.
      return buildRelease(entry, previous);
    }
    const failure = `${problem}, and the index has no earlier record of it`;
    this.book.reportKept(entry, 'failed', failure);
    this.unindexed.push({ ...entry, notIndexed: failure });
    return undefined;
  }
}
