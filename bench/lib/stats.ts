/** Latency statistics and ratio formatting for the benchmarks. */
export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const mean = sorted.reduce((sum, v) => sum + v, 0) / Math.max(1, sorted.length);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), mean };
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

export function ratio(value: number, reference: number): number {
  return reference > 0 ? Math.round((value / reference) * 100) / 100 : Number.NaN;
}
