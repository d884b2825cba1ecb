/**
 * `npm run bench:fold` (issue 21, spelling variants): ß/ss and ä/ae, ö/oe, ü/ue handled by the site's
 * plan (the word list finds the spelling the archive uses) against folding at ingest and in the query
 * (a folded copy of the text fields, the query folded the same way), with what the copy costs:
 * Meilisearch's data on disk, its memory after indexing and after the queries (RSS and peak), and its
 * indexing time. Two Meilisearch processes of the benchmark's own, one after the other, on the same
 * sample of Berlin releases (docs/search-design.md, bench/README.md).
 *
 *   npm run bench:fold -- --corpus FILE.jsonl.gz [--size 2200] [--every 30] [--per-set 80]
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Release } from '../src/archive/release.js';
import { loadIndexConfig } from '../src/archive/index-settings.js';
import { toSearchDocument } from '../src/archive/search-document.js';
import { indexedParagraphs } from '../src/archive/search-positions.js';
import { createSearchService, type SearchService } from '../src/web/search-service.js';
import { meiliQueryText, planSearch } from '../src/web/search/search-query.js';
import { parseSearchRequest } from '../src/web/search/search-request.js';
import { runSearch } from '../src/web/search/search-runner.js';
import { startTestMeili, type TestMeili } from '../test/helpers/test-meili.js';
import { indexCorpus } from './lib/berlin-index.js';
import { digraphs, docWords, qualitySets, scoreSet, type Found, type QualityDoc } from './lib/quality-sets.js';
import { seeded } from './lib/seeded.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    size: { type: 'string', default: '2200' },
    every: { type: 'string', default: '30' },
    'per-set': { type: 'string', default: '80' },
  },
});
if (!values.corpus) throw new Error('--corpus FILE.jsonl.gz is required');

const INDEX = 'pressemitteilungen';
const FOLDED = ['title', 'subtitle', 'summary', 'body'] as const;

/** The folded copy of a release's text fields: only fields that folding changes (the others match as they are). */
function foldedDocument(release: Release) {
  const doc: ReturnType<typeof toSearchDocument> & Record<string, unknown> = { ...toSearchDocument(release) };
  const texts: Record<(typeof FOLDED)[number], string | string[] | undefined> = {
    title: release.title,
    subtitle: release.subtitle,
    summary: release.summary,
    body: indexedParagraphs(release.body),
  };
  for (const field of FOLDED) {
    const text = texts[field];
    if (text === undefined) continue;
    const folded = Array.isArray(text) ? text.map(digraphs) : digraphs(text);
    if (JSON.stringify(folded) !== JSON.stringify(text)) doc[`fold_${field}`] = folded;
  }
  return doc;
}

/** The project's searchable attributes with each folded copy right after its field. */
function foldedAttributes(): string[] {
  const attributes = loadIndexConfig().settings.searchableAttributes ?? [];
  return attributes.flatMap((a) => ((FOLDED as readonly string[]).includes(a) ? [a, `fold_${a}`] : [a]));
}

async function bytesUnder(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await bytesUnder(full);
    else if (entry.isFile()) total += (await stat(full)).size;
  }
  return total;
}

async function memory(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

async function cpuSeconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

type Plan = (service: SearchService, q: string) => Promise<Found>;

const plans: Record<string, { folded: boolean; run: Plan }> = {
  "site's plan (the word list finds the spelling)": {
    folded: false,
    run: async (service, q) => {
      const outcome = await runSearch(service, planSearch(parseSearchRequest({ q }, { currentYear: 2026 }).request));
      return { ids: outcome.hits.map((h) => h.id), total: outcome.total };
    },
  },
  'one plain search, as typed': {
    folded: false,
    run: async (service, q) => plain(service, meiliQueryText(q)),
  },
  'one plain search, folded copy and query': {
    folded: true,
    run: async (service, q) => plain(service, digraphs(meiliQueryText(q))),
  },
};

async function plain(service: SearchService, q: string): Promise<Found> {
  const [result] = await service.multiSearch([{ q, locales: ['eng'], limit: 20, attributesToRetrieve: ['id'] }]);
  return { ids: (result?.hits ?? []).map((h) => h.id), total: result?.estimatedTotalHits ?? 0 };
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const rows: string[] = [];
for (const folded of [false, true]) {
  const meili: TestMeili = await startTestMeili();
  try {
    const pid = meili.process.pid!;
    const cpuBefore = await cpuSeconds(pid);
    const started = performance.now();
    const key = await indexCorpus(meili, {
      file: values.corpus,
      size: Number(values.size),
      every: Number(values.every),
      index: INDEX,
      ...(folded ? { document: foldedDocument, searchableAttributes: foldedAttributes() } : {}),
    });
    const indexing = { wall: (performance.now() - started) / 1000, cpu: (await cpuSeconds(pid)) - cpuBefore };
    const afterIndexing = await memory(pid);
    const disk = await bytesUnder(meili.dataDir);
    const service = createSearchService({ host: meili.url, apiKey: key, index: INDEX, timeoutMs: 30_000 });
    const { results } = await meili.admin
      .index(INDEX)
      .getDocuments<QualityDoc>({ limit: 100_000, fields: ['id', 'title', 'body', 'dateNum', 'year'] });
    const docs = results.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const docsById = new Map(docs.map((d) => [d.id, docWords(d)]));
    const sets = qualitySets(docs, seeded(20261202), {
      stride: Math.max(1, Math.floor(docs.length / 600)),
      perSet: Number(values['per-set']),
    }).filter((set) => set.sort === undefined);
    for (const [name, plan] of Object.entries(plans)) {
      if (plan.folded !== folded) continue;
      const scores: string[] = [];
      for (const set of sets) {
        const found: Found[] = [];
        for (const c of set.cases) found.push(await plan.run(service, c.q));
        scores.push(`${set.name}: ${scoreSet(set, docsById, found)}`);
      }
      rows.push(`## ${name}\n${scores.map((s) => `- ${s}`).join('\n')}`);
    }
    const afterQueries = await memory(pid);
    rows.push(
      `${folded ? 'with the folded copy' : 'as the project indexes'}: data on disk ${mb(disk)}, ` +
        `RSS after indexing ${mb(afterIndexing.rss)}, after the queries ${mb(afterQueries.rss)}, peak ${mb(afterQueries.peak)}; ` +
        `indexing ${indexing.wall.toFixed(1)} s wall, ${indexing.cpu.toFixed(1)} s Meilisearch CPU\n`,
    );
    process.stderr.write(`${folded ? 'folded' : 'as is'}: done\n`);
  } finally {
    await meili.stop();
  }
}
process.stdout.write(`${rows.join('\n')}\n`);
