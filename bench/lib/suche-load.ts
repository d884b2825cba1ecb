/**
 * The cost targets of issue 21 for `/suche`, measured in one run (`npm run bench:quality -- --load N`):
 * two web servers (src/server.ts) on the benchmark's index, one with the site's plan (adaptive), one
 * with today's (SEARCH_PLAN=federated), and one plain Meilisearch search with the same facets,
 * highlight and crop sent straight from this process.
 *
 * - **p50**: the queries sent one after another on one connection, to each of the three in an order
 *   that rotates from query to query (so drift of the shared machine falls on all alike); target:
 *   `/suche` of the site's plan at most 1.5 × the plain search.
 * - **Throughput of new queries**: `connections` visitors (each its own loopback address) send the
 *   queries to one server, then to the other, in two rounds of other queries, the second round in the
 *   other order; target: the site's plan at least 2.5 × today's plan. Meilisearch's CPU per page of
 *   each is read from /proc.
 *
 * Every query is new to each server (the servers' caches are their own, no two queries have the same
 * words); the Server-Timing header counts the pages that still had an answer from the cache (a word
 * looked up for another query before: a few per cent).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Agent } from 'undici';
import { freePort } from '../../src/archive/meili-process.js';
import { CacheUse, fetchTimed, runLoad, type PageLoadResult } from './http-load.js';
import { spawnNode, waitForPage, type Spawned } from './processes.js';
import { percentiles, ratio } from './stats.js';
import { timed } from './timing.js';

export interface LoadOptions {
  meiliUrl: string;
  searchKey: string;
  index: string;
  /** Meilisearch's process id, for its CPU time per page (undefined: not measured). */
  meiliPid: string | undefined;
  /** Search texts in the order to send them (distinct); split into a latency set and two throughput sets. */
  queries: string[];
  connections: number;
  /** One plain search of `q` with the site's facets, highlight and crop (the reference). */
  plainSearch(q: string): Promise<unknown>;
  cpuMs(pid: string | undefined): Promise<number | undefined>;
}

type Plan = 'adaptive' | 'federated';

async function startServer(
  plan: Plan,
  options: LoadOptions,
  dataDir: string,
): Promise<{ url: string; server: Spawned }> {
  const port = await freePort();
  const server = spawnNode('src/server.ts', [], {
    MEILI_HOST: options.meiliUrl,
    MEILI_SEARCH_KEY: options.searchKey,
    MEILI_INDEX: options.index,
    PORT: String(port),
    DATA_DIR: dataDir,
    SEARCH_PLAN: plan,
    SERVER_TIMING: 'true',
  });
  const url = `http://127.0.0.1:${port}`;
  await Promise.race([
    waitForPage(`${url}/`),
    server.exited.then(() => {
      throw new Error(`the ${plan} web server ended:\n${server.output()}`);
    }),
  ]);
  return { url, server };
}

const pageUrl = (base: string, q: string): string => `${base}/suche?${new URLSearchParams({ q }).toString()}`;

export interface LoadFigures {
  queries: { latency: number; throughput: number };
  p50: Record<Plan | 'plain', number>;
  throughput: Record<Plan, { pagesPerSecond: number; p50: number; errors: number; meiliCpuMsPerPage?: number }>;
  /** Pages with a search or lookup answered from a server's cache (a word another query looked up before). */
  fromCache: number;
  untimed: number;
}

export async function measureLoad(options: LoadOptions): Promise<LoadFigures> {
  const third = Math.floor(options.queries.length / 3);
  const part = (i: number): string[] => options.queries.slice(i * third, (i + 1) * third);
  const [latencySet, roundOne, roundTwo] = [part(0), part(1), part(2)];
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'pressearchiv-load-'));
  const servers: Partial<Record<Plan, { url: string; server: Spawned }>> = {};
  try {
    servers.adaptive = await startServer('adaptive', options, path.join(dataDir, 'adaptive'));
    servers.federated = await startServer('federated', options, path.join(dataDir, 'federated'));
    const base = { adaptive: servers.adaptive.url, federated: servers.federated.url };
    const cacheUse = new CacheUse();

    // p50, one after another; the order of the three rotates from query to query.
    const agent = new Agent({ connections: 1, keepAliveTimeout: 30_000 });
    const samples: Record<Plan | 'plain', number[]> = { adaptive: [], federated: [], plain: [] };
    const send: Record<Plan | 'plain', (q: string) => Promise<number>> = {
      adaptive: async (q) => {
        const answer = await fetchTimed(agent, pageUrl(base.adaptive, q));
        cacheUse.count(answer);
        return answer.ms;
      },
      federated: async (q) => {
        const answer = await fetchTimed(agent, pageUrl(base.federated, q));
        cacheUse.count(answer);
        return answer.ms;
      },
      plain: async (q) => (await timed(() => options.plainSearch(q))).ms,
    };
    const order: Array<Plan | 'plain'> = ['adaptive', 'federated', 'plain'];
    // A warm-up of other texts, so no side pays for its first requests.
    for (const q of roundTwo.slice(-10).map((t) => `${t} warm`)) for (const kind of order) await send[kind](q);
    for (const [i, q] of latencySet.entries())
      for (let k = 0; k < order.length; k++) {
        const kind = order[(i + k) % order.length]!;
        samples[kind].push(await send[kind](q));
      }
    await agent.close();

    // Throughput of new queries: each round sends its set to both servers, the second in the other order.
    const runs: Record<Plan, PageLoadResult[]> = { adaptive: [], federated: [] };
    const cpu: Record<Plan, number[]> = { adaptive: [], federated: [] };
    for (const [set, plans] of [
      [roundOne, ['adaptive', 'federated']],
      [roundTwo, ['federated', 'adaptive']],
    ] as const) {
      for (const plan of plans) {
        const before = await options.cpuMs(options.meiliPid);
        const run = await runLoad(
          set.map((q) => pageUrl(base[plan], q)),
          options.connections,
        );
        const after = await options.cpuMs(options.meiliPid);
        runs[plan].push(run);
        if (before !== undefined && after !== undefined) cpu[plan].push(after - before);
      }
    }
    const throughput = Object.fromEntries(
      (['adaptive', 'federated'] as const).map((plan) => {
        const pages = runs[plan].reduce((sum, run) => sum + run.latencies.length, 0);
        const seconds = runs[plan].reduce((sum, run) => sum + run.seconds, 0);
        const cpuTotal = cpu[plan].reduce((sum, ms) => sum + ms, 0);
        return [
          plan,
          {
            pagesPerSecond: Math.round((pages / seconds) * 10) / 10,
            p50: percentiles(runs[plan].flatMap((run) => run.latencies)).p50,
            errors: runs[plan].reduce((sum, run) => sum + run.errors, 0),
            ...(cpu[plan].length === runs[plan].length ? { meiliCpuMsPerPage: cpuTotal / Math.max(1, pages) } : {}),
          },
        ];
      }),
    ) as LoadFigures['throughput'];
    const all = [...runs.adaptive, ...runs.federated];
    return {
      queries: { latency: latencySet.length, throughput: roundOne.length + roundTwo.length },
      p50: {
        adaptive: percentiles(samples.adaptive).p50,
        federated: percentiles(samples.federated).p50,
        plain: percentiles(samples.plain).p50,
      },
      throughput,
      fromCache: cacheUse.fromCache + all.reduce((sum, run) => sum + run.fromCache, 0),
      untimed: cacheUse.untimed + all.reduce((sum, run) => sum + run.untimed, 0),
    };
  } finally {
    for (const started of Object.values(servers)) {
      started.server.child.kill('SIGTERM');
      await started.server.exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The figures as a table with the targets of issue 21 and whether they were met. */
export function loadReport(figures: LoadFigures, connections: number): string {
  const p50Ratio = ratio(figures.p50.adaptive, figures.p50.plain);
  const federatedRatio = ratio(figures.p50.federated, figures.p50.plain);
  const throughputRatio = ratio(
    figures.throughput.adaptive.pagesPerSecond,
    figures.throughput.federated.pagesPerSecond,
  );
  const met = (ok: boolean): string => (ok ? 'met' : 'not met');
  const cpu = (plan: Plan): string => {
    const value = figures.throughput[plan].meiliCpuMsPerPage;
    return value === undefined ? '–' : `${value.toFixed(1)} ms`;
  };
  return [
    `| /suche, new queries | site's plan (adaptive) | today's plan (federated) | one plain search |`,
    `|---|---|---|---|`,
    `| p50, one after another (${figures.queries.latency} queries) | ${figures.p50.adaptive.toFixed(1)} ms | ${figures.p50.federated.toFixed(1)} ms | ${figures.p50.plain.toFixed(1)} ms |`,
    `| p50 / one plain search | **${p50Ratio.toFixed(2)}** (target ≤ 1.5: ${met(p50Ratio <= 1.5)}) | ${federatedRatio.toFixed(2)} | 1.00 |`,
    `| pages/s, ${connections} visitors (${figures.queries.throughput} queries, two rounds) | ${figures.throughput.adaptive.pagesPerSecond} | ${figures.throughput.federated.pagesPerSecond} | |`,
    `| throughput / today's plan | **${throughputRatio.toFixed(2)}** (target ≥ 2.5: ${met(throughputRatio >= 2.5)}) | 1.00 | |`,
    `| p50 under load | ${figures.throughput.adaptive.p50.toFixed(1)} ms | ${figures.throughput.federated.p50.toFixed(1)} ms | |`,
    `| Meilisearch CPU per page under load | ${cpu('adaptive')} | ${cpu('federated')} | |`,
    `| errors | ${figures.throughput.adaptive.errors} | ${figures.throughput.federated.errors} | |`,
    '',
    `Pages with a search or word lookup answered from a server's cache: ${figures.fromCache} (a word another query of the mix looked up before); without Server-Timing: ${figures.untimed}.`,
  ].join('\n');
}
