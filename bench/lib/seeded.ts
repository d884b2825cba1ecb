/** A seeded generator (Park–Miller) for benchmark query sets: same seed, same queries on every run. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}
