/**
 * Results and progress of the growth runs (`npm run bench -- --growth --size N`): each size is a run
 * of its own, kept in one results file (one entry per size), and each run keeps a progress file in
 * its data folder, so that an interrupted run continues at the phase where it stopped.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Percentiles } from './stats.js';

export const GROWTH_PHASES = ['corpus', 'ingest', 'direct', 'search', 'rebuild'] as const;
export type GrowthPhase = (typeof GROWTH_PHASES)[number];

export interface GrowthFigures {
  /** Files rendered (HTML), one per release. */
  corpus: { files: number };
  /** The bulk ingest of every file into the running archive; index size on disk after it. */
  ingest: {
    seconds: number;
    filesPerSecond: number;
    releases: number;
    peakMB: { ingest: number; meilisearch: number; webServer: number };
    /** Meilisearch's data.ms on disk (allocated blocks), all indexes of the archive. */
    indexMB: number;
  };
  /** Meilisearch alone indexing the same records sent directly (the reference of the ingest rate). */
  direct: { seconds: number; recordsPerSecond: number; peakMB: number };
  search: {
    queries: number;
    newQueries: Percentiles;
    withFacet: Percentiles;
    newQueriesDirect: Percentiles;
    fromCache: number;
    throughput: { connections: number; pagesPerSecond: number; p50: number; p95: number; p99: number; errors: number };
    peakMB: { webServer: number; meilisearch: number };
  };
  rebuild: { seconds: number; peakMB: { ingest: number; meilisearch: number; total: number } };
}

export interface GrowthProgress {
  size: number;
  corpusName: string;
  startedAt: string;
  /** Seconds the finished phases took (an interrupted phase's work is lost and not counted). */
  seconds: number;
  done: Partial<GrowthFigures>;
}

export interface GrowthEntry extends GrowthFigures {
  size: number;
  corpusName: string;
  machine: { name: string; cpus: number; cpuModel?: string; memoryGB: number; node: string };
  startedAt: string;
  finishedAt: string;
  /** Minutes the phases took, summed over an interrupted run and its continuation. */
  minutes: number;
}

export interface GrowthFile {
  runs: GrowthEntry[];
}

/**
 * Runs the phases not yet done, in order, saving the progress after each; a phase done in an
 * earlier, interrupted run is skipped. `run` gets the figures done so far.
 */
export async function runPhases(
  progress: GrowthProgress,
  run: <P extends GrowthPhase>(phase: P, done: Partial<GrowthFigures>) => Promise<GrowthFigures[P]>,
  save: (progress: GrowthProgress) => Promise<void>,
  log: (line: string) => void = () => {},
): Promise<GrowthFigures> {
  for (const phase of GROWTH_PHASES) {
    if (progress.done[phase]) {
      log(`Phase ${phase}: done in an earlier run, skipped`);
      continue;
    }
    log(`Phase ${phase} …`);
    const started = Date.now();
    const figures = await run(phase, progress.done);
    progress.done = { ...progress.done, [phase]: figures };
    progress.seconds += (Date.now() - started) / 1000;
    await save(progress);
  }
  return progress.done as GrowthFigures;
}

/** The entry of its size replaced (or added), every other size kept; sorted by size. */
export function mergeGrowthResult(file: GrowthFile, entry: GrowthEntry): GrowthFile {
  const runs = [...file.runs.filter((r) => r.size !== entry.size), entry].sort((a, b) => a.size - b.size);
  return { runs };
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Written to a temporary file first, so an interruption never leaves half a file. */
export async function writeJson(file: string, value: unknown): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`);
  await rename(temporary, file);
}

export async function readGrowthResults(file: string): Promise<GrowthFile> {
  return (await readJson<GrowthFile>(file)) ?? { runs: [] };
}

/**
 * The progress of the run in `file`, or a new one; a file of another size or corpus is refused, so
 * that a folder never mixes two runs.
 */
export async function startProgress(file: string, size: number, corpusName: string): Promise<GrowthProgress> {
  const earlier = await readJson<GrowthProgress>(file);
  if (earlier && (earlier.size !== size || earlier.corpusName !== corpusName))
    throw new Error(
      `${file} belongs to a growth run of ${earlier.corpusName} at size ${earlier.size}; give another --data-dir`,
    );
  return earlier ?? { size, corpusName, startedAt: new Date().toISOString(), seconds: 0, done: {} };
}

/** The entry added to the results file (replacing one of its size only). */
export async function keepResult(file: string, entry: GrowthEntry): Promise<void> {
  await writeJson(file, mergeGrowthResult(await readGrowthResults(file), entry));
}
