/**
 * Ingest throughput. PDFs: the pipeline of issue 19 — a whole PDF ingest (`ingest` CLI, a fresh
 * archive each time) against the sum of its parts measured apart: the ingest's extraction alone
 * (`--dry-run`: both cores, nothing written) plus Meilisearch alone indexing the same records (sent
 * directly, one batch of 1,000 after another). The three are timed in alternation, round by round,
 * after a first ingest that fills the index the direct indexing reads; the figure is the median of
 * the rounds' ratios. HTML pages: files/s of one ingest.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { archiveIndexUids } from '../src/archive/archive-indexes.js';
import type { Release } from '../src/archive/release.js';
import type { SampleRelease } from '../test/support/samples/sample-release.js';
import { writeReleaseFiles } from '../test/support/samples/write-release-files.js';
import { asHtml, type BenchCorpus } from './corpus.js';
import { alternate, median, roundRatios } from './lib/alternation.js';
import { indexArchiveDirectly } from './lib/direct-indexing.js';
import { ingestCli } from './lib/processes.js';
import { cpuMsOf, timed } from './lib/timing.js';

/** A whole PDF ingest at most this many times its parts added up (issue 19). */
export const PIPELINE_TARGET = 1.15;

export interface PipelineFigures {
  rounds: number;
  /** Seconds of each round: the whole ingest, the extraction alone, Meilisearch alone. */
  ingestSeconds: number[];
  extractSeconds: number[];
  indexSeconds: number[];
  /** Each round's ingest ÷ (extraction + Meilisearch), and their median: the figure. */
  ratios: number[];
  ratio: number;
  /**
   * The same against Meilisearch alone doing everything it does when an ingest fills a fresh archive:
   * the archive's indexes created with their settings, the releases and the word list (which the
   * figure above leaves out: its reference is the releases alone, into an index set up untimed).
   */
  archive: { indexSeconds: number[]; ratios: number[]; ratio: number };
  /**
   * CPU seconds of each round (the ingest's process with its threads, plus Meilisearch's during the
   * piece), far less moved by other jobs on the machine than the wall times: what the ingest does
   * above its parts, not what it waits for; Meilisearch's part is all it does for a fresh archive
   * (as `archive`). Absent where Meilisearch's process is not known.
   */
  cpu?: { ingestSeconds: number[]; extractSeconds: number[]; indexSeconds: number[]; ratios: number[]; ratio: number };
}

export interface IngestFigures {
  /** The first PDF ingest (it fills the index the direct indexing reads). */
  pdf: { files: number; pages: number; seconds: number; pagesPerSecond: number };
  /** Medians of the alternating rounds. */
  pdfIndexOnly: { seconds: number; pagesPerSecond: number };
  pdfExtractOnly: { seconds: number; pagesPerSecond: number };
  pipeline: PipelineFigures;
  /** Absent when no HTML pages were asked for (`--only pipeline`). */
  html?: { files: number; seconds: number; filesPerSecond: number };
}

async function pagesIn(admin: Meilisearch, index: string): Promise<number> {
  const { results } = await admin.index(index).getDocuments<Release>({ limit: 100_000, fields: ['sources'] });
  return results.reduce((sum, r) => sum + r.sources.reduce((s, src) => s + (src.pages ?? 0), 0), 0);
}

async function* asPdf(releases: AsyncIterable<SampleRelease>): AsyncGenerator<SampleRelease> {
  for await (const r of releases) yield { ...r, formats: ['pdf'] };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export async function benchIngest(options: {
  corpus: BenchCorpus;
  workDir: string;
  meili: { url: string; masterKey: string; admin: Meilisearch; pid?: number };
  pdfCount: number;
  htmlCount: number;
  /** Alternating rounds of the pipeline figure (at least 3). */
  rounds?: number;
  log(line: string): void;
}): Promise<IngestFigures> {
  const { corpus, workDir, meili, log } = options;
  const pdfDir = path.join(workDir, 'pdf');
  const htmlDir = path.join(workDir, 'html');
  await mkdir(pdfDir, { recursive: true });
  log(`Rendering up to ${options.pdfCount} PDFs …`);
  const pdfFiles = (await writeReleaseFiles(asPdf(corpus.releases(options.pdfCount)), pdfDir)).length;
  const env = (index: string) => ({
    MEILI_HOST: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX: index,
    DATA_DIR: path.join(workDir, `data-${index}`),
  });
  /** CPU ms of each piece in each round: its own process's (none for direct indexing) plus Meilisearch's. */
  const cpu = { ingest: [] as number[], extract: [] as number[], index: [] as number[] };
  const meiliCpu = async (): Promise<number> => (meili.pid ? ((await cpuMsOf(meili.pid)) ?? Number.NaN) : Number.NaN);
  const withMeiliCpu = async <T>(
    into: number[] | undefined,
    work: () => Promise<T & { cpuMs?: number }>,
  ): Promise<T> => {
    const before = await meiliCpu();
    const result = await work();
    into?.push((result.cpuMs ?? 0) + (await meiliCpu()) - before);
    return result;
  };
  const ingest = async (index: string, args: string[] = [], cpuInto?: number[]): Promise<number> => {
    const run = await timed(() =>
      withMeiliCpu(cpuInto, () => ingestCli([...args, '--batch-size', '1000', pdfDir], env(index))),
    );
    if (run.result.code !== 0) throw new Error(`PDF ingest failed:\n${run.result.output}`);
    return run.ms;
  };
  /** A fresh archive: its indexes and data folder gone (not timed). */
  const fresh = async (index: string): Promise<void> => {
    for (const uid of archiveIndexUids(index)) await meili.admin.deleteIndex(uid).waitTask();
    await rm(env(index).DATA_DIR, { recursive: true, force: true });
  };

  log('Ingesting the PDFs …');
  const firstMs = await ingest('bench_pdf');
  const pages = await pagesIn(meili.admin, 'bench_pdf');
  const pdf = { files: pdfFiles, pages, seconds: firstMs / 1000, pagesPerSecond: pages / (firstMs / 1000) };

  const rounds = Math.max(3, options.rounds ?? 3);
  log(
    `The pipeline: whole ingest, extraction alone (--dry-run), Meilisearch alone, in alternation, ${rounds} rounds …`,
  );
  /** Meilisearch alone doing all it does for a fresh archive (its indexes, the releases, the word list). */
  const archiveMs: number[] = [];
  const [ingestMs, extractMs, indexMs] = await alternate(
    [
      async () => {
        await fresh('bench_pdf_run');
        const ms = await ingest('bench_pdf_run', [], cpu.ingest);
        await fresh('bench_pdf_run');
        return ms;
      },
      async () => {
        await fresh('bench_pdf_dry_run');
        return ingest('bench_pdf_dry_run', ['--dry-run'], cpu.extract);
      },
      async () => {
        const direct = await withMeiliCpu(cpu.index, () =>
          indexArchiveDirectly(meili.admin, 'bench_pdf', 'bench_pdf_direct', 1000),
        );
        archiveMs.push(direct.archiveMs);
        return direct.releasesMs;
      },
    ],
    { rounds, warmUp: false, onRound: (round) => log(`  round ${round + 1} of ${rounds}`) },
  );
  const sums = extractMs!.map((ms, i) => ms + indexMs![i]!);
  const ratios = roundRatios(ingestMs!, sums);
  const seconds = (ms: number[]): number[] => ms.map((m) => round2(m / 1000));
  const archiveRatios = roundRatios(
    ingestMs!,
    extractMs!.map((ms, i) => ms + archiveMs[i]!),
  );
  const pipeline: PipelineFigures = {
    rounds,
    ingestSeconds: seconds(ingestMs!),
    extractSeconds: seconds(extractMs!),
    indexSeconds: seconds(indexMs!),
    ratios: ratios.each.map(round2),
    ratio: round2(ratios.median),
    archive: {
      indexSeconds: seconds(archiveMs),
      ratios: archiveRatios.each.map(round2),
      ratio: round2(archiveRatios.median),
    },
  };
  if (meili.pid) {
    const cpuRatios = roundRatios(
      cpu.ingest,
      cpu.extract.map((ms, i) => ms + cpu.index[i]!),
    );
    pipeline.cpu = {
      ingestSeconds: seconds(cpu.ingest),
      extractSeconds: seconds(cpu.extract),
      indexSeconds: seconds(cpu.index),
      ratios: cpuRatios.each.map(round2),
      ratio: round2(cpuRatios.median),
    };
  }
  const medianOf = (ms: number[]) => ({ seconds: median(ms) / 1000, pagesPerSecond: pages / (median(ms) / 1000) });
  const pdfIndexOnly = medianOf(indexMs!);
  const pdfExtractOnly = medianOf(extractMs!);
  if (options.htmlCount === 0) return { pdf, pdfIndexOnly, pdfExtractOnly, pipeline };

  log(`Rendering and ingesting up to ${options.htmlCount} HTML pages …`);
  const htmlFiles = (await writeReleaseFiles(asHtml(corpus.releases(options.htmlCount)), htmlDir)).length;
  const htmlRun = await timed(() => ingestCli(['--batch-size', '1000', htmlDir], env('bench_html')));
  if (htmlRun.result.code !== 0) throw new Error(`HTML ingest failed:\n${htmlRun.result.output}`);
  const html = {
    files: htmlFiles,
    seconds: htmlRun.ms / 1000,
    filesPerSecond: htmlFiles / (htmlRun.ms / 1000),
  };
  return { pdf, pdfIndexOnly, pdfExtractOnly, pipeline, html };
}
