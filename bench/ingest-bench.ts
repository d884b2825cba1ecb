/**
 * Ingest throughput: PDFs (pages/s of the whole ingest command against pdftotext extracting the same
 * files in one process: they are joined with pdfunite first, so process start-up does not count) and
 * HTML pages (files/s). pdftotext once per file is reported too, for comparison, and so are the
 * ingest's extraction alone (`--dry-run`: both cores, nothing written) and Meilisearch indexing the
 * same records sent directly (about what the ingest would take with a free extractor).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import type { Release } from '../src/archive/release.js';
import type { SampleRelease } from '../test/support/samples/sample-release.js';
import { writeReleaseFiles } from '../test/support/samples/write-release-files.js';
import { asHtml, type BenchCorpus } from './corpus.js';
import { indexDirectly } from './lib/direct-indexing.js';
import { ingestCli } from './lib/processes.js';
import { ratio } from './lib/stats.js';
import { timed } from './lib/timing.js';

export interface IngestFigures {
  pdf: { files: number; pages: number; seconds: number; pagesPerSecond: number };
  /** One pdftotext process over all files joined into one PDF: the reference of the ratio. */
  pdftotext: { seconds: number; pagesPerSecond: number } | { skipped: string };
  /** One pdftotext process per file, one after another (start-up included). */
  pdftotextPerFile?: { seconds: number; pagesPerSecond: number };
  pdfRatio?: number;
  /**
   * Meilisearch alone indexing the records of the PDF run, sent directly one batch after another:
   * what the whole ingest would take about if extraction cost nothing.
   */
  pdfIndexOnly: { seconds: number; pagesPerSecond: number; ratio?: number };
  /** The same PDFs through `ingest --dry-run`: extraction on both cores, nothing written to the index. */
  pdfExtractOnly: { seconds: number; pagesPerSecond: number; ratio?: number };
  html: { files: number; seconds: number; filesPerSecond: number };
}

function hasPoppler(): boolean {
  return ['pdftotext', 'pdfunite'].every((tool) => spawnSync(tool, ['-v'], { stdio: 'ignore' }).status === 0);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr?.toString().slice(0, 500)}`);
}

async function pagesIn(admin: Meilisearch, index: string): Promise<number> {
  const { results } = await admin.index(index).getDocuments<Release>({ limit: 100_000, fields: ['sources'] });
  return results.reduce((sum, r) => sum + r.sources.reduce((s, src) => s + (src.pages ?? 0), 0), 0);
}

async function* asPdf(releases: AsyncIterable<SampleRelease>): AsyncGenerator<SampleRelease> {
  for await (const r of releases) yield { ...r, formats: ['pdf'] };
}

export async function benchIngest(options: {
  corpus: BenchCorpus;
  workDir: string;
  meili: { url: string; masterKey: string; admin: Meilisearch };
  pdfCount: number;
  htmlCount: number;
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
  log('Ingesting the PDFs …');
  const pdfRun = await timed(() => ingestCli(['--batch-size', '1000', pdfDir], env('bench_pdf')));
  if (pdfRun.result.code !== 0) throw new Error(`PDF ingest failed:\n${pdfRun.result.output}`);
  const pages = await pagesIn(meili.admin, 'bench_pdf');
  const pdfSeconds = pdfRun.ms / 1000;
  const pdf = { files: pdfFiles, pages, seconds: pdfSeconds, pagesPerSecond: pages / pdfSeconds };
  log('Reference: Meilisearch indexing the same records sent directly …');
  const indexMs = await indexDirectly(meili.admin, 'bench_pdf', 'bench_pdf_direct', 1000);
  const pdfIndexOnly: IngestFigures['pdfIndexOnly'] = {
    seconds: indexMs / 1000,
    pagesPerSecond: pages / (indexMs / 1000),
  };

  log('Reference: the ingest extracting the same PDFs alone (--dry-run) …');
  const dryRun = await timed(() => ingestCli(['--dry-run', pdfDir], env('bench_pdf_dry_run')));
  if (dryRun.result.code !== 0) throw new Error(`PDF dry run failed:\n${dryRun.result.output}`);
  const pdfExtractOnly: IngestFigures['pdfExtractOnly'] = {
    seconds: dryRun.ms / 1000,
    pagesPerSecond: pages / (dryRun.ms / 1000),
  };

  let pdftotext: IngestFigures['pdftotext'] = { skipped: 'pdftotext and pdfunite (poppler-utils) are not installed' };
  let pdftotextPerFile: IngestFigures['pdftotextPerFile'];
  if (hasPoppler()) {
    const files = (await readdir(pdfDir)).filter((f) => f.endsWith('.pdf')).map((f) => path.join(pdfDir, f));
    const joined = path.join(workDir, 'all.pdf');
    log('Reference: pdftotext on the same files joined into one PDF, one process …');
    run('pdfunite', [...files, joined]);
    const once = await timed(async () => run('pdftotext', ['-q', joined, path.join(workDir, 'all.txt')]));
    pdftotext = { seconds: once.ms / 1000, pagesPerSecond: pages / (once.ms / 1000) };
    log('For comparison: pdftotext once per file …');
    const perFile = await timed(async () => {
      for (const file of files) spawnSync('pdftotext', ['-q', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    });
    pdftotextPerFile = { seconds: perFile.ms / 1000, pagesPerSecond: pages / (perFile.ms / 1000) };
    pdfIndexOnly.ratio = ratio(pdfIndexOnly.pagesPerSecond, pdftotext.pagesPerSecond);
    pdfExtractOnly.ratio = ratio(pdfExtractOnly.pagesPerSecond, pdftotext.pagesPerSecond);
  }

  log(`Rendering and ingesting up to ${options.htmlCount} HTML pages …`);
  const htmlFiles = (await writeReleaseFiles(asHtml(corpus.releases(options.htmlCount)), htmlDir)).length;
  const htmlRun = await timed(() => ingestCli(['--batch-size', '1000', htmlDir], env('bench_html')));
  if (htmlRun.result.code !== 0) throw new Error(`HTML ingest failed:\n${htmlRun.result.output}`);
  const html = {
    files: htmlFiles,
    seconds: htmlRun.ms / 1000,
    filesPerSecond: htmlFiles / (htmlRun.ms / 1000),
  };
  return {
    pdf,
    pdftotext,
    ...(pdftotextPerFile ? { pdftotextPerFile } : {}),
    pdfIndexOnly,
    pdfExtractOnly,
    ...('pagesPerSecond' in pdftotext ? { pdfRatio: ratio(pdf.pagesPerSecond, pdftotext.pagesPerSecond) } : {}),
    html,
  };
}
