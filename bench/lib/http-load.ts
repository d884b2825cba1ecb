/**
 * Sends requests over keep-alive connections: sequential latency runs and concurrent throughput runs
 * (each connection a visitor with its own loopback address, unless asked otherwise).
 */
import { Agent, request } from 'undici';

export interface LoadResult {
  latencies: number[];
  errors: number;
  bytes: number;
  seconds: number;
}

export interface PageLoadResult extends LoadResult {
  /** Answers with at least one search answered from the web server's cache (its Server-Timing header). */
  fromCache: number;
  /** Successful answers without a Server-Timing header, whose cache use is unknown (should be 0). */
  untimed: number;
}

export interface Timed {
  ms: number;
  status: number;
  bytes: number;
  /** Searches answered from the cache, from the Server-Timing header (SERVER_TIMING=true); undefined without it. */
  cacheAnswers: number | undefined;
}

export async function fetchTimed(agent: Agent, url: string): Promise<Timed> {
  const started = process.hrtime.bigint();
  const res = await request(url, { dispatcher: agent });
  const body = await res.body.arrayBuffer();
  const cacheAnswers = /cache;desc="answers: (\d+)"/.exec(String(res.headers['server-timing'] ?? ''))?.[1];
  return {
    ms: Number(process.hrtime.bigint() - started) / 1e6,
    status: res.statusCode,
    bytes: body.byteLength,
    cacheAnswers: cacheAnswers === undefined ? undefined : Number(cacheAnswers),
  };
}

/** Counts, over many answers, how many had a search answered from the cache and how many did not say. */
export class CacheUse {
  fromCache = 0;
  /** Successful answers without a Server-Timing header (should stay 0). */
  untimed = 0;

  count(answer: Timed): void {
    if (answer.cacheAnswers === undefined) {
      if (answer.status < 400) this.untimed += 1;
    } else if (answer.cacheAnswers > 0) {
      this.fromCache += 1;
    }
  }
}

/**
 * Runs `task` on every item with `connections` parallel loops (each item once; `loop` says which
 * loop runs it). The task returns the bytes received and whether the answer was an error; a thrown
 * error counts as one.
 */
export async function runConcurrent<T>(
  items: readonly T[],
  connections: number,
  task: (item: T, loop: number) => Promise<{ bytes: number; failed: boolean }>,
): Promise<LoadResult> {
  const queue = [...items];
  const result: LoadResult = { latencies: [], errors: 0, bytes: 0, seconds: 0 };
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: connections }, async (_, loop) => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
        const begun = process.hrtime.bigint();
        try {
          const r = await task(item, loop);
          result.latencies.push(Number(process.hrtime.bigint() - begun) / 1e6);
          result.bytes += r.bytes;
          if (r.failed) result.errors += 1;
        } catch {
          result.errors += 1;
        }
      }
    }),
  );
  result.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return result;
}

/**
 * The loopback address of visitor `i` (127.0.1.1, 127.0.1.2 …): the web server's fair queue counts
 * searches per client address, so load meant as many visitors must come from many addresses (Linux
 * routes all of 127.0.0.0/8 to the loopback interface).
 */
export function visitorAddress(i: number): string {
  return `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`;
}

/**
 * Runs all URLs with `connections` parallel loops; each URL is requested once. Each loop is a visitor
 * with its own address (visitorAddress), unless `oneAddress` sends them all from 127.0.0.1.
 */
export async function runLoad(urls: string[], connections: number, oneAddress = false): Promise<PageLoadResult> {
  const agents = oneAddress
    ? Array(connections).fill(new Agent({ connections, keepAliveTimeout: 30_000, pipelining: 1 }))
    : Array.from(
        { length: connections },
        (_, i) =>
          new Agent({ connections: 1, keepAliveTimeout: 30_000, pipelining: 1, localAddress: visitorAddress(i) }),
      );
  const cacheUse = new CacheUse();
  const result = await runConcurrent(urls, connections, async (url, loop) => {
    const r = await fetchTimed(agents[loop]!, url);
    cacheUse.count(r);
    return { bytes: r.bytes, failed: r.status >= 400 };
  });
  await Promise.all([...new Set(agents)].map((agent) => agent.close()));
  return { ...result, fromCache: cacheUse.fromCache, untimed: cacheUse.untimed };
}
