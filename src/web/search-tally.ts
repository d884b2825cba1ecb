/**
 * Counts, per web request, how the searches for its results were answered: sent to Meilisearch (with
 * the time they took) or taken from the search cache. With SERVER_TIMING on, /suche and /api/suche
 * report this in a `Server-Timing` header, so a benchmark can tell new queries from cached ones. It
 * is off by default: it tells a visitor whether somebody else asked the same search a moment ago.
 * The counting is a decorator around the search service (talliedSearchService), which createApp
 * applies only with SERVER_TIMING on; the search service itself knows nothing of it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler, Response } from 'express';
import { aroundMethods, SEARCHES } from './search-methods.js';
import type { SearchService } from './search-service.js';

export interface SearchTally {
  /** Searches sent to Meilisearch for this web request (one retried after a lost connection counts once). */
  meilisearch: number;
  /** Their time in milliseconds (overlapping requests counted each). */
  meilisearchMs: number;
  /** Searches answered from the cache (or sharing a request already on its way). */
  cache: number;
}

const storage = new AsyncLocalStorage<SearchTally>();

/** Middleware: every search made while handling the request is counted in its own tally. */
export const searchTally: RequestHandler = (_req, _res, next) => {
  storage.run({ meilisearch: 0, meilisearchMs: 0, cache: 0 }, next);
};

export function currentTally(): SearchTally | undefined {
  return storage.getStore();
}

/**
 * The Server-Timing decorator: the same service, each search it sends timed with `now` (milliseconds)
 * and counted in the current request's tally, if any (one retried after a lost connection counts once).
 * createApp puts it below the search cache, so answers from the cache are not counted here.
 */
export function talliedSearchService(
  service: SearchService,
  now: () => number = () => performance.now(),
): SearchService {
  return aroundMethods(service, (method, call) => {
    const tally = storage.getStore();
    return tally && SEARCHES.has(method) ? timed(tally, call, now) : call();
  });
}

async function timed<T>(tally: SearchTally, call: () => T, now: () => number): Promise<Awaited<T>> {
  const started = now();
  try {
    return await call();
  } finally {
    tally.meilisearch += 1;
    tally.meilisearchMs += now() - started;
  }
}

/**
 * The same service with its calls left out of the tally: for what a results page needs besides its
 * results (the ministry names), so the header counts only the searches of the results themselves.
 */
export function untallied(service: SearchService): SearchService {
  return aroundMethods(service, (_method, call) => storage.exit(call));
}

export function countCacheAnswer(): void {
  const tally = storage.getStore();
  if (tally) tally.cache += 1;
}

/** The header value, e.g. `meili;dur=23.4;desc="searches: 2", cache;desc="answers: 1"`. */
export function serverTiming(tally: SearchTally): string {
  return (
    `meili;dur=${tally.meilisearchMs.toFixed(1)};desc="searches: ${tally.meilisearch}", ` +
    `cache;desc="answers: ${tally.cache}"`
  );
}

/** Sets the Server-Timing header when the request is being counted (SERVER_TIMING on). */
export function setServerTiming(res: Response): void {
  const tally = storage.getStore();
  if (tally) res.setHeader('Server-Timing', serverTiming(tally));
}
