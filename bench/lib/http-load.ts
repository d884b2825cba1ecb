/** Sends requests over keep-alive connections: sequential latency runs and concurrent throughput runs. */
import { Agent, request } from 'undici';

export interface LoadResult {
  latencies: number[];
  errors: number;
  bytes: number;
  seconds: number;
}

export async function fetchTimed(agent: Agent, url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const started = process.hrtime.bigint();
  const res = await request(url, { dispatcher: agent });
  const body = await res.body.arrayBuffer();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, status: res.statusCode, bytes: body.byteLength };
}

/** Runs all URLs with `connections` parallel loops; each URL is requested once. */
export async function runLoad(urls: string[], connections: number): Promise<LoadResult> {
  const agent = new Agent({ connections, keepAliveTimeout: 30_000, pipelining: 1 });
  const queue = [...urls];
  const result: LoadResult = { latencies: [], errors: 0, bytes: 0, seconds: 0 };
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      for (let url = queue.shift(); url; url = queue.shift()) {
        try {
          const r = await fetchTimed(agent, url);
          result.latencies.push(r.ms);
          result.bytes += r.bytes;
          if (r.status >= 400) result.errors += 1;
        } catch {
          result.errors += 1;
        }
      }
    }),
  );
  result.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await agent.close();
  return result;
}
