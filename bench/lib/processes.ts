/** Starting the product's own processes (npm start, ingest) for the benchmarks. */
import { setTimeout as delay } from 'node:timers/promises';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cpuOfRunning } from './timing.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Spawned {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/** The benchmark's running children, in the order they were started. */
const running = new Set<ChildProcess>();
let stopsChildren = false;
let stopping = false;

/** True once the benchmark was told to stop (SIGTERM): it starts no child and saves no more figures. */
export function stopRequested(): boolean {
  return stopping;
}

/**
 * SIGTERM to the benchmark alone (`kill`) stops its children as Ctrl-C would, newest first (an
 * ingest finishes its files while the `npm start` it writes to is still up), then the benchmark;
 * without it an `npm start` kept running, with its Meilisearch, on the data folder a resumed run
 * starts again. Ctrl-C is left as it was: it reaches the whole process group, children included.
 */
function stopChildrenWithBenchmark(): void {
  if (stopsChildren) return;
  stopsChildren = true;
  process.once('SIGTERM', () => {
    stopping = true;
    // Work of the benchmark cut off by the stop must not end it before its children have ended.
    const report = (error: unknown) => process.stderr.write(`[bench] stopping: ${String(error)}\n`);
    process.on('unhandledRejection', report);
    process.on('uncaughtException', report);
    void stopAll()
      .then(async () => {
        for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
      })
      .finally(() => process.exit(143));
  });
}

/** Work left to do when SIGTERM stops the benchmark, newest first, after its children have ended. */
const cleanups: Array<() => Promise<void>> = [];

/**
 * `cleanup` runs when SIGTERM stops the benchmark, after its children have ended (e.g. removing its
 * temporary folder, whose Meilisearch has then stopped); the function returned forgets it again.
 */
export function atStop(cleanup: () => Promise<void>): () => void {
  stopChildrenWithBenchmark();
  cleanups.push(cleanup);
  return () => {
    const index = cleanups.indexOf(cleanup);
    if (index >= 0) cleanups.splice(index, 1);
  };
}

async function stopAll(): Promise<void> {
  while (starting > 0) await delay(100);
  while (running.size > 0) {
    const child = [...running].at(-1)!;
    const ended = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    // A batch of 1,000 files may take a while to finish; a child that does not end at all is killed.
    const late = setTimeout(() => child.kill('SIGKILL'), 120_000);
    await ended;
    clearTimeout(late);
  }
}

/** A running child, stopped with the benchmark until it ends. */
function track(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
}

/** Children being started another way (startWithBenchmark) right now. */
let starting = 0;

/**
 * Starts a child another way than spawnNode (the benchmark's own Meilisearch) so that SIGTERM stops
 * it too, after every child started later; a stop that comes while it starts waits for the start.
 */
export async function startWithBenchmark<T>(
  start: () => Promise<T>,
  childOf: (started: T) => ChildProcess,
): Promise<T> {
  stopChildrenWithBenchmark();
  if (stopping) throw new Error('not starting a child: the benchmark is stopping');
  starting++;
  try {
    const started = await start();
    const child = childOf(started);
    if (child.exitCode === null && child.signalCode === null) track(child);
    return started;
  } finally {
    starting--;
  }
}

export function spawnNode(entry: string, args: string[], env: Record<string, string>): Spawned {
  stopChildrenWithBenchmark();
  if (stopping) throw new Error(`not starting ${entry}: the benchmark is stopping`);
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), `${REPO_ROOT}${entry}`, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  track(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => out, exited };
}

/** Runs the ingest command; `cpuMs`: the CPU time it used (all its threads, as last read before it ended). */
export async function ingestCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string; cpuMs: number }> {
  const run = spawnNode('ingest/cli/ingest-cli.ts', args, env);
  const cpu = run.child.pid === undefined ? undefined : cpuOfRunning(run.child.pid);
  const code = await run.exited;
  return { code, output: run.output(), cpuMs: (await cpu?.stop()) ?? Number.NaN };
}

export async function waitForPage(url: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not yet listening
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${url} did not answer in time`);
}

/** The direct children of a process (Linux /proc); none when it is gone. */
export async function childPids(pid: number): Promise<number[]> {
  let tasks: string[];
  try {
    tasks = await readdir(`/proc/${pid}/task`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const out: number[] = [];
  for (const task of tasks) {
    try {
      const text = await readFile(`/proc/${pid}/task/${task}/children`, 'utf8');
      out.push(...text.split(/\s+/).filter(Boolean).map(Number));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return out;
}

/** The child of `pid` whose command line contains `part` (e.g. the web server under npm start). */
export async function childRunning(pid: number, part: string): Promise<number | undefined> {
  for (const child of await childPids(pid)) {
    try {
      if ((await readFile(`/proc/${child}/cmdline`, 'utf8')).includes(part)) return child;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return undefined;
}
