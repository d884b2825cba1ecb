/**
 * `npm run bench:senders -- --corpus FILE.jsonl.gz [--every N] [--limit N] [--show N] [--seed N]`:
 * how well the archive recognises the senders of real Berlin releases from the releases themselves.
 * Each release (every Nth of the corpus, default every 10th) is rendered as a bare HTML page (title,
 * date line, body paragraphs; no sender in the page's chrome, no contact box) and run through the
 * ingest's own extraction and classification. Prints the share filed under the fallback
 * („Sonstige“), the most frequent senders, how many police reports (body opening with a report
 * number „Nr. 1234“) went to Polizei Berlin and what the police-report classifier said, and with
 * `--show N` a seeded sample of releases per group for checking by hand.
 */
import { parseArgs } from 'node:util';
import { extractRelease } from '../ingest/extract/extract-release.js';
import { loadDefaultVocabularies } from '../ingest/classify/vocabularies.js';
import { isPoliceReport } from '../ingest/classify/police-report.js';
import { paragraphs } from './corpus.js';
import { readBerlinCorpus, type CorpusRelease } from './lib/berlin-corpus.js';
import { seeded } from './lib/seeded.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    every: { type: 'string', default: '10' },
    limit: { type: 'string', default: '100000' },
    show: { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
  },
});
if (!values.corpus) {
  console.error('usage: npm run bench:senders -- --corpus FILE.jsonl.gz [--every N] [--limit N] [--show N]');
  process.exit(2);
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(item: CorpusRelease): string {
  const [y, m, d] = item.date.split('-');
  const body = paragraphs(item.body)
    .map((p) => `<p>${escape(p)}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${escape(item.title)}</title></head>
<body><main><h1>${escape(item.title)}</h1><p>${d}.${m}.${y}</p>
${body}</main></body></html>`;
}

/** A police report as the corpus marks it: the body opens with its number („Nr. 2021 …“). */
const numbered = (item: CorpusRelease): boolean => /^\s*Nr\.\s*\d{3,4}\b/.test(item.body);

interface Row {
  item: CorpusRelease;
  short: string;
  name: string;
  police: boolean;
}

const all = await readBerlinCorpus(values.corpus);
const every = Number(values.every);
const sample = all.filter((_, i) => i % every === every - 1).slice(0, Number(values.limit));
const vocab = loadDefaultVocabularies();
const rows: Row[] = [];
let failed = 0;
for (const item of sample) {
  try {
    const { release } = await extractRelease(Buffer.from(page(item)), `${item.file}.html`, { vocabularies: vocab });
    rows.push({
      item,
      short: release.ministryShort,
      name: release.ministry,
      police: isPoliceReport({ title: release.title, body: release.body }),
    });
  } catch {
    failed += 1;
  }
}

const pct = (n: number, of: number): string => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`;
const fallback = vocab.ministries.fallback.short;
const other = rows.filter((r) => r.short === fallback);
const numberedRows = rows.filter((r) => numbered(r.item));
const policeSender = rows.filter((r) => r.short === 'Polizei Berlin');
const classified = rows.filter((r) => r.police);

console.log(`Berlin corpus, every ${every}th release: ${rows.length} classified, ${failed} not extracted`);
console.log(`filed under „${vocab.ministries.fallback.name}“: ${other.length} (${pct(other.length, rows.length)})`);
console.log(`distinct senders: ${new Set(rows.map((r) => r.short)).size}`);
console.log(
  `numbered police reports („Nr. NNNN“): ${numberedRows.length}; to Polizei Berlin: ` +
    `${numberedRows.filter((r) => r.short === 'Polizei Berlin').length}; police-report classifier: ` +
    `${numberedRows.filter((r) => r.police).length}`,
);
console.log(
  `police-report classifier: ${classified.length} releases, ${classified.filter((r) => !numbered(r.item)).length} ` +
    `of them without a number; Polizei Berlin in all: ${policeSender.length}`,
);
const counts = new Map<string, number>();
for (const r of rows) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
console.log('\nmost frequent senders:');
for (const [name, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${String(n).padStart(6)}  ${name}`);

const show = Number(values.show);
if (show > 0) {
  const random = seeded(Number(values.seed));
  const pick = (list: Row[]): Row[] =>
    list
      .map((r) => ({ r, k: random() }))
      .sort((a, b) => a.k - b.k)
      .slice(0, show)
      .map((x) => x.r);
  const line = (r: Row): string =>
    `  [${r.short}] ${r.item.date} ${r.item.title.slice(0, 70)} | ${r.item.body.slice(0, 160)}`;
  console.log('\npolice reports by the classifier (sample):');
  for (const r of pick(classified)) console.log(line(r));
  console.log('\nPolizei Berlin without the classifier (sample):');
  for (const r of pick(policeSender.filter((r) => !r.police))) console.log(line(r));
  console.log(`\n„${vocab.ministries.fallback.name}“ (sample):`);
  for (const r of pick(other)) console.log(line(r));
}
