/** Wall-clock timing and peak-memory sampling of child processes (Linux /proc). */
import { readFile } from 'node:fs/promises';

export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
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

/** Samples the summed RSS of the given pids every `intervalMs` until stopped; returns the peak. */
export function peakMemory(pids: () => number[], intervalMs = 200): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const sizes = await Promise.all(pids().map(rssOf));
      peak = Math.max(
        peak,
        sizes.reduce((a, b) => a + b, 0),
      );
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}
