/**
 * `npm run bench:pool -- [--count N] [--runs N] [--concurrency N]`: the same PDFs extracted through
 * the ingest's extraction pool (piscina) and through the hand-written pool it replaced
 * (bench/lib/own-extract-pool.ts), alternating, after one warm-up run of each. Each run opens a pool
 * (bundling the worker, starting the threads), extracts every file with twice the pool size in flight
 * (as ingest does) and closes it. Prints every run, the medians and the ratio piscina / own.
 * PDFs: `--count` generated releases (seed 1, default 400) plus the sample PDFs of ingest/samples/files/.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ExtractionResult } from '../ingest/extract/extract-release.js';
import { openExtractPool, type ExtractPool } from '../ingest/extract/pool/extract-pool.js';
import { generateCorpus } from '../test/support/samples/generate-corpus.js';
import { SAMPLES_DIR } from '../ingest/samples/load-samples.js';
import { writeReleaseFiles } from '../test/support/samples/write-release-files.js';
import { openOwnExtractPool } from './lib/own-extract-pool.js';
import { percentiles, ratio } from './lib/stats.js';
import { timed } from './lib/timing.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '400' },
    runs: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: String(os.availableParallelism()) },
  },
});
const num = (name: string, value: string | undefined): number => {
  if (!value || !/^[1-9]\d*$/.test(value)) throw new Error(`--${name} must be a positive number`);
  return Number(value);
};
const count = num('count', values.count);
const runs = num('runs', values.runs);
const concurrency = num('concurrency', values.concurrency);
const log = (line: string): void => void process.stderr.write(`[bench:pool] ${line}\n`);

interface File {
  name: string;
  bytes: Buffer;
}

interface Run {
  /** Opening the pool, extracting every file, closing it. */
  ms: number;
  /** From the first file handed to the pool to the last result. */
  extractMs: number;
  /** CPU time of the whole process (all threads) over `ms`. */
  cpuMs: number;
  pages: number;
  results: Map<string, ExtractionResult>;
}

async function extractAll(open: () => Promise<ExtractPool>, files: File[]): Promise<Run> {
  const results = new Map<string, ExtractionResult>();
  let extractMs = 0;
  const cpuBefore = process.cpuUsage();
  const { ms } = await timed(async () => {
    const pool = await open();
    try {
      const queue = [...files];
      ({ ms: extractMs } = await timed(() =>
        Promise.all(
          Array.from({ length: concurrency * 2 }, async () => {
            for (let file = queue.shift(); file; file = queue.shift())
              results.set(file.name, await pool.extract(file.bytes, file.name));
          }),
        ),
      ));
    } finally {
      await pool.close();
    }
  });
  const cpu = process.cpuUsage(cpuBefore);
  const pages = [...results.values()].reduce((sum, r) => sum + (r.pages ?? 0), 0);
  return { ms, extractMs, cpuMs: (cpu.user + cpu.system) / 1000, pages, results };
}

const pools = {
  own: () => openOwnExtractPool(concurrency),
  piscina: () => openExtractPool(concurrency),
} as const;
type PoolName = keyof typeof pools;

const workDir = await mkdtemp(path.join(os.tmpdir(), 'pressearchiv-pool-bench-'));
try {
  log(`Rendering ${count} PDFs …`);
  const releases = generateCorpus({ count, seed: 1 }).map((r) => ({ ...r, formats: ['pdf' as const] }));
  await writeReleaseFiles(releases, workDir);
  const read = async (dir: string): Promise<File[]> =>
    Promise.all(
      (await readdir(dir))
        .filter((name) => name.endsWith('.pdf'))
        .sort()
        .map(async (name) => ({ name, bytes: await readFile(path.join(dir, name)) })),
    );
  const files = [...(await read(workDir)), ...(await read(SAMPLES_DIR))];
  log(`${files.length} PDFs, ${concurrency} threads, ${runs} runs of each pool after one warm-up run each`);

  const samples: Record<PoolName, Run[]> = { own: [], piscina: [] };
  for (let round = 0; round <= runs; round++) {
    // The order alternates from round to round, so neither pool always runs second.
    const order: PoolName[] = round % 2 === 0 ? ['own', 'piscina'] : ['piscina', 'own'];
    for (const name of order) {
      const run = await extractAll(pools[name], files);
      if (round === 0) {
        log(`warm-up ${name}: ${(run.ms / 1000).toFixed(2)} s`);
        continue;
      }
      samples[name].push(run);
      const perSecond = (run.pages / run.ms) * 1000;
      process.stdout.write(
        `run ${round} ${name.padEnd(7)} ${(run.ms / 1000).toFixed(2)} s  ${perSecond.toFixed(1)} pages/s  ` +
          `(extraction alone ${(run.extractMs / 1000).toFixed(2)} s; CPU ${(run.cpuMs / 1000).toFixed(2)} s)\n`,
      );
    }
  }
  // Both pools run the same worker: the results must be the same, file for file.
  assert.deepEqual(samples.piscina[0]!.results, samples.own[0]!.results, 'both pools give the same results');

  const pages = samples.own[0]!.pages;
  const median = (name: PoolName, field: 'ms' | 'extractMs' | 'cpuMs'): number =>
    percentiles(samples[name].map((run) => run[field])).p50;
  const line = (name: PoolName): string =>
    `${name.padEnd(7)} median ${(median(name, 'ms') / 1000).toFixed(2)} s = ` +
    `${((pages / median(name, 'ms')) * 1000).toFixed(1)} pages/s ` +
    `(${((files.length / median(name, 'ms')) * 1000).toFixed(1)} files/s; extraction alone ` +
    `${((pages / median(name, 'extractMs')) * 1000).toFixed(1)} pages/s; CPU ${(median(name, 'cpuMs') / 1000).toFixed(2)} s)`;
  process.stdout.write(
    `\n${files.length} PDFs, ${pages} pages, ${concurrency} threads, ${runs} runs each\n` +
      `${line('own')}\n${line('piscina')}\n` +
      `ratio piscina / own (throughput): ${ratio(median('own', 'ms'), median('piscina', 'ms'))} ` +
      `(extraction alone ${ratio(median('own', 'extractMs'), median('piscina', 'extractMs'))}; ` +
      `CPU time piscina / own ${ratio(median('piscina', 'cpuMs'), median('own', 'cpuMs'))})\n`,
  );
} finally {
  await rm(workDir, { recursive: true, force: true });
}
