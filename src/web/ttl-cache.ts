/**
 * A value loaded on demand and kept for a short time (start page overview, ministry names).
 * Concurrent callers share one load; a failed load is not kept, so the next request tries again.
 */
export interface TtlCache<T> {
  get(): Promise<T>;
  /** The last loaded value, even when stale; undefined before the first successful load. */
  peek(): T | undefined;
}

/** `ttlMs` may be a function: it is asked on every get (0 = load every time, concurrent callers still share). */
export function ttlCache<T>(
  load: () => Promise<T>,
  ttlMs: number | (() => number),
  now: () => number = Date.now,
): TtlCache<T> {
  const ttl = typeof ttlMs === 'function' ? ttlMs : () => ttlMs;
  let value: { data: T; at: number } | undefined;
  let pending: Promise<T> | undefined;
  return {
    get() {
      if (value && now() - value.at < ttl()) return Promise.resolve(value.data);
      pending ??= load()
        .then((data) => {
          value = { data, at: now() };
          return data;
        })
        .finally(() => {
          pending = undefined;
        });
      return pending;
    },
    peek: () => value?.data,
  };
}
