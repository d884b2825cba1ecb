/**
 * `npm run bench -- [--corpus FILE.jsonl.gz] [--size N] [--pdf-count N] [--html-count N] [--queries N]
 *  [--office-pdf-count N] [--rounds N] [--real-pdf FILE …] [--only PART,…] [--out bench/results.json]`: prints
 * each figure with its reference measured in the same run and writes them all to the output file. Default
 * corpus: generated releases (runs on a fresh clone); office-made PDFs made in the run; real PDFs where
 * named, and the Destatis PDF of ../shared/corpus when it is there. `--only` measures some parts:
 * `pipeline` (the PDF pipeline, without the HTML ingest), `extraction` (the office-made and real PDFs
 * against pdftotext), `pdf` (both), `archive` (ingest, rebuild, start-up and search).
 *
 * `npm run bench -- --growth --size N [--data-dir DIR] [--results FILE] [--machine NAME]`: one size of
 * the growth runs (bench/growth-bench.ts), resumable; `npm run bench -- --growth-report` prints them.
 */
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findMeiliBinary } from '../src/archive/meili-binary.js';
import { createMeiliClient } from '../src/archive/meili-client.js';
import { startMeili } from '../src/archive/meili-process.js';
import { benchArchive } from './archive-bench.js';
import { benchGrowth } from './growth-bench.js';
import { growthReport } from './growth-report.js';
import { readGrowthResults } from './lib/growth-results.js';
import { loadCorpus } from './corpus.js';
import { benchIngest } from './ingest-bench.js';
import { benchOfficePdfs, benchRealPdfs } from './real-pdf-bench.js';
import { REPO_ROOT, atStop, startWithBenchmark, stopRequested } from './lib/processes.js';
import { benchSearch, type SearchFigures } from './search-bench.js';
import { report } from './report.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    size: { type: 'string', default: '3000' },
    'pdf-count': { type: 'string', default: '600' },
    'html-count': { type: 'string', default: '1500' },
    queries: { type: 'string', default: '500' },
    'real-pdf': { type: 'string', multiple: true },
    'office-pdf-count': { type: 'string', default: '60' },
    rounds: { type: 'string', default: '3' },
    only: { type: 'string' },
    out: { type: 'string', default: path.join(REPO_ROOT, 'bench', 'results.json') },
    growth: { type: 'boolean', default: false },
    'growth-report': { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
    results: { type: 'string', default: path.join(REPO_ROOT, 'bench', 'results-growth.json') },
    machine: { type: 'string' },
  },
});
const num = (name: string, value: string | undefined): number => {
  if (!value || !/^\d+$/.test(value)) throw new Error(`--${name} must be a number`);
  return Number(value);
};
const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

const PARTS = ['pipeline', 'extraction', 'archive'] as const;
type Part = (typeof PARTS)[number];
/** The parts `--only` names (`pdf`: the pipeline and the extraction), or all of them. */
function partsToRun(only: string | undefined): Set<Part> {
  if (only === undefined) return new Set(PARTS);
  const names = only.split(',').flatMap((name) => (name.trim() === 'pdf' ? ['pipeline', 'extraction'] : [name.trim()]));
  const unknown = names.filter((name) => !(PARTS as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0)
    throw new Error(`--only takes ${[...PARTS, 'pdf'].join(', ')} (comma-separated), not „${only}“`);
  return new Set(names as Part[]);
}

/** The real PDF of the shared corpus beside the repository (not part of a clone): measured when it is there. */
const DESTATIS_PDF = path.join(
  REPO_ROOT,
  '..',
  'shared',
  'corpus',
  'destatis',
  'verbraucherpreisindex-lange-reihen-pdf-5611103.pdf',
);

async function realPdfFiles(): Promise<string[]> {
  if (values['real-pdf']) return values['real-pdf'];
  try {
    await access(DESTATIS_PDF);
    return [DESTATIS_PDF];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function defaultRun(): Promise<void> {
  const started = Date.now();
  const loadAtStart = os.loadavg()[0]!;
  const parts = partsToRun(values.only);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'pressearchiv-bench-'));
  const removeWorkDir = () => rm(workDir, { recursive: true, force: true });
  const forget = atStop(removeWorkDir);
  try {
    const corpus = loadCorpus(values.corpus, num('size', values.size));
    log(`Corpus: ${corpus.name}`);

    let ingest;
    if (parts.has('pipeline')) {
      const meiliDir = path.join(workDir, 'meili');
      const binary = await findMeiliBinary(process.env.MEILI_BIN, workDir);
      const masterKey = 'bench-master-key-0123456789abcdef';
      const meili = await startWithBenchmark(
        () => startMeili({ binPath: binary.path, dataDir: meiliDir, masterKey }),
        (started) => started.child,
      );
      try {
        ingest = await benchIngest({
          corpus,
          workDir,
          meili: {
            url: meili.url,
            masterKey,
            pid: meili.pid,
            admin: createMeiliClient({ host: meili.url, apiKey: masterKey, timeoutMs: 600_000 }),
          },
          pdfCount: num('pdf-count', values['pdf-count']),
          // The HTML ingest is measured with the rest of the archive's figures.
          htmlCount: parts.has('archive') ? num('html-count', values['html-count']) : 0,
          rounds: num('rounds', values.rounds),
          log,
        });
      } finally {
        await meili.stop();
      }
    }

    let officePdfs;
    let realPdfs;
    if (parts.has('extraction')) {
      officePdfs = await benchOfficePdfs(
        {
          workDir,
          count: num('office-pdf-count', values['office-pdf-count']),
          rounds: Math.max(5, num('rounds', values.rounds)),
        },
        log,
      );
      realPdfs = await benchRealPdfs(await realPdfFiles(), log);
    }

    let search: SearchFigures | undefined;
    const archive = parts.has('archive')
      ? await benchArchive({ corpus, workDir, log }, async (running) => {
          search = await benchSearch({ ...running, queryCount: num('queries', values.queries), log });
        })
      : undefined;

    const results = {
      ranAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        /** One-minute load average at the start and the end: how busy the (shared) machine was. */
        loadAverage: [loadAtStart, os.loadavg()[0]!].map((l) => Math.round(l * 10) / 10),
      },
      corpus: corpus.name,
      ingest,
      officePdfs,
      realPdfs,
      archive,
      search,
      minutes: Math.round((Date.now() - started) / 600) / 100,
    };
    await writeFile(values.out!, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(report(results));
    log(`Written to ${values.out}`);
  } finally {
    // Stopped by SIGTERM: the stop removes the folder once the children have ended (atStop).
    if (!stopRequested()) {
      forget();
      await removeWorkDir();
    }
  }
}

if (values['growth-report']) {
  process.stdout.write(growthReport(await readGrowthResults(values.results!)));
} else if (values.growth) {
  const size = num('size', values.size);
  const dataDir = path.resolve(values['data-dir'] ?? path.join(os.tmpdir(), `pressearchiv-growth-${size}`));
  log(`Growth run at ${size} releases; data and progress in ${dataDir} (run the same command again to continue)`);
  await benchGrowth({
    corpus: loadCorpus(values.corpus, size),
    size,
    dataDir,
    resultsFile: path.resolve(values.results!),
    queryCount: num('queries', values.queries),
    ...(values.machine ? { machine: values.machine } : {}),
    log,
  });
  process.stdout.write(growthReport(await readGrowthResults(values.results!)));
} else {
  await defaultRun();
}
