/**
 * `npm run bench:flood`: one client floods the search while another searches. The archive runs
 * through `npm start`; a flood of 16 connections from 127.0.0.1 sends new, long queries (about 490
 * characters) with 20 topics, 14 senders and 12 years selected, as in issue 20; meanwhile another
 * client, from 127.0.0.2, sends new searches one after another. Printed: that client's /suche p50
 * with the flood against its p50 without it (the reference, measured in the same run, rounds
 * alternating), with the site's defaults (the fair queue) and with the queue practically off
 * (no queue limits), and for both the throughput of new queries at 25 connections without a flood,
 * from 25 addresses (visitors) and from one. Every query is new to the server (no cache answers).
 * `--data-dir DIR` keeps the archive (built on the first run) for later runs; `--per-address 1,4`
 * adds the fair queue with other SEARCH_CONCURRENCY_PER_ADDRESS values.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Agent } from 'undici';
import { readLock } from '../src/archive/data-lock.js';
import { createMeiliClient } from '../src/archive/meili-client.js';
import { freePort } from '../src/archive/meili-process.js';
import { writeCorpusHtml } from './archive-bench.js';
import { loadCorpus } from './corpus.js';
import { CacheUse, fetchTimed, runLoad } from './lib/http-load.js';
import { ingestCli, REPO_ROOT, spawnNode, waitForPage, type Spawned } from './lib/processes.js';
import { seeded } from './lib/seeded.js';
import { percentiles, ratio, type Percentiles } from './lib/stats.js';
import { buildQueries, type BenchQuery } from './search-bench.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    size: { type: 'string', default: '3000' },
    queries: { type: 'string', default: '60' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
    'data-dir': { type: 'string' },
    /** Further SEARCH_CONCURRENCY_PER_ADDRESS values to compare, e.g. `--per-address 1,4`. */
    'per-address': { type: 'string', default: '' },
    out: { type: 'string', default: path.join(REPO_ROOT, 'bench', 'out', 'flood.json') },
  },
});
const num = (name: string, value: string | undefined): number => {
  if (!value || !/^\d+$/.test(value)) throw new Error(`--${name} must be a number`);
  return Number(value);
};
const log = (line: string): void => void process.stderr.write(`[bench:flood] ${line}\n`);

const INDEX = 'pressemitteilungen';
const FLOOD_ADDRESS = '127.0.0.1';
const OTHER_ADDRESS = '127.0.0.2';
const FLOOD_WARM_UP_MS = 3000;
const QUIET_MS = 20;
const THROUGHPUT_CONNECTIONS = 25;
const THROUGHPUT_QUERIES = 300;

/** The environment of each configuration compared (the web server reads it through npm start). */
const CONFIGURATIONS: Array<{ name: string; env: Record<string, string> }> = [
  { name: 'fair queue (defaults)', env: {} },
  ...(values['per-address'] ?? '')
    .split(',')
    .filter((value) => value !== '')
    .map((value) => ({
      name: `fair queue, SEARCH_CONCURRENCY_PER_ADDRESS=${value}`,
      env: { SEARCH_CONCURRENCY_PER_ADDRESS: value },
    })),
  {
    name: 'queue practically off',
    env: {
      SEARCH_CONCURRENCY: '256',
      SEARCH_CONCURRENCY_PER_ADDRESS: '256',
      SEARCH_QUEUE_PER_ADDRESS: '100000',
      SEARCH_QUEUE_TOTAL: '100000',
      SEARCH_QUEUE_WAIT_MS: '600000',
      SEARCH_TIMEOUT_MS: '600000',
    },
  },
];

function queryString(params: Record<string, string | string[]>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const value of [v].flat()) search.append(k, value);
  return search.toString();
}

/** The flood's queries: each new, about 490 characters, 20 topics, 14 senders and 12 years selected. */
async function floodQueries(admin: ReturnType<typeof createMeiliClient>, seed: number) {
  const { hits, facetDistribution } = await admin.index(INDEX).search('', {
    limit: 2000,
    attributesToRetrieve: ['title'],
    facets: ['ministryShort', 'topics', 'year'],
  });
  const words = [
    ...new Set(hits.flatMap((h) => String(h.title).split(/[^A-Za-zÄÖÜäöüß]+/)).filter((w) => w.length >= 4)),
  ];
  /** `n` distinct values of `list` (all when it has fewer), by a seeded partial Fisher–Yates shuffle. */
  const pickFrom = (list: string[], n: number, random: () => number) => {
    const out = [...list];
    const count = Math.min(n, out.length);
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(random() * (out.length - i));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out.slice(0, count);
  };
  const senders = Object.keys(facetDistribution?.ministryShort ?? {});
  const topics = Object.keys(facetDistribution?.topics ?? {});
  const years = Object.keys(facetDistribution?.year ?? {});
  const random = seeded(seed);
  return {
    selected: {
      senders: Math.min(14, senders.length),
      topics: Math.min(20, topics.length),
      years: Math.min(12, years.length),
    },
    next(): string {
      let q = '';
      while (q.length < 480) q += `${words[Math.floor(random() * words.length)]} `;
      q = q.slice(0, 490).replace(/\s+\S*$/, '');
      return queryString({
        q,
        ministerium: pickFrom(senders, 14, random),
        thema: pickFrom(topics, 20, random),
        jahr: pickFrom(years, 12, random),
      });
    },
  };
}

/**
 * Waits until Meilisearch has worked off what the flood left: a search it has started runs to its
 * end even when the web server has given up on it, and would slow the next run without a flood.
 * Quiet means an empty search answered within QUIET_MS, twice in a row (at most a minute).
 */
async function meilisearchQuiet(admin: ReturnType<typeof createMeiliClient>): Promise<void> {
  let quiet = 0;
  for (let i = 0; i < 600 && quiet < 2; i++) {
    const started = process.hrtime.bigint();
    await admin.index(INDEX).search('', { limit: 0 });
    quiet = Number(process.hrtime.bigint() - started) / 1e6 < QUIET_MS ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Flood {
  stop(): Promise<{ pages: number; seconds: number; statuses: Record<string, number> }>;
}

function startFlood(baseUrl: string, connections: number, next: () => string): Flood {
  const agent = new Agent({ connections, keepAliveTimeout: 30_000, localAddress: FLOOD_ADDRESS });
  const statuses: Record<string, number> = {};
  let running = true;
  const started = process.hrtime.bigint();
  const loops = Array.from({ length: connections }, async () => {
    while (running) {
      try {
        const answer = await fetchTimed(agent, `${baseUrl}/suche?${next()}`);
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      } catch {
        statuses.failed = (statuses.failed ?? 0) + 1;
      }
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      await agent.close();
      const pages = Object.values(statuses).reduce((a, b) => a + b, 0);
      return { pages, seconds, statuses };
    },
  };
}

/** The other client: each query once, one after another, on one connection from its own address. */
async function otherClient(baseUrl: string, queries: BenchQuery[]) {
  const agent = new Agent({ connections: 1, keepAliveTimeout: 30_000, localAddress: OTHER_ADDRESS });
  const cacheUse = new CacheUse();
  const latencies: number[] = [];
  let errors = 0;
  for (const q of queries) {
    const answer = await fetchTimed(agent, `${baseUrl}/suche?${queryString(q.params)}`);
    cacheUse.count(answer);
    if (answer.status === 200) latencies.push(answer.ms);
    else errors += 1;
  }
  await agent.close();
  return { latencies, errors, fromCache: cacheUse.fromCache };
}

async function startArchive(dataDir: string, port: number, env: Record<string, string>): Promise<Spawned> {
  const archive = spawnNode('src/main.ts', [], {
    DATA_DIR: dataDir,
    PORT: String(port),
    LOAD_SAMPLES: '0',
    SERVER_TIMING: 'true',
    ...env,
  });
  await Promise.race([
    waitForPage(`http://127.0.0.1:${port}/`),
    archive.exited.then(() => {
      throw new Error(`npm start ended:\n${archive.output()}`);
    }),
  ]);
  return archive;
}

async function stopArchive(archive: Spawned): Promise<void> {
  archive.child.kill('SIGINT');
  await archive.exited;
}

interface Throughput {
  connections: number;
  pagesPerSecond: number;
  p50: number;
  errors: number;
  fromCache: number;
}

interface ConfigurationFigures {
  name: string;
  env: Record<string, string>;
  without: Percentiles;
  withFlood: Percentiles;
  ratioP50: number;
  rounds: Array<{ withoutP50: number; withFloodP50: number }>;
  otherClientErrors: { without: number; withFlood: number };
  pagesFromCache: number;
  flood: { pagesPerSecond: number; statuses: Record<string, number> };
  /** New queries without a flood: from as many addresses as connections, and all from one address. */
  throughput: Record<'visitors' | 'oneAddress', Throughput>;
}

const queryCount = num('queries', values.queries);
const rounds = num('rounds', values.rounds);
const connections = num('connections', values.connections);
const workDir = await mkdtemp(path.join(os.tmpdir(), 'pressearchiv-flood-'));
try {
  const dataDir = values['data-dir'] ?? path.join(workDir, 'archive-data');
  const port = await freePort();
  const fresh = !existsSync(path.join(dataDir, 'meili-master-key'));
  let corpusName = `existing archive in ${dataDir}`;
  if (fresh) {
    const corpus = loadCorpus(values.corpus, num('size', values.size));
    corpusName = corpus.name;
    log(`Corpus: ${corpus.name}; rendering HTML …`);
    const filesDir = path.join(workDir, 'corpus-html');
    const files = await writeCorpusHtml(corpus, filesDir);
    const archive = await startArchive(dataDir, port, {});
    try {
      log(`Ingesting ${files} files …`);
      const ingest = await ingestCli(['--batch-size', '1000', filesDir], { DATA_DIR: dataDir });
      if (ingest.code !== 0) throw new Error(`ingest failed:\n${ingest.output.slice(-2000)}`);
    } finally {
      await stopArchive(archive);
    }
  }

  const figures: ConfigurationFigures[] = [];
  let seed = 1;
  for (const configuration of CONFIGURATIONS) {
    log(`${configuration.name}: starting the archive …`);
    const archive = await startArchive(dataDir, port, configuration.env);
    try {
      const lock = (await readLock(dataDir))!;
      const masterKey = (await readFile(path.join(dataDir, 'meili-master-key'), 'utf8')).trim();
      const admin = createMeiliClient({ host: `http://127.0.0.1:${lock.port}`, apiKey: masterKey, timeoutMs: 600_000 });
      const baseUrl = `http://127.0.0.1:${port}`;
      // Queries of one text each, new to this server: one set per run, one for each throughput run.
      const needed = queryCount * rounds * 2 + THROUGHPUT_QUERIES * 2;
      const seen = new Set<string>();
      const queries = (await buildQueries(admin, INDEX, needed * 3, 20261202 + seed)).filter((q) => {
        const text = String(q.params.q).toLowerCase();
        return !seen.has(text) && seen.add(text);
      });
      if (queries.length < needed) throw new Error(`only ${queries.length} distinct queries, ${needed} needed`);
      const flood = await floodQueries(admin, seed);
      seed += 1;
      log(
        `Flood: ${connections} connections, ${flood.selected.topics} topics, ${flood.selected.senders} senders, ${flood.selected.years} years selected`,
      );
      // Warm-up of the other client's connection and the archive (queries of no measured set).
      await otherClient(baseUrl, queries.slice(needed, needed + 10));

      const without: number[] = [];
      const withFlood: number[] = [];
      const perRound: ConfigurationFigures['rounds'] = [];
      const errors = { without: 0, withFlood: 0 };
      let fromCache = 0;
      const floodTotals = { pages: 0, seconds: 0, statuses: {} as Record<string, number> };
      for (let round = 0; round < rounds; round++) {
        const base = queries.slice(round * 2 * queryCount, (round * 2 + 1) * queryCount);
        const flooded = queries.slice((round * 2 + 1) * queryCount, (round * 2 + 2) * queryCount);
        log(`${configuration.name}, round ${round + 1}: ${base.length} searches without a flood …`);
        const quiet = await otherClient(baseUrl, base);
        log(`${configuration.name}, round ${round + 1}: ${flooded.length} searches during the flood …`);
        const running = startFlood(baseUrl, connections, () => flood.next());
        await new Promise((resolve) => setTimeout(resolve, FLOOD_WARM_UP_MS));
        const loud = await otherClient(baseUrl, flooded);
        const floodRun = await running.stop();
        await meilisearchQuiet(admin);
        without.push(...quiet.latencies);
        withFlood.push(...loud.latencies);
        errors.without += quiet.errors;
        errors.withFlood += loud.errors;
        fromCache += quiet.fromCache + loud.fromCache;
        floodTotals.pages += floodRun.pages;
        floodTotals.seconds += floodRun.seconds;
        for (const [status, n] of Object.entries(floodRun.statuses)) {
          floodTotals.statuses[status] = (floodTotals.statuses[status] ?? 0) + n;
        }
        perRound.push({
          withoutP50: percentiles(quiet.latencies).p50,
          withFloodP50: percentiles(loud.latencies).p50,
        });
      }
      const throughput = async (from: number, oneAddress: boolean): Promise<Throughput> => {
        log(
          `${configuration.name}: throughput, ${THROUGHPUT_QUERIES} new queries, ${THROUGHPUT_CONNECTIONS} connections${oneAddress ? ' from one address' : ''} …`,
        );
        const load = await runLoad(
          queries.slice(from, from + THROUGHPUT_QUERIES).map((q) => `${baseUrl}/suche?${queryString(q.params)}`),
          THROUGHPUT_CONNECTIONS,
          oneAddress,
        );
        return {
          connections: THROUGHPUT_CONNECTIONS,
          pagesPerSecond: Math.round((load.latencies.length / load.seconds) * 10) / 10,
          p50: percentiles(load.latencies).p50,
          errors: load.errors,
          fromCache: load.fromCache,
        };
      };
      const visitors = await throughput(needed - 2 * THROUGHPUT_QUERIES, false);
      const oneAddress = await throughput(needed - THROUGHPUT_QUERIES, true);
      const quietStats = percentiles(without);
      const loudStats = percentiles(withFlood);
      figures.push({
        name: configuration.name,
        env: configuration.env,
        without: quietStats,
        withFlood: loudStats,
        ratioP50: ratio(loudStats.p50, quietStats.p50),
        rounds: perRound,
        otherClientErrors: errors,
        pagesFromCache: fromCache,
        flood: {
          pagesPerSecond: Math.round((floodTotals.pages / floodTotals.seconds) * 10) / 10,
          statuses: floodTotals.statuses,
        },
        throughput: { visitors, oneAddress },
      });
    } finally {
      await stopArchive(archive);
    }
  }

  const results = {
    ranAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      node: process.version,
      loadAverage: os.loadavg(),
    },
    corpus: corpusName,
    floodConnections: connections,
    queriesPerRun: queryCount,
    rounds,
    figures,
  };
  await mkdir(path.dirname(values.out!), { recursive: true });
  await writeFile(values.out!, `${JSON.stringify(results, null, 2)}\n`);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const lines = [
    `Flood: ${connections} connections from ${FLOOD_ADDRESS} (long queries, many facet values); another client on ${OTHER_ADDRESS}, ${queryCount} new searches per run, ${rounds} rounds; ${corpusName}`,
  ];
  for (const f of figures) {
    lines.push(
      '',
      `${f.name}${
        Object.keys(f.env).length
          ? ` (${Object.entries(f.env)
              .map(([k, v]) => `${k}=${v}`)
              .join(', ')})`
          : ''
      }`,
      `  other client's /suche p50 without flood: ${ms(f.without.p50)} (p95 ${ms(f.without.p95)}), with flood: ${ms(f.withFlood.p50)} (p95 ${ms(f.withFlood.p95)}) → ratio ${f.ratioP50} (target ≤ 3)`,
      `  per round (without → with): ${f.rounds.map((r) => `${ms(r.withoutP50)} → ${ms(r.withFloodP50)}`).join(', ')}`,
      `  other client's errors: ${f.otherClientErrors.without} without, ${f.otherClientErrors.withFlood} with flood; pages helped by the cache: ${f.pagesFromCache}`,
      `  flood: ${f.flood.pagesPerSecond} answers/s, statuses ${JSON.stringify(f.flood.statuses)}`,
      ...(['visitors', 'oneAddress'] as const).map((kind) => {
        const t = f.throughput[kind];
        return `  throughput without flood, ${t.connections} connections ${kind === 'visitors' ? 'from as many addresses' : 'from one address'}, new queries: ${t.pagesPerSecond} pages/s (p50 ${ms(t.p50)}), errors ${t.errors}, from the cache ${t.fromCache}`;
      }),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  log(`Written to ${values.out}`);
} finally {
  await rm(workDir, { recursive: true, force: true });
}
