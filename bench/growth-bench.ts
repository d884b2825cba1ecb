/**
 * One size of the growth runs (`npm run bench -- --growth --size N [--data-dir DIR]`): the corpus
 * streamed to HTML files, a bulk ingest into a running archive (npm start) with the peak memory of
 * ingest, web server and Meilisearch and the index's size on disk, Meilisearch alone indexing the
 * same records, search latencies of new queries (with and without a selected facet) and one run
 * under load, and `--rebuild`. Each phase's figures are saved in the data folder when it ends; run
 * the same command again after an interruption and it continues with the first unfinished phase.
 * The finished run becomes the entry of its size in the results file; other sizes stay.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, meiliPaths } from '../src/archive/meili-process.js';
import {
  archiveConnection,
  directIndexing,
  documentsIn,
  INDEX,
  ingestWithMemory,
  startArchive,
  writeCorpusHtml,
} from './archive-bench.js';
import type { BenchCorpus } from './corpus.js';
import {
  keepResult,
  runPhases,
  startProgress,
  writeJson,
  type GrowthEntry,
  type GrowthFigures,
  type GrowthPhase,
} from './lib/growth-results.js';
import { childRunning, stopRequested, type Spawned } from './lib/processes.js';
import { peakMemoryOf } from './lib/timing.js';
import { benchGrowthSearch } from './search-bench.js';

const MB = 1048576;
const LOAD_CONNECTIONS = 25;
export const PROGRESS_FILE = 'growth-progress.json';

/** Bytes a folder takes on disk (allocated blocks: Meilisearch's memory-mapped files are sparse). */
export async function diskUsage(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) bytes += await diskUsage(full);
    else if (entry.isFile()) bytes += (await stat(full)).blocks * 512;
  }
  return bytes;
}

export function machineOf(name: string | undefined): GrowthEntry['machine'] {
  return {
    name: name ?? os.hostname(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
}

interface Running {
  spawned: Spawned;
  baseUrl: string;
  webPid: number;
  connection: Awaited<ReturnType<typeof archiveConnection>>;
}

export async function benchGrowth(options: {
  corpus: BenchCorpus;
  size: number;
  dataDir: string;
  resultsFile: string;
  queryCount: number;
  machine?: string;
  log(line: string): void;
}): Promise<GrowthEntry> {
  const { corpus, size, dataDir, log } = options;
  await mkdir(dataDir, { recursive: true });
  const progressFile = path.join(dataDir, PROGRESS_FILE);
  const progress = await startProgress(progressFile, size, corpus.name);
  const done = Object.keys(progress.done);
  if (done.length > 0) log(`Continuing the run in ${dataDir} (phases done: ${done.join(', ')})`);
  const filesDir = path.join(dataDir, 'corpus-html');
  const archiveDir = path.join(dataDir, 'archive');
  let running: Running | undefined;
  const archive = async (): Promise<Running> => {
    if (running) return running;
    const port = await freePort();
    log('Starting the archive (npm start) …');
    const spawned = await startArchive(archiveDir, port);
    const webPid = await childRunning(spawned.child.pid ?? 0, 'server.ts');
    if (webPid === undefined) throw new Error('the web server process of npm start was not found');
    running = { spawned, baseUrl: `http://127.0.0.1:${port}`, webPid, connection: await archiveConnection(archiveDir) };
    return running;
  };

  const phases: { [P in GrowthPhase]: (done: Partial<GrowthFigures>) => Promise<GrowthFigures[P]> } = {
    corpus: async () => {
      await rm(filesDir, { recursive: true, force: true });
      log(`Rendering ${size} releases as HTML, each written as it is generated …`);
      return { files: await writeCorpusHtml(corpus, filesDir) };
    },
    ingest: async (done) => {
      // An ingest cut off half-way would make a second one faster: start again from an empty archive.
      await rm(archiveDir, { recursive: true, force: true });
      const { webPid, connection } = await archive();
      log(`Bulk ingest of ${done.corpus?.files} files …`);
      const web = peakMemoryOf({ webServer: () => [webPid] });
      const run = await ingestWithMemory([filesDir], archiveDir, connection.meiliPid);
      const webPeak = (await web.stop()).each.webServer;
      const files = done.corpus?.files ?? 0;
      return {
        seconds: run.ms / 1000,
        filesPerSecond: files / (run.ms / 1000),
        releases: await documentsIn(connection.admin),
        peakMB: {
          ingest: Math.round(run.peaks.ingest / MB),
          meilisearch: Math.round(run.peaks.meilisearch / MB),
          webServer: Math.round(webPeak / MB),
        },
        indexMB: Math.round((await diskUsage(meiliPaths(archiveDir).db)) / MB),
      };
    },
    direct: async (done) => {
      const { connection } = await archive();
      log('Reference: Meilisearch indexing the same records sent directly …');
      const direct = await directIndexing(connection.admin, connection.meiliPid);
      const releases = done.ingest?.releases ?? 0;
      return {
        seconds: direct.ms / 1000,
        recordsPerSecond: releases / (direct.ms / 1000),
        peakMB: Math.round(direct.peak / MB),
      };
    },
    search: async () => {
      const { baseUrl, webPid, connection } = await archive();
      const memory = peakMemoryOf({ webServer: () => [webPid], meilisearch: () => [connection.meiliPid] });
      const figures = await benchGrowthSearch({
        baseUrl,
        meiliUrl: connection.meiliUrl,
        admin: connection.admin,
        index: INDEX,
        queryCount: options.queryCount,
        connections: LOAD_CONNECTIONS,
        log,
      });
      const { each } = await memory.stop();
      return {
        queries: figures.queries,
        newQueries: figures.newQueries.suche,
        withFacet: figures.withFacet.suche,
        newQueriesDirect: figures.newQueries.direct,
        fromCache: figures.fromCache,
        throughput: figures.throughput,
        peakMB: { webServer: Math.round(each.webServer / MB), meilisearch: Math.round(each.meilisearch / MB) },
      };
    },
    rebuild: async () => {
      const { connection } = await archive();
      log('Rebuild (extraction cached) …');
      const run = await ingestWithMemory(['--rebuild'], archiveDir, connection.meiliPid);
      return {
        seconds: run.ms / 1000,
        peakMB: {
          ingest: Math.round(run.peaks.ingest / MB),
          meilisearch: Math.round(run.peaks.meilisearch / MB),
          total: Math.round(run.peaks.total / MB),
        },
      };
    },
  };

  let figures: GrowthFigures;
  try {
    figures = await runPhases(
      progress,
      (phase, done) => phases[phase](done),
      // A phase cut off by a stop (its children ended under it) is not saved: a resumed run repeats it.
      (p) => (stopRequested() ? Promise.resolve() : writeJson(progressFile, p)),
      log,
    );
  } finally {
    if (running) {
      running.spawned.child.kill('SIGINT');
      await running.spawned.exited;
    }
  }
  if (stopRequested()) throw new Error('stopped (SIGTERM): no entry written; the same command continues');
  const entry: GrowthEntry = {
    size,
    corpusName: corpus.name,
    machine: machineOf(options.machine),
    startedAt: progress.startedAt,
    finishedAt: new Date().toISOString(),
    minutes: Math.round(progress.seconds / 0.6) / 100,
    ...figures,
  };
  await keepResult(options.resultsFile, entry);
  log(`Entry for ${size} releases written to ${options.resultsFile}; ${dataDir} can be removed`);
  return entry;
}
