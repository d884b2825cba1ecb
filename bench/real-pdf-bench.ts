/**
 * Real PDFs (`--real-pdf FILE`, repeatable): the ingest's extraction of each file in one thread
 * (PDFium plus parsing the release, as a worker does it) against one `pdftotext` process on the same
 * file (its start-up included). The rendered benchmark PDFs use pdfkit's standard fonts, on which
 * poppler is unusually fast; these figures show the same comparison on PDFs as authorities publish them.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractRelease } from '../ingest/extract/extract-release.js';
import { percentiles, ratio } from './lib/stats.js';
import { timed } from './lib/timing.js';

export interface RealPdfFigures {
  file: string;
  pages: number;
  runs: number;
  /** Median over the runs, after one run to warm up; the runs alternate with pdftotext's. */
  extractMsPerPage: number;
  pdftotextMsPerPage?: number;
  /** pdftotext's time per page ÷ the extraction's: above 1, the extraction is faster in one thread. */
  ratio?: number;
  error?: string;
}

const RUNS = 9;

/** Medians of both, timed in alternation (after one warm-up run each), so both meet the same noise. */
async function alternating(work: Array<() => Promise<void>>): Promise<number[]> {
  for (const w of work) await w();
  const samples = work.map((): number[] => []);
  for (let i = 0; i < RUNS; i++) for (const [j, w] of work.entries()) samples[j]!.push((await timed(w)).ms);
  return samples.map((s) => percentiles(s).p50);
}

async function benchOne(file: string, poppler: boolean): Promise<RealPdfFigures> {
  const bytes = await readFile(file);
  const name = path.basename(file);
  let pages = 0;
  try {
    pages = (await extractRelease(bytes, name)).pages ?? 0;
  } catch (error) {
    return { file: name, pages: 0, runs: 0, extractMsPerPage: Number.NaN, error: (error as Error).message };
  }
  const extract = async (): Promise<void> => void (await extractRelease(bytes, name));
  const pdftotext = async (): Promise<void> =>
    void spawnSync('pdftotext', ['-q', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
  const [extractMs, popplerMs] = await alternating(poppler ? [extract, pdftotext] : [extract]);
  const figures: RealPdfFigures = { file: name, pages, runs: RUNS, extractMsPerPage: extractMs! / pages };
  if (popplerMs !== undefined) {
    figures.pdftotextMsPerPage = popplerMs / pages;
    figures.ratio = ratio(figures.pdftotextMsPerPage, figures.extractMsPerPage);
  }
  return figures;
}

export async function benchRealPdfs(files: string[], log: (line: string) => void): Promise<RealPdfFigures[]> {
  const poppler = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
  const figures: RealPdfFigures[] = [];
  for (const file of files) {
    log(`Real PDF: ${path.basename(file)} …`);
    figures.push(await benchOne(file, poppler));
  }
  return figures;
}
