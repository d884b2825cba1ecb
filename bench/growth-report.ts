/**
 * `npm run bench -- --growth-report [--results FILE]`: every figure of the growth runs against the
 * number of releases, the growth curve that fits it best with its R², what that curve predicts for
 * 1,000,000 and 3,000,000 releases, and the growth targets of issue 19 from 30,000 to the largest size.
 */
import { bestFit, type Point } from './lib/growth-fit.js';
import type { GrowthEntry, GrowthFile } from './lib/growth-results.js';

export const PREDICT_AT = [1_000_000, 3_000_000] as const;
/** The targets are checked from the smallest size of at least this many releases. */
export const TARGETS_FROM = 30_000;
/** "Flat" web server memory: the peak at the largest size at most this much above the one at 30,000. */
export const FLAT_MEMORY = 1.2;

interface Figure {
  name: string;
  unit: string;
  of(entry: GrowthEntry): number;
}

export const FIGURES: Figure[] = [
  { name: 'bulk ingest', unit: 'files/s', of: (e) => e.ingest.filesPerSecond },
  { name: 'Meilisearch alone, same records', unit: 'records/s', of: (e) => e.direct.recordsPerSecond },
  {
    name: 'bulk ingest ÷ Meilisearch alone',
    unit: 'ratio',
    of: (e) => e.ingest.filesPerSecond / e.direct.recordsPerSecond,
  },
  { name: 'index on disk (data.ms)', unit: 'MB', of: (e) => e.ingest.indexMB },
  { name: 'peak memory, ingest', unit: 'MB', of: (e) => e.ingest.peakMB.ingest },
  {
    name: 'peak memory, Meilisearch (ingest, direct, search)',
    unit: 'MB',
    of: (e) => Math.max(e.ingest.peakMB.meilisearch, e.direct.peakMB, e.search.peakMB.meilisearch),
  },
  { name: 'peak memory, web server (search)', unit: 'MB', of: (e) => e.search.peakMB.webServer },
  { name: '/suche new queries p50', unit: 'ms', of: (e) => e.search.newQueries.p50 },
  { name: '/suche new queries p95', unit: 'ms', of: (e) => e.search.newQueries.p95 },
  { name: '/suche new queries p99', unit: 'ms', of: (e) => e.search.newQueries.p99 },
  { name: '/suche with a facet p50', unit: 'ms', of: (e) => e.search.withFacet.p50 },
  { name: '/suche with a facet p95', unit: 'ms', of: (e) => e.search.withFacet.p95 },
  { name: '/suche with a facet p99', unit: 'ms', of: (e) => e.search.withFacet.p99 },
  { name: 'new queries under load', unit: 'pages/s', of: (e) => e.search.throughput.pagesPerSecond },
  { name: '--rebuild', unit: 's', of: (e) => e.rebuild.seconds },
  { name: '--rebuild peak memory (ingest + Meilisearch)', unit: 'MB', of: (e) => e.rebuild.peakMB.total },
];

export interface TargetCheck {
  name: string;
  /** Undefined until sizes from 30,000 up give two points to compare. */
  met?: boolean;
  detail: string;
}

const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Issue 19's targets between the smallest size ≥ 30,000 and the largest one. */
export function checkTargets(runs: readonly GrowthEntry[]): TargetCheck[] {
  const eligible = runs.filter((r) => r.size >= TARGETS_FROM).sort((a, b) => a.size - b.size);
  const from = eligible[0];
  const to = eligible.at(-1);
  const names = [
    'search p95 for new queries grows at most 2×',
    `web server memory flat (at most ${FLAT_MEMORY}×)`,
    "bulk ingest rate falls at most 25 % more than Meilisearch's own",
  ];
  if (!from || !to || from === to)
    return names.map((name) => ({ name, detail: `needs two sizes of at least ${TARGETS_FROM.toLocaleString('en')}` }));
  const span = `${from.size} → ${to.size}`;
  const p95 = to.search.newQueries.p95 / from.search.newQueries.p95;
  const memory = to.search.peakMB.webServer / from.search.peakMB.webServer;
  const ingestKept = to.ingest.filesPerSecond / from.ingest.filesPerSecond;
  const meiliKept = to.direct.recordsPerSecond / from.direct.recordsPerSecond;
  // The ingest keeps at least 75 % of the share of its rate that Meilisearch keeps of its own.
  const relative = ingestKept / meiliKept;
  return [
    { name: names[0]!, met: p95 <= 2, detail: `${span}: ${round(p95)}×` },
    { name: names[1]!, met: memory <= FLAT_MEMORY, detail: `${span}: ${round(memory)}×` },
    {
      name: names[2]!,
      met: relative >= 0.75,
      detail: `${span}: the ingest keeps ${round(ingestKept * 100, 0)} % of its rate, Meilisearch ${round(meiliKept * 100, 0)} % (ratio ${round(relative)}; target ≥ 0.75)`,
    },
  ];
}

const number = (n: number): string => (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en') : String(round(n, 1)));

export function growthReport(file: GrowthFile): string {
  const runs = [...file.runs].sort((a, b) => a.size - b.size);
  if (runs.length === 0) return 'No growth runs yet: npm run bench -- --growth --size N\n';
  const lines = ['Growth runs'];
  for (const r of runs)
    lines.push(
      `  ${r.size.toLocaleString('en')} releases (${r.ingest.releases.toLocaleString('en')} in the index): ${r.machine.name}, ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memoryGB} GB, ${r.finishedAt.slice(0, 10)}, ${r.minutes} min; ${r.corpusName}`,
    );
  lines.push(
    '',
    `figure | ${runs.map((r) => r.size.toLocaleString('en')).join(' | ')} | fit, R² | 1,000,000 | 3,000,000`,
  );
  for (const figure of FIGURES) {
    const points: Point[] = runs.map((r) => ({ x: r.size, y: figure.of(r) }));
    const fit = bestFit(points);
    const fitText = fit
      ? `${fit.kind}${fit.kind === 'power law' ? ` (exponent ${round(fit.b)})` : ''}, R² ${round(fit.r2, 3)}${points.length < 3 ? ' (two sizes: any curve fits)' : ''}`
      : 'needs two sizes';
    const predicted = PREDICT_AT.map((x) => {
      if (!fit) return '–';
      const y = fit.predict(x);
      return y > 0 ? number(y) : 'below 0 (the line does not hold)';
    });
    lines.push(
      `${figure.name} (${figure.unit}) | ${points.map((p) => number(p.y)).join(' | ')} | ${fitText} | ${predicted.join(' | ')}`,
    );
  }
  lines.push(
    '',
    'The fit is the better by R² on the measured values of a straight line (least squares) and a power law',
    '(least squares on log-log); on a tie (always with two sizes) the power law. Predictions far beyond the largest',
    'size are extrapolations, not measurements.',
    'pagination.maxTotalHits is 1,000,000 in the index settings: beyond it hit counts and the last pages stop there.',
    '',
    `Targets from ${TARGETS_FROM.toLocaleString('en')} to the largest size`,
  );
  for (const t of checkTargets(runs))
    lines.push(`  ${t.name}: ${t.met === undefined ? 'not yet measurable' : t.met ? 'met' : 'NOT met'} (${t.detail})`);
  return `${lines.join('\n')}\n`;
}
