/** Wall-clock timing and peak-memory sampling of child processes (Linux /proc). */
import { readFile } from 'node:fs/promises';

export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

/** USER_HZ: the unit of a process's CPU times in /proc (100 on Linux everywhere). */
const CLOCK_TICKS = 100;

/** CPU time (user + system, all its threads) a process has used so far, in ms; undefined when it is gone. */
export async function cpuMsOf(pid: number): Promise<number | undefined> {
  let stat: string;
  try {
    stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    if (['ENOENT', 'ESRCH'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
  // Fields after the command's closing parenthesis: state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/**
 * CPU time (user + system) of this process's children that have ended and been waited for (as
 * `spawnSync` does), in ms: the reference tools' share of a run.
 */
export async function childrenCpuMs(): Promise<number> {
  const stat = await readFile('/proc/self/stat', 'utf8');
  // cutime is field 16 and cstime 17 (after the command: 14 and 15 of the rest, counting from 3).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLOCK_TICKS;
}

/**
 * Follows the CPU time of a running process every `intervalMs` and gives the last value read before
 * it ended (so up to one interval of its CPU time is missed).
 */
export function cpuOfRunning(pid: number, intervalMs = 50): { stop(): Promise<number> } {
  let last = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const ms = await cpuMsOf(pid);
      if (ms === undefined) return;
      last = ms;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return last;
    },
  };
}

/** Resident set size of a process in bytes (0 when it is gone). */
export async function rssOf(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Samples the RSS of named groups of processes every `intervalMs` until stopped; returns the peak of
 * each group apart and the peak of all of them together.
 */
export function peakMemoryOf<K extends string>(
  groups: Record<K, () => number[]>,
  intervalMs = 200,
): { stop(): Promise<{ total: number; each: Record<K, number> }> } {
  const names = Object.keys(groups) as K[];
  const each = Object.fromEntries(names.map((name) => [name, 0])) as Record<K, number>;
  let total = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      let sum = 0;
      for (const name of names) {
        const sizes = await Promise.all(groups[name]().map(rssOf));
        const size = sizes.reduce((a, b) => a + b, 0);
        each[name] = Math.max(each[name], size);
        sum += size;
      }
      total = Math.max(total, sum);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { total, each };
    },
  };
}

/** Samples the summed RSS of the given pids every `intervalMs` until stopped; returns the peak. */
export function peakMemory(pids: () => number[], intervalMs = 200): { stop(): Promise<number> } {
  const sampler = peakMemoryOf({ all: pids }, intervalMs);
  return { stop: async () => (await sampler.stop()).total };
}
