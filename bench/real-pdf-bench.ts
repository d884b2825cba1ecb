/**
 * The ingest's extraction against `pdftotext` on PDFs as offices and authorities make them (issue 19,
 * point 1): one thread of the ingest's extraction — the run's extractor (`openRunExtractor`: the
 * extraction pool, with OCR of scans around it) with one worker, as the ingest uses it, files handed
 * over one after another — against one `pdftotext` process per file (its start-up included), timed in
 * alternation after one warm-up run of each; the ratio is the median of the rounds' ratios. Two sets:
 * the office-made benchmark PDFs (bench/lib/office-corpus.ts: embedded subset TrueType fonts with
 * ToUnicode maps, two-column and table pages), timed as a whole set per round, and each `--real-pdf`
 * file on its own (the Destatis table by default when ../shared/corpus has it).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openRunExtractor } from '../ingest/run/ingest-run.js';
import { alternate, median, roundRatios } from './lib/alternation.js';
import { childrenCpuMs } from './lib/timing.js';
import { writeOfficeBenchPdfs, type OfficeLayout } from './lib/office-corpus.js';

export interface RealPdfFigures {
  /** The file's name, or the set's name („60 office-made PDFs“). */
  file: string;
  files?: number;
  pages: number;
  runs: number;
  /** Median over the runs of the extraction (one worker), per page. */
  extractMsPerPage: number;
  pdftotextMsPerPage?: number;
  /** pdftotext's time ÷ the extraction's, median of the rounds' ratios: above 1, the extraction is faster. */
  ratio?: number;
  /** Each round's ratio. */
  ratios?: number[];
  /**
   * The same in CPU time (this process with its threads for the extraction, the ended `pdftotext`
   * processes for the reference), far less moved by other jobs on a shared machine: per page, and
   * the median of the rounds' ratios.
   */
  cpu?: { extractMsPerPage: number; pdftotextMsPerPage: number; ratio: number; ratios: number[] };
  /** Why pdftotext's figure is missing. */
  skipped?: string;
  error?: string;
}

export interface OfficePdfFigures extends RealPdfFigures {
  layouts: Record<OfficeLayout, number>;
  seed: number;
}

/** The extraction's speed against pdftotext's: target of issue 19 (one thread, per file). */
export const EXTRACTION_TARGET = 0.8;
const POPPLER_MISSING = 'pdftotext (Debian package poppler-utils) is not installed';

export function hasPdftotext(): boolean {
  return spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
}

interface PdfFile {
  path: string;
  name: string;
  bytes: Buffer;
}

/** One round of each over `files`, in alternation; figures per page over the whole set. */
async function extractionAgainstPoppler(
  label: string,
  files: PdfFile[],
  rounds: number,
  log: (line: string) => void,
): Promise<RealPdfFigures> {
  const extractor = await openRunExtractor({
    inputs: [],
    cwd: process.cwd(),
    dataDir: path.join(os.tmpdir(), 'pressearchiv-bench-no-cache'),
    maxFileBytes: Number.MAX_SAFE_INTEGER,
    concurrency: 1,
    dryRun: true,
  });
  try {
    let pages = 0;
    try {
      for (const file of files) pages += (await extractor.extract(file.bytes, file.name)).pages ?? 0;
    } catch (error) {
      return { file: label, pages: 0, runs: 0, extractMsPerPage: Number.NaN, error: (error as Error).message };
    }
    /** CPU ms of each timed run (the warm-up runs are not kept). */
    const cpu = { extract: [] as number[], pdftotext: [] as number[], timing: false };
    const extract = async (): Promise<void> => {
      const before = process.cpuUsage();
      for (const file of files) await extractor.extract(file.bytes, file.name);
      const used = process.cpuUsage(before);
      if (cpu.timing) cpu.extract.push((used.user + used.system) / 1000);
    };
    const poppler = hasPdftotext();
    const pdftotext = async (): Promise<void> => {
      const before = await childrenCpuMs();
      for (const file of files)
        spawnSync('pdftotext', ['-q', file.path, '-'], { stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 26 });
      if (cpu.timing) cpu.pdftotext.push((await childrenCpuMs()) - before);
    };
    const [extractMs, popplerMs] = await alternate(poppler ? [extract, pdftotext] : [extract], {
      rounds,
      onRound: (round) => {
        cpu.timing = true;
        log(`  ${label}: round ${round + 1} of ${rounds}`);
      },
    });
    const figures: RealPdfFigures = {
      file: label,
      ...(files.length > 1 ? { files: files.length } : {}),
      pages,
      runs: rounds,
      extractMsPerPage: median(extractMs!) / pages,
    };
    if (!popplerMs) return { ...figures, skipped: POPPLER_MISSING };
    const ratios = roundRatios(popplerMs, extractMs!);
    const cpuRatios = roundRatios(cpu.pdftotext, cpu.extract);
    const round2 = (r: number): number => Math.round(r * 100) / 100;
    return {
      ...figures,
      pdftotextMsPerPage: median(popplerMs) / pages,
      ratio: round2(ratios.median),
      ratios: ratios.each.map(round2),
      cpu: {
        extractMsPerPage: median(cpu.extract) / pages,
        pdftotextMsPerPage: median(cpu.pdftotext) / pages,
        ratio: round2(cpuRatios.median),
        ratios: cpuRatios.each.map(round2),
      },
    };
  } finally {
    await extractor.close();
  }
}

async function readPdf(file: string): Promise<PdfFile> {
  return { path: file, name: path.basename(file), bytes: await readFile(file) };
}

/** Each `--real-pdf` file on its own, 9 rounds. */
export async function benchRealPdfs(files: string[], log: (line: string) => void): Promise<RealPdfFigures[]> {
  const figures: RealPdfFigures[] = [];
  for (const file of files) {
    log(`Real PDF: ${path.basename(file)} …`);
    figures.push(await extractionAgainstPoppler(path.basename(file), [await readPdf(file)], 9, log));
  }
  return figures;
}

/** The office-made benchmark set: `count` PDFs made with `seed` in `workDir`, 5 rounds over the whole set. */
export async function benchOfficePdfs(
  options: { workDir: string; count: number; seed?: number; rounds?: number },
  log: (line: string) => void,
): Promise<OfficePdfFigures> {
  const seed = options.seed ?? 1;
  const dir = path.join(options.workDir, 'office-pdf');
  await mkdir(dir, { recursive: true });
  log(`Making ${options.count} office-made PDFs (seed ${seed}) …`);
  const made = await writeOfficeBenchPdfs(dir, options.count, seed);
  const files = await Promise.all(made.files.map(readPdf));
  log('Extraction in one thread against pdftotext, one process per file, on the office-made PDFs …');
  const figures = await extractionAgainstPoppler(`${files.length} office-made PDFs`, files, options.rounds ?? 5, log);
  return { ...figures, layouts: made.layouts, seed };
}
