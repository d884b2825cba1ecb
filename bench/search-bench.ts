/**
 * Search latency and throughput at archive scale. A fixed, seeded set of realistic queries is sent
 * (a) to Meilisearch directly, with exactly the search requests the site builds (same plan, same
 * client), and (b) to /suche (full HTML page) and /api/suche over HTTP. Then concurrent load gives
 * result pages per second, server and Meilisearch together.
 *
 * The web server keeps recent answers (src/web/search-cache.ts). So that no figure is a cache's by
 * accident, every latency and "new queries" figure uses queries the server has not seen in this run:
 * the seeded query list, one query per search text, is cut into disjoint sets, one per phase. Only
 * the "repeated queries" phase asks each of its distinct queries several times, in a seeded shuffled
 * order, to show what the cache does for searches that recur (never one URL replayed).
 */
import { Agent } from 'undici';
import type { Meilisearch } from 'meilisearch';
import { parseSearchRequest } from '../src/web/search/search-request.js';
import { planSearch } from '../src/web/search/search-query.js';
import { ensureSearchKey } from '../src/archive/search-key.js';
import { createSearchService } from '../src/web/search-service.js';
import { runSearch } from '../src/web/search/search-runner.js';
import { CacheUse, fetchTimed, runConcurrent, runLoad } from './lib/http-load.js';
import { seeded } from './lib/seeded.js';
import { percentiles, ratio, type Percentiles } from './lib/stats.js';
import { timed } from './lib/timing.js';

export interface BenchQuery {
  params: Record<string, string | string[]>;
  faceted: boolean;
}

export interface SearchFigures {
  queries: number;
  /**
   * Pages of the latency runs (/suche and /api/suche) with any search answered from the web server's
   * cache: 0 when every query was new to it, as the sets are built to be.
   */
  latencyFromCache: number;
  /**
   * Successful answers of all runs without a Server-Timing header (should be 0): for them the
   * "from the cache" counts cannot tell, so they would be too low.
   */
  untimed: number;
  withoutFacets: { direct: Percentiles; suche: Percentiles; api: Percentiles; ratioP50: number };
  withFacets: { direct: Percentiles; suche: Percentiles; extraQueriesPerPage: number };
  /**
   * Result pages per second through /suche, next to the same search plans sent straight to Meilisearch
   * with the same concurrency (the ceiling any web server in front of it can reach on this machine).
   */
  throughput: Array<{
    connections: number;
    pagesPerSecond: number;
    p50: number;
    p95: number;
    p99: number;
    errors: number;
    directPlansPerSecond: number;
    ratio: number;
    /** Pages with any search answered from the cache (should be 0: every query is new). */
    fromCache: number;
  }>;
  /**
   * `distinct` queries, each asked `rounds` times in a shuffled order: the first asking of each is
   * new to the server, the others may be answered from its cache.
   */
  repeated: Array<{
    connections: number;
    distinct: number;
    rounds: number;
    pagesPerSecond: number;
    p50: number;
    p95: number;
    p99: number;
    errors: number;
    /** Pages with any search answered from the cache. */
    fromCache: number;
  }>;
  /**
   * The last repeated set once more, every answer already in the cache: what the web server alone
   * serves (Meilisearch only asked for the index version).
   */
  cachedOnly: {
    connections: number;
    distinct: number;
    pagesPerSecond: number;
    p50: number;
    errors: number;
    fromCache: number;
  };
  /** The largest of the first result pages (`pages` of them), HTML + CSS, uncompressed. */
  pageWeight: { url: string; pages: number; htmlBytes: number; cssBytes: number; totalBytes: number };
}

const STOP = new Set([
  'werden',
  'wurde',
  'sowie',
  'diese',
  'dieser',
  'einer',
  'einem',
  'eines',
  'nicht',
  'durch',
  'unter',
  'neuen',
]);

export async function buildQueries(
  admin: Meilisearch,
  index: string,
  count: number,
  seed = 20261127,
): Promise<BenchQuery[]> {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const { hits, facetDistribution } = await admin.index(index).search('', {
    limit: 2000,
    attributesToRetrieve: ['title'],
    facets: ['ministryShort', 'topics', 'year'],
  });
  const words = [
    ...new Set(
      hits
        .flatMap((h) => String(h.title).split(/[^A-Za-zÄÖÜäöüß]+/))
        .filter((w) => w.length >= 5 && !STOP.has(w.toLowerCase())),
    ),
  ];
  const ministries = Object.keys(facetDistribution?.ministryShort ?? {});
  const topics = Object.keys(facetDistribution?.topics ?? {});
  const years = Object.keys(facetDistribution?.year ?? {});
  const queries: BenchQuery[] = [];
  const seen = new Set<string>();
  while (queries.length < count) {
    const params: Record<string, string | string[]> = {};
    const terms = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(words));
    params.q = terms.join(' ');
    let faceted = false;
    const roll = random();
    if (roll < 0.2 && ministries.length) params.ministerium = pick(ministries);
    else if (roll < 0.35 && topics.length) params.thema = pick(topics);
    else if (roll < 0.45 && years.length) params.jahr = pick(years);
    faceted = 'ministerium' in params || 'thema' in params || 'jahr' in params;
    if (random() < 0.1) {
      const from = 2012 + Math.floor(random() * 10);
      params.von = String(from);
      params.bis = String(from + 1 + Math.floor(random() * 3));
    }
    const sortRoll = random();
    if (sortRoll < 0.25) params.sortierung = 'neueste';
    else if (sortRoll < 0.3) params.sortierung = 'aelteste';
    const page = 1 + Math.floor(random() * random() * 3);
    if (page > 1) params.seite = String(page);
    const key = JSON.stringify(params);
    if (seen.has(key)) continue;
    seen.add(key);
    queries.push({ params, faceted });
  }
  return queries;
}

function queryString(params: Record<string, string | string[]>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const value of [v].flat()) search.append(k, value);
  return search.toString();
}

/**
 * The first `count` queries whose search text has not come before. The site asks Meilisearch for
 * parts of a page that depend on the text alone (facet counts without the selected value, the
 * count behind "no hits"), so two queries sharing a text could share cached answers.
 */
function distinctTexts(queries: BenchQuery[], count: number): BenchQuery[] {
  const seen = new Set<string>();
  const out = queries.filter((q) => {
    const text = String(q.params.q).toLowerCase();
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
  if (out.length < count) throw new Error(`only ${out.length} distinct query texts, ${count} needed`);
  return out.slice(0, count);
}

/** Seeded Fisher–Yates shuffle. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seeded(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const planOf = (q: BenchQuery) =>
  planSearch(parseSearchRequest(q.params, { currentYear: new Date().getFullYear() }).request);
const urlMaker =
  (baseUrl: string) =>
  (q: BenchQuery, path = '/suche'): string =>
    `${baseUrl}${path}?${queryString(q.params)}`;

/**
 * Each query sent in turn to Meilisearch directly (the site's plan) and as /suche, then `apiQueries`
 * to /api/suche, after a warm-up with `warmUp` (so that neither side pays first-request costs).
 */
async function sequentialLatencies(
  service: ReturnType<typeof createSearchService>,
  urlOf: ReturnType<typeof urlMaker>,
  warmUp: BenchQuery[],
  queries: BenchQuery[],
  apiQueries: BenchQuery[] = [],
) {
  const agent = new Agent({ connections: 1, keepAliveTimeout: 30_000 });
  const direct: Record<'plain' | 'faceted', number[]> = { plain: [], faceted: [] };
  const suche: Record<'plain' | 'faceted', number[]> = { plain: [], faceted: [] };
  const api: number[] = [];
  let extraQueries = 0;
  const cacheUse = new CacheUse();
  const page = async (url: string) => {
    const answer = await fetchTimed(agent, url);
    cacheUse.count(answer);
    return answer.ms;
  };
  for (const q of warmUp) await fetchTimed(agent, urlOf(q));
  for (const q of queries) {
    const kind = q.faceted ? 'faceted' : 'plain';
    const plan = planOf(q);
    extraQueries += plan.counts.length;
    direct[kind].push((await timed(() => runSearch(service, plan))).ms);
    suche[kind].push(await page(urlOf(q)));
  }
  for (const q of apiQueries) api.push(await page(urlOf(q, '/api/suche')));
  await agent.close();
  return { direct, suche, api, extraQueries, cacheUse };
}

/** The running archive and its Meilisearch, and how many queries each set has. */
interface SearchBenchOptions {
  baseUrl: string;
  meiliUrl: string;
  admin: Meilisearch;
  index: string;
  queryCount: number;
  log(line: string): void;
}

/** The search figures of a growth run (bench/growth-bench.ts). */
export interface GrowthSearchFigures {
  queries: number;
  /** Sequential latencies of queries new to the server, without and with a selected facet. */
  newQueries: { suche: Percentiles; direct: Percentiles };
  withFacet: { suche: Percentiles; direct: Percentiles };
  /** Pages of these runs with any search answered from the web server's cache (0 expected). */
  fromCache: number;
  /** New queries under load, through /suche. */
  throughput: { connections: number; pagesPerSecond: number; p50: number; p95: number; p99: number; errors: number };
}

/**
 * The lighter search measurement of a growth run: `queryCount` new queries sent one after another
 * (direct and /suche), then `queryCount` others with `connections` at once.
 */
export async function benchGrowthSearch(
  options: SearchBenchOptions & { connections: number },
): Promise<GrowthSearchFigures> {
  const { admin, index, log, queryCount: n } = options;
  const all = distinctTexts(await buildQueries(admin, index, 3 * (2 * n + 20)), 2 * n + 20);
  const service = createSearchService({ host: options.meiliUrl, apiKey: await ensureSearchKey(admin, index), index });
  const urlOf = urlMaker(options.baseUrl);
  log(`Sending ${n} new queries one after another (direct, /suche) …`);
  const { direct, suche, cacheUse } = await sequentialLatencies(service, urlOf, all.slice(2 * n), all.slice(0, n));
  log(`Throughput with ${options.connections} connections, ${n} new queries …`);
  const run = await runLoad(
    all.slice(n, 2 * n).map((q) => urlOf(q)),
    options.connections,
  );
  const stats = percentiles(run.latencies);
  return {
    queries: n,
    newQueries: { suche: percentiles(suche.plain), direct: percentiles(direct.plain) },
    withFacet: { suche: percentiles(suche.faceted), direct: percentiles(direct.faceted) },
    fromCache: cacheUse.fromCache + run.fromCache,
    throughput: {
      connections: options.connections,
      pagesPerSecond: Math.round((run.latencies.length / run.seconds) * 10) / 10,
      p50: stats.p50,
      p95: stats.p95,
      p99: stats.p99,
      errors: run.errors,
    },
  };
}

const CONNECTIONS = [10, 25, 50] as const;
const ROUNDS = 5;
const CACHED_CONNECTIONS = 25;

export async function benchSearch(options: SearchBenchOptions & { masterKey: string }): Promise<SearchFigures> {
  const { admin, index, log, queryCount: n } = options;
  // Disjoint sets: latency (/suche and direct), /api/suche, then one per throughput run.
  const sets = 2 + CONNECTIONS.length * 2;
  const all = distinctTexts(await buildQueries(admin, index, 3 * (n * sets + 20)), n * sets + 20);
  const set = (i: number) => all.slice(i * n, (i + 1) * n);
  const queries = set(0);
  const apiQueries = set(1).filter((q) => !q.faceted);
  const service = createSearchService({ host: options.meiliUrl, apiKey: await ensureSearchKey(admin, index), index });
  const urlOf = urlMaker(options.baseUrl);
  log(`Sending ${queries.length} queries sequentially (direct, /suche), ${apiQueries.length} to /api/suche …`);
  const {
    direct,
    suche,
    extraQueries,
    api,
    cacheUse: latencyCacheUse,
  } = await sequentialLatencies(service, urlOf, all.slice(n * sets), queries, apiQueries);
  const faceted = queries.filter((q) => q.faceted).length;

  let untimedInRuns = 0;
  const throughput: SearchFigures['throughput'] = [];
  const repeated: SearchFigures['repeated'] = [];
  const perSecond = (run: { latencies: number[]; seconds: number }) =>
    Math.round((run.latencies.length / run.seconds) * 10) / 10;
  for (const [i, connections] of CONNECTIONS.entries()) {
    const fresh = set(2 + i);
    log(`Throughput with ${connections} connections, ${fresh.length} new queries …`);
    const run = await runLoad(
      fresh.map((q) => urlOf(q)),
      connections,
    );
    untimedInRuns += run.untimed;
    const directRun = await runConcurrent(fresh.map(planOf), connections, async (plan) => {
      const outcome = await runSearch(service, plan);
      return { bytes: outcome.hits.length, failed: false };
    });
    const stats = percentiles(run.latencies);
    throughput.push({
      connections,
      pagesPerSecond: perSecond(run),
      p50: stats.p50,
      p95: stats.p95,
      p99: stats.p99,
      errors: run.errors + directRun.errors,
      directPlansPerSecond: perSecond(directRun),
      ratio: ratio(perSecond(run), perSecond(directRun)),
      fromCache: run.fromCache,
    });
    const recurring = set(2 + CONNECTIONS.length + i);
    log(`Throughput with ${connections} connections, ${recurring.length} queries asked ${ROUNDS} times each …`);
    const urls = shuffled(Array.from({ length: ROUNDS }, () => recurring.map((q) => urlOf(q))).flat(), connections);
    const again = await runLoad(urls, connections);
    untimedInRuns += again.untimed;
    const againStats = percentiles(again.latencies);
    repeated.push({
      connections,
      distinct: recurring.length,
      rounds: ROUNDS,
      pagesPerSecond: perSecond(again),
      p50: againStats.p50,
      p95: againStats.p95,
      p99: againStats.p99,
      errors: again.errors,
      fromCache: again.fromCache,
    });
  }

  const lastRepeated = set(1 + CONNECTIONS.length * 2);
  log(`Throughput with ${CACHED_CONNECTIONS} connections, ${lastRepeated.length} queries all answered before …`);
  const cachedUrls = shuffled(
    lastRepeated.map((q) => urlOf(q)),
    1,
  );
  const cachedRun = await runLoad(cachedUrls, CACHED_CONNECTIONS);
  untimedInRuns += cachedRun.untimed;
  const cachedOnly = {
    connections: CACHED_CONNECTIONS,
    distinct: lastRepeated.length,
    pagesPerSecond: perSecond(cachedRun),
    p50: percentiles(cachedRun.latencies).p50,
    errors: cachedRun.errors,
    fromCache: cachedRun.fromCache,
  };

  const weighed = queries.slice(0, 50).map((q) => urlOf(q));
  let weightUrl = weighed[0]!;
  let html = '';
  for (const url of weighed) {
    const text = await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).text();
    if (Buffer.byteLength(text) > Buffer.byteLength(html)) [weightUrl, html] = [url, text];
  }
  const cssHref = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1] ?? '/static/site.css';
  const css = await (
    await fetch(new URL(cssHref, options.baseUrl), { headers: { 'accept-encoding': 'identity' } })
  ).arrayBuffer();
  const htmlBytes = Buffer.byteLength(html);
  const plainDirect = percentiles(direct.plain);
  const plainSuche = percentiles(suche.plain);
  return {
    queries: queries.length,
    latencyFromCache: latencyCacheUse.fromCache,
    untimed: latencyCacheUse.untimed + untimedInRuns,
    withoutFacets: {
      direct: plainDirect,
      suche: plainSuche,
      api: percentiles(api),
      ratioP50: ratio(plainSuche.p50, plainDirect.p50),
    },
    withFacets: {
      direct: percentiles(direct.faceted),
      suche: percentiles(suche.faceted),
      extraQueriesPerPage: faceted > 0 ? Math.round((extraQueries / faceted) * 100) / 100 : 0,
    },
    throughput,
    repeated,
    cachedOnly,
    pageWeight: {
      url: weightUrl,
      pages: weighed.length,
      htmlBytes,
      cssBytes: css.byteLength,
      totalBytes: htmlBytes + css.byteLength,
    },
  };
}
