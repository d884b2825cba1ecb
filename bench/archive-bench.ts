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
import type { Release } from '../src/archive/release.js';
import type { SampleRelease } from '../test/support/samples/sample-release.js';
import { writeReleaseFiles } from '../test/support/samples/write-release-files.js';
import { allReleases, indexDirectly } from './lib/direct-indexing.js';
import { ingestCli, spawnNode, waitForPage, type Spawned } from './lib/processes.js';
import { ratio } from './lib/stats.js';
import { peakMemory, timed } from './lib/timing.js';

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

const INDEX = 'pressemitteilungen';
const BATCH = 1000;

async function startArchive(dataDir: string, port: number): Promise<Spawned> {
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

/** Meilisearch alone, with its peak memory: the same documents sent directly into a fresh index. */
async function directIndexing(
  admin: Meilisearch,
  releases: Release[],
  meiliPid: number,
): Promise<{ ms: number; peak: number }> {
  const memory = peakMemory(() => [meiliPid]);
  const ms = await indexDirectly(admin, releases, 'bench_direct', BATCH);
  return { ms, peak: await memory.stop() };
}

export async function benchArchive(
  options: { releases: SampleRelease[]; workDir: string; log(line: string): void },
  whileRunning: (archive: RunningArchive) => Promise<void>,
): Promise<ArchiveFigures> {
  const { releases, workDir, log } = options;
  const dataDir = path.join(workDir, 'archive-data');
  const port = await freePort();
  log('Starting the archive (npm start) …');
  let archive = await startArchive(dataDir, port);
  const lock = (await readLock(dataDir))!;
  const masterKey = (await readFile(path.join(dataDir, 'meili-master-key'), 'utf8')).trim();
  const meiliUrl = `http://127.0.0.1:${lock.port}`;
  const admin = createMeiliClient({ host: meiliUrl, apiKey: masterKey, timeoutMs: 600_000 });
  try {
    const filesDir = path.join(workDir, 'corpus-html');
    log(`Rendering ${releases.length} releases as HTML …`);
    await writeReleaseFiles(
      releases.map((r) => ({ ...r, formats: ['html' as const] })),
      filesDir,
    );
    log(`Bulk ingest of ${releases.length} files …`);
    const bulk = await timed(() => ingestCli(['--batch-size', String(BATCH), filesDir], { DATA_DIR: dataDir }));
    if (bulk.result.code !== 0) throw new Error(`bulk ingest failed:\n${bulk.result.output.slice(-2000)}`);

    log('Rebuild (extraction cached) …');
    const rebuildRun = spawnNode('ingest/cli/ingest-cli.ts', ['--rebuild', '--batch-size', String(BATCH)], {
      DATA_DIR: dataDir,
    });
    const rebuildMemory = peakMemory(() => [rebuildRun.child.pid ?? 0, lock.meiliPid ?? 0]);
    const rebuild = await timed(() => rebuildRun.exited);
    const rebuildPeak = await rebuildMemory.stop();
    if (rebuild.result !== 0) throw new Error(`rebuild failed:\n${rebuildRun.output().slice(-2000)}`);

    log('Reference: Meilisearch indexing the same documents sent directly …');
    const docs = await allReleases(admin, INDEX);
    const direct = await directIndexing(admin, docs, lock.meiliPid ?? 0);

    await whileRunning({ baseUrl: `http://127.0.0.1:${port}`, meiliUrl, masterKey, admin, index: INDEX });

    archive.child.kill('SIGINT');
    await archive.exited;
    log('Start-up with an existing index …');
    const startup = await timed(async () => {
      archive = await startArchive(dataDir, port);
    });
    return {
      releases: docs.length,
      bulkIngest: {
        files: releases.length,
        seconds: bulk.ms / 1000,
        filesPerSecond: releases.length / (bulk.ms / 1000),
      },
      rebuild: {
        seconds: rebuild.ms / 1000,
        peakMemoryMB: Math.round(rebuildPeak / 1048576),
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
