/**
 * A seeded generator (Park–Miller): same seed, same sequence on every run. Benchmark query sets use it,
 * and so do tests that pick random points (kill points, fuzz inputs) reproducibly.
 */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}
