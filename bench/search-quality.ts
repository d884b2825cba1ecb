/**
 * `npm run bench:quality`: how well and at what cost the site's search plan finds releases, next to
 * today's plan (the federated search of a German and a plain reading, issue 21's starting point) and
 * one plain Meilisearch search with the same facets, highlight and crop (the cost reference),
 * measured in one run (docs/search-design.md, bench/README.md).
 *
 *   npm run bench:quality -- --corpus FILE.jsonl.gz [--size N] [--every K]   # own Meilisearch
 *   npm run bench:quality -- --host URL --key KEY [--index NAME] [--meili-pid PID]   # existing index
 *   … --load C   # then /suche of the site's plan and of today's under load (lib/suche-load.ts)
 *
 * With `--corpus` it starts a Meilisearch of its own (the bundled binary, a temporary folder), sends
 * every K-th Berlin release (up to N) with the project's index settings and measures Meilisearch's
 * CPU time per query (Linux /proc); on an existing index it does so when `--meili-pid` is given, else
 * it reports the median latency. The query sets are in `lib/quality-sets.ts`.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Meilisearch } from 'meilisearch';
import { createMeiliClient } from '../src/archive/meili-client.js';
import { indexCorpus } from './lib/berlin-index.js';
import { parseSearchRequest } from '../src/web/search/search-request.js';
import { meiliQueryText, planSearch, type QueryPart, type SearchPlan } from '../src/web/search/search-query.js';
import { createSearchService, type SearchService } from '../src/web/search-service.js';
import { runSearch } from '../src/web/search/search-runner.js';
import { readQuery } from '../src/web/search/query-reading.js';
import { freeWords } from '../src/web/search/word-reading.js';
import { startTestMeili, type TestMeili } from '../test/helpers/test-meili.js';
import { docWords, qualitySets, scoreSet, type Found, type QualityDoc } from './lib/quality-sets.js';
import { seeded } from './lib/seeded.js';
import { percentiles } from './lib/stats.js';
import { loadReport, measureLoad } from './lib/suche-load.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    size: { type: 'string', default: '4000' },
    every: { type: 'string', default: '15' },
    'per-set': { type: 'string', default: '150' },
    host: { type: 'string', default: process.env.MEILI_HOST ?? 'http://127.0.0.1:7700' },
    key: { type: 'string', default: process.env.MEILI_MASTER_KEY },
    index: { type: 'string', default: 'pressemitteilungen' },
    'meili-pid': { type: 'string' },
    /** Visitors at once for the /suche load comparison (lib/suche-load.ts); without it, none is made. */
    load: { type: 'string' },
  },
});

type Plan = (q: string, sort: 'relevanz' | 'neueste') => Promise<Found>;

async function readDocs(admin: Meilisearch, index: string): Promise<QualityDoc[]> {
  const docs: QualityDoc[] = [];
  for (let offset = 0; ; offset += 5000) {
    const { results } = await admin
      .index(index)
      .getDocuments<QualityDoc>({ offset, limit: 5000, fields: ['id', 'title', 'body', 'dateNum', 'year'] });
    docs.push(...results);
    // Meilisearch returns documents in its internal order; sorting makes the seeded sets reproducible.
    if (results.length < 5000) return docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

const planOf = (q: string, sort: 'relevanz' | 'neueste'): SearchPlan =>
  planSearch(
    parseSearchRequest({ q, ...(sort === 'neueste' ? { sortierung: sort } : {}) }, { currentYear: 2026 }).request,
  );

/** The hits part of the site's plan with the query as typed (the references see no rewriting). */
function typedPart(q: string, sort: 'relevanz' | 'neueste'): QueryPart {
  const { hits } = planOf(q, sort);
  const { q: _rewritten, ...rest } = hits as QueryPart & Record<string, unknown>;
  delete rest.matchingStrategy;
  delete rest.locales;
  return { ...rest, q: meiliQueryText(q) } as QueryPart;
}

function plans(service: SearchService): Record<string, Plan> {
  return {
    // Issue 21's starting point, kept here as it was: every text query (sorted ones too) as a
    // federated search of the German reading (weight 0.9, every word required) and the plain one.
    'today: federated, both readings': async (q, sort) => {
      const { facets, ...part } = typedPart(q, sort);
      const result = await service.federatedSearch(
        [
          { ...part, locales: ['deu'], matchingStrategy: 'all', federationOptions: { weight: 0.9 } },
          { ...part, locales: ['eng'] },
        ],
        { offset: 0, limit: 20, facets },
      );
      return { ids: result.hits.map((h) => h.id), total: result.total };
    },
    "site's plan": async (q, sort) => {
      const outcome = await runSearch(service, planOf(q, sort));
      return { ids: outcome.hits.map((h) => h.id), total: outcome.total };
    },
    'one plain search (reference)': async (q, sort) => {
      const [result] = await service.multiSearch([{ ...typedPart(q, sort), locales: ['eng'], offset: 0, limit: 20 }]);
      return { ids: (result?.hits ?? []).map((h) => h.id), total: result?.estimatedTotalHits ?? 0 };
    },
  };
}

async function cpuMs(pid: string | undefined): Promise<number | undefined> {
  if (!pid) return undefined;
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms: user + system
}

const perSet = Number(values['per-set']);
let meili: TestMeili | undefined;
let admin: Meilisearch;
let service: SearchService;
let pid = values['meili-pid'];
let description: string;
let searchKey = values.key ?? '';
let meiliUrl = values.host!;
try {
  if (values.corpus) {
    meili = await startTestMeili();
    searchKey = await indexCorpus(meili, {
      file: values.corpus,
      size: Number(values.size),
      every: Number(values.every),
      index: values.index ?? 'pressemitteilungen',
    });
    admin = meili.admin;
    meiliUrl = meili.url;
    service = createSearchService({ host: meili.url, apiKey: searchKey, index: values.index!, timeoutMs: 30_000 });
    pid = String(meili.process.pid);
    description = `every ${values.every}th release of ${values.corpus}`;
  } else {
    admin = createMeiliClient({
      host: values.host!,
      ...(values.key ? { apiKey: values.key } : {}),
      timeoutMs: 120_000,
    });
    service = createSearchService({
      host: values.host!,
      apiKey: values.key ?? '',
      index: values.index!,
      timeoutMs: 30_000,
    });
    description = `index "${values.index}" at ${values.host}`;
  }
  const docs = await readDocs(admin, values.index!);
  const docsById = new Map(docs.map((d) => [d.id, docWords(d)]));
  const sets = qualitySets(docs, seeded(20261202), { stride: Math.max(1, Math.floor(docs.length / 600)), perSet });
  process.stdout.write(`${docs.length} releases (${description}); Meilisearch 1 process, measured in one run\n\n`);
  const columns = Object.keys(plans(service));
  const table: string[][] = sets.map((set) => [`${set.name} (${set.cases.length})`]);
  const cost: string[] = [];
  const p50: number[] = [];
  for (const [name, run] of Object.entries(plans(service))) {
    const latencies: number[] = [];
    const before = await cpuMs(pid);
    for (const [s, set] of sets.entries()) {
      const results: Found[] = [];
      for (const c of set.cases) {
        const started = performance.now();
        results.push(await run(c.q, set.sort ?? 'relevanz'));
        latencies.push(performance.now() - started);
      }
      table[s]!.push(scoreSet(set, docsById, results));
    }
    const after = await cpuMs(pid);
    p50.push(percentiles(latencies).p50);
    cost.push(
      `${before === undefined || after === undefined ? '–' : ((after - before) / latencies.length).toFixed(1)} ms CPU, p50 ${percentiles(latencies).p50.toFixed(1)} ms`,
    );
    process.stderr.write(`${name}: done\n`);
  }
  process.stdout.write(`| set | ${columns.join(' | ')} |\n|---|${columns.map(() => '---').join('|')}|\n`);
  for (const row of table) process.stdout.write(`| ${row.join(' | ')} |\n`);
  process.stdout.write(`| Meilisearch CPU per query, p50 at the client | ${cost.join(' | ')} |\n`);
  process.stdout.write(
    `| p50 / one plain search | ${p50.map((v) => (v / p50[p50.length - 1]!).toFixed(2)).join(' | ')} |\n`,
  );
  if (values.load) {
    // The query mix: the relevance-ordered sets above, shuffled, each text once — so misspelt words
    // come as often as in the sets (the share is printed).
    const relevance = sets.filter((set) => set.sort === undefined);
    const random = seeded(20261203);
    const cases = relevance
      .flatMap((set) => set.cases.map((c) => ({ q: c.q, misspelt: /letter |misspelt/.test(set.name) })))
      .map((c) => ({ ...c, key: random() }))
      .sort((a, b) => a.key - b.key)
      // Each query new to the server: no two with the same words as the site reads them (its
      // lookups of the word list are cached by their words).
      .map((c) => ({
        ...c,
        words: freeWords(readQuery(meiliQueryText(c.q)).text)
          .sort()
          .join(' '),
      }))
      .filter((c, i, all) => all.findIndex((other) => other.words === c.words) === i);
    const misspelt = cases.filter((c) => c.misspelt).length;
    const connections = Number(values.load);
    process.stdout.write(
      `\n/suche under load: ${cases.length} distinct queries of the relevance-ordered sets above, ` +
        `${Math.round((100 * misspelt) / Math.max(1, cases.length))} % with a misspelt word, no facet selected\n\n`,
    );
    const plain = plans(service)['one plain search (reference)']!;
    const figures = await measureLoad({
      meiliUrl,
      searchKey,
      index: values.index!,
      meiliPid: pid,
      queries: cases.map((c) => c.q),
      connections,
      plainSearch: (q) => plain(q, 'relevanz'),
      cpuMs,
    });
    process.stdout.write(`${loadReport(figures, connections)}\n`);
  }
} finally {
  await meili?.stop();
}
