/**
 * The archive at scale, run through the product's own processes: `npm start` (bundled Meilisearch),
 * a bulk ingest of every corpus release, `--rebuild` against Meilisearch indexing the same documents
 * sent directly, then (while it runs) the search benchmark, page weight, and the start-up time.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { readLock } from '../src/archive/data-lock.js';
import { createMeiliClient } from '../src/archive/meili-client.js';
import { freePort } from '../src/archive/meili-process.js';
import { renderReleaseFiles } from '../test/support/samples/write-release-files.js';
import { asHtml, type BenchCorpus } from './corpus.js';
import { indexDirectly } from './lib/direct-indexing.js';
import { ingestCli, spawnNode, waitForPage, type Spawned } from './lib/processes.js';
import { ratio } from './lib/stats.js';
import { peakMemory, peakMemoryOf, timed } from './lib/timing.js';

export interface ArchiveFigures {
  releases: number;
  bulkIngest: { files: number; seconds: number; filesPerSecond: number };
  rebuild: { seconds: number; peakMemoryMB: number; directSeconds: number; directPeakMemoryMB: number; ratio: number };
  startup: { secondsToFirstPage: number };
}

export interface RunningArchive {
  baseUrl: string;
  meiliUrl: string;
  masterKey: string;
  admin: Meilisearch;
  index: string;
}

export const INDEX = 'pressemitteilungen';
export const BATCH = 1000;

export async function startArchive(dataDir: string, port: number): Promise<Spawned> {
  const archive = spawnNode('src/main.ts', [], {
    DATA_DIR: dataDir,
    PORT: String(port),
    LOAD_SAMPLES: '0',
    // Each answer says whether the search cache helped, so the "new queries" runs can show none did.
    SERVER_TIMING: 'true',
  });
  await Promise.race([
    waitForPage(`http://127.0.0.1:${port}/`),
    archive.exited.then(() => {
      throw new Error(`npm start ended:\n${archive.output()}`);
    }),
  ]);
  return archive;
}

/** Meilisearch alone, with its peak memory: the archive's records sent directly into a fresh index. */
export async function directIndexing(admin: Meilisearch, meiliPid: number): Promise<{ ms: number; peak: number }> {
  const memory = peakMemory(() => [meiliPid]);
  const ms = await indexDirectly(admin, INDEX, 'bench_direct', BATCH);
  return { ms, peak: await memory.stop() };
}

/** The corpus rendered as HTML pages into `dir`, each written as it is generated; the number of files. */
export async function writeCorpusHtml(corpus: BenchCorpus, dir: string): Promise<number> {
  const written = renderReleaseFiles(asHtml(corpus.releases()), dir);
  let files = 0;
  while (!(await written.next()).done) files += 1;
  return files;
}

/** The archive's connection as npm start left it in `dataDir`. */
export async function archiveConnection(
  dataDir: string,
): Promise<{ meiliUrl: string; meiliPid: number; masterKey: string; admin: Meilisearch }> {
  const lock = await readLock(dataDir);
  if (!lock) throw new Error(`no running archive in ${dataDir}`);
  const masterKey = (await readFile(path.join(dataDir, 'meili-master-key'), 'utf8')).trim();
  const meiliUrl = `http://127.0.0.1:${lock.port}`;
  const admin = createMeiliClient({ host: meiliUrl, apiKey: masterKey, timeoutMs: 600_000 });
  return { meiliUrl, meiliPid: lock.meiliPid ?? 0, masterKey, admin };
}

export interface IngestRun {
  ms: number;
  /** Peak RSS in bytes: of the ingest command, of Meilisearch, and of both together. */
  peaks: { ingest: number; meilisearch: number; total: number };
}

/** `ingest <args>` against the archive in `dataDir`, timed, with the peak memory of it and Meilisearch. */
export async function ingestWithMemory(args: string[], dataDir: string, meiliPid: number): Promise<IngestRun> {
  const run = spawnNode('ingest/cli/ingest-cli.ts', ['--batch-size', String(BATCH), ...args], { DATA_DIR: dataDir });
  const memory = peakMemoryOf({ ingest: () => [run.child.pid ?? 0], meilisearch: () => [meiliPid] });
  const done = await timed(() => run.exited);
  const { total, each } = await memory.stop();
  if (done.result !== 0) throw new Error(`ingest ${args.join(' ')} failed:\n${run.output().slice(-2000)}`);
  return { ms: done.ms, peaks: { ...each, total } };
}

/** Documents in the archive's index. */
export async function documentsIn(admin: Meilisearch): Promise<number> {
  return (await admin.index(INDEX).getStats()).numberOfDocuments;
}

export async function benchArchive(
  options: { corpus: BenchCorpus; workDir: string; log(line: string): void },
  whileRunning: (archive: RunningArchive) => Promise<void>,
): Promise<ArchiveFigures> {
  const { corpus, workDir, log } = options;
  const dataDir = path.join(workDir, 'archive-data');
  const port = await freePort();
  log('Starting the archive (npm start) …');
  let archive = await startArchive(dataDir, port);
  const { meiliUrl, meiliPid, masterKey, admin } = await archiveConnection(dataDir);
  try {
    const filesDir = path.join(workDir, 'corpus-html');
    log('Rendering the corpus as HTML …');
    const files = await writeCorpusHtml(corpus, filesDir);
    log(`Bulk ingest of ${files} files …`);
    const bulk = await timed(() => ingestCli(['--batch-size', String(BATCH), filesDir], { DATA_DIR: dataDir }));
    if (bulk.result.code !== 0) throw new Error(`bulk ingest failed:\n${bulk.result.output.slice(-2000)}`);

    log('Rebuild (extraction cached) …');
    const rebuild = await ingestWithMemory(['--rebuild'], dataDir, meiliPid);

    log('Reference: Meilisearch indexing the same documents sent directly …');
    const releases = await documentsIn(admin);
    const direct = await directIndexing(admin, meiliPid);

    await whileRunning({ baseUrl: `http://127.0.0.1:${port}`, meiliUrl, masterKey, admin, index: INDEX });

    archive.child.kill('SIGINT');
    await archive.exited;
    log('Start-up with an existing index …');
    const startup = await timed(async () => {
      archive = await startArchive(dataDir, port);
    });
    return {
      releases,
      bulkIngest: {
        files,
        seconds: bulk.ms / 1000,
        filesPerSecond: files / (bulk.ms / 1000),
      },
      rebuild: {
        seconds: rebuild.ms / 1000,
        peakMemoryMB: Math.round(rebuild.peaks.total / 1048576),
        directSeconds: direct.ms / 1000,
        directPeakMemoryMB: Math.round(direct.peak / 1048576),
        ratio: ratio(rebuild.ms, direct.ms),
      },
      startup: { secondsToFirstPage: startup.ms / 1000 },
    };
  } finally {
    archive.child.kill('SIGINT');
    await archive.exited;
  }
}
