/**
 * `npm run bench:quality -- --host URL --key KEY [--index NAME] [--meili-pid PID]
 * [--reference-index NAME]`: how well and at what cost the site's search plan finds releases, next
 * to simpler plans, on an existing index (e.g. the Berlin corpus after `npm run ingest`). The plans
 * differ only in how the query is read (docs/search-design.md): the site's federated search of a
 * German and a plain reading, each reading alone, and "plain first, both readings when it finds
 * fewer than 5 releases".
 *
 * Known-item queries, seeded, from the index itself: exact titles, titles with two letters swapped in
 * the longest word, and compounds built from "X- und Y…" phrases ("Zell- und Gentherapie" →
 * "Zelltherapie") that occur nowhere as a word. Figures: mean reciprocal rank in the top 20 and how
 * many were found; for 200 short queries (1–3 title words) the share of the site's top 10 that a plan
 * also returns (compared with the site's search on `--reference-index` when given, to compare index
 * settings); Meilisearch's CPU time per query when its process id is given (Linux /proc), else the
 * median latency.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createMeiliClient } from '../src/archive/meili-client.js';
import { parseSearchRequest } from '../src/web/search/search-request.js';
import { planSearch, type SearchPlan } from '../src/web/search/search-query.js';
import { createSearchService, type SearchService } from '../src/web/search-service.js';
import { runSearch } from '../src/web/search/search-runner.js';
import { seeded } from './lib/seeded.js';
import { percentiles } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: process.env.MEILI_HOST ?? 'http://127.0.0.1:7700' },
    key: { type: 'string', default: process.env.MEILI_MASTER_KEY },
    index: { type: 'string', default: 'pressemitteilungen' },
    'meili-pid': { type: 'string' },
    'reference-index': { type: 'string' },
  },
});

interface Doc {
  id: string;
  title: string;
  body: string[];
}
interface Case {
  q: string;
  target: string;
}
interface Found {
  ids: string[];
  total: number;
}
type Strategy = (plan: SearchPlan) => Promise<Found>;

async function readDocs(host: string, key: string | undefined, index: string): Promise<Doc[]> {
  const admin = createMeiliClient({ host, ...(key ? { apiKey: key } : {}), timeoutMs: 120_000 });
  const docs: Doc[] = [];
  for (let offset = 0; ; offset += 5000) {
    const { results } = await admin
      .index(index)
      .getDocuments<Doc>({ offset, limit: 5000, fields: ['id', 'title', 'body'] });
    docs.push(...results);
    // Meilisearch returns documents in its internal order, which differs between two indexes of the
    // same documents; sorting makes the seeded cases the same on both.
    if (results.length < 5000) return docs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

/** Exact titles and titles with two neighbouring letters of the longest word swapped. */
function titleCases(docs: Doc[], random: () => number): { exact: Case[]; typo: Case[] } {
  const exact: Case[] = [];
  const typo: Case[] = [];
  for (const doc of docs.filter((_, i) => i % 97 === 0)) {
    if (exact.length >= 300) break;
    const title = doc.title.trim();
    if (title.length < 20) continue;
    exact.push({ q: title, target: doc.id });
    const words = title.split(/\s+/);
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (longest.length < 6) continue;
    const i = 1 + Math.floor(random() * (longest.length - 3));
    const swapped = longest.slice(0, i) + longest[i + 1] + longest[i] + longest.slice(i + 2);
    typo.push({ q: words.map((w) => (w === longest ? swapped : w)).join(' '), target: doc.id });
  }
  return { exact, typo };
}

/** "Zell- und Gentherapie" → "Zelltherapie", when "therapie" is a word and "zelltherapie" is not. */
function compoundCases(docs: Doc[], vocabulary: ReadonlySet<string>): Case[] {
  const cases: Case[] = [];
  const phrase = /\b([A-ZÄÖÜ][a-zäöüß]{2,})- und ([A-ZÄÖÜ][a-zäöüß]{5,})/g;
  for (const doc of docs.filter((_, i) => i % 7 === 0)) {
    if (cases.length >= 150) break;
    for (const match of doc.body.join(' ').matchAll(phrase)) {
      const second = match[2]!.toLowerCase();
      let head = '';
      for (let k = 2; k <= second.length - 4 && !head; k++) if (vocabulary.has(second.slice(k))) head = second.slice(k);
      const compound = match[1]! + head;
      if (!head || vocabulary.has(compound.toLowerCase())) continue;
      cases.push({ q: compound, target: doc.id });
      break;
    }
  }
  return cases;
}

function strategies(service: SearchService): Record<string, Strategy> {
  const single =
    (locale: 'deu' | 'eng'): Strategy =>
    async (plan) => {
      const { facets, ...hits } = plan.hits;
      const [result] = await service.multiSearch([
        {
          ...hits,
          locales: [locale],
          ...(locale === 'deu' ? { matchingStrategy: 'all' as const } : {}),
          offset: plan.offset,
          limit: plan.limit,
          facets,
        },
      ]);
      return { ids: (result?.hits ?? []).map((h) => h.id), total: result?.estimatedTotalHits ?? 0 };
    };
  const site: Strategy = async (plan) => {
    const outcome = await runSearch(service, plan);
    return { ids: outcome.hits.map((h) => h.id), total: outcome.total };
  };
  const plain = single('eng');
  return {
    'site: both readings, federated': site,
    'German reading only': single('deu'),
    'plain reading only': plain,
    'plain, both if < 5 hits': async (plan) => {
      const found = await plain(plan);
      return found.total >= 5 ? found : site(plan);
    },
  };
}

async function cpuMs(pid: string | undefined): Promise<number | undefined> {
  if (!pid) return undefined;
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms: user + system
}

const planOf = (q: string): SearchPlan =>
  planSearch(parseSearchRequest({ q }, { currentYear: new Date().getFullYear() }).request);

const { host, key, index } = values as { host: string; key?: string; index: string };
const docs = await readDocs(host, key, index);
const vocabulary = new Set(docs.flatMap((d) => `${d.title} ${d.body.join(' ')}`.toLowerCase().split(/[^a-zäöüß]+/)));
const random = seeded(20261127);
const { exact, typo } = titleCases(docs, random);
const compounds = compoundCases(docs, vocabulary);
const words = [
  ...new Set(docs.filter((_, i) => i % 97 === 0).flatMap((d) => d.title.split(/[^A-Za-zÄÖÜäöüß]+/))),
].filter((w) => w.length >= 5);
const short = Array.from({ length: 200 }, () =>
  Array.from({ length: 1 + Math.floor(random() * 3) }, () => words[Math.floor(random() * words.length)]).join(' '),
);
const service = createSearchService({ host, apiKey: key ?? '', index });
const plans = strategies(service);
// The overlap is measured against the site's plan on this index, or on another index of the same
// documents with other settings (`--reference-index`), to show what a settings change does.
const referenceIndex = values['reference-index'] ?? index;
const referencePlan = strategies(createSearchService({ host, apiKey: key ?? '', index: referenceIndex }))[
  'site: both readings, federated'
]!;
const reference = new Map<string, string[]>();
for (const q of short) reference.set(q, (await referencePlan(planOf(q))).ids.slice(0, 10));

process.stdout.write(
  `${docs.length} releases; ${exact.length} exact titles, ${typo.length} misspelt titles, ${compounds.length} compounds, ${short.length} short queries; overlap with the site's plan on "${referenceIndex}"\n`,
);
process.stdout.write(
  'plan | exact MRR (found) | misspelt MRR (found) | compounds MRR (found) | top-10 overlap | cost\n',
);
for (const [name, run] of Object.entries(plans)) {
  const cells = [name];
  const latencies: number[] = [];
  const before = await cpuMs(values['meili-pid']);
  const timed = async (q: string): Promise<Found> => {
    const started = performance.now();
    const found = await run(planOf(q));
    latencies.push(performance.now() - started);
    return found;
  };
  for (const cases of [exact, typo, compounds]) {
    let reciprocal = 0;
    let found = 0;
    for (const c of cases) {
      const rank = (await timed(c.q)).ids.indexOf(c.target);
      if (rank >= 0) [reciprocal, found] = [reciprocal + 1 / (rank + 1), found + 1];
    }
    cells.push(`${(reciprocal / Math.max(1, cases.length)).toFixed(3)} (${found}/${cases.length})`);
  }
  let overlap = 0;
  for (const q of short) {
    const ids = (await timed(q)).ids.slice(0, 10);
    const ref = reference.get(q)!;
    overlap += ref.length === 0 ? Number(ids.length === 0) : ids.filter((id) => ref.includes(id)).length / ref.length;
  }
  cells.push((overlap / short.length).toFixed(3));
  const after = await cpuMs(values['meili-pid']);
  cells.push(
    before === undefined || after === undefined
      ? `p50 ${percentiles(latencies).p50.toFixed(1)} ms`
      : `${((after - before) / latencies.length).toFixed(1)} ms Meilisearch CPU per query`,
  );
  process.stdout.write(`${cells.join(' | ')}\n`);
}
