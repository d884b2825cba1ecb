/**
 * Keeps recent search answers in front of the search service, so a query that was just asked
 * (a popular search, the next visitor paging back, the facet overview) costs Meilisearch nothing.
 *
 * An answer is only served while the index is unchanged: the index's `updatedAt` is read at most
 * once per `checkEveryMs`, and any change (an ingest, a rebuild's swap, a deletion) empties the
 * cache. When the version cannot be read (a key without `indexes.get`, Meilisearch down) nothing
 * is served from or stored in the cache. Errors are never kept; concurrent identical searches
 * share one request to Meilisearch. The word list's counts are kept word by word (KEPT_WORDS), so a
 * query of words looked up before costs no lookup (issue 21).
 */
import { LRUCache } from 'lru-cache';
import type { SearchService } from './search-service.js';
import { countCacheAnswer } from './search-tally.js';

export interface SearchCacheOptions {
  /** Most bytes of answers kept, counted as their JSON (least recently used go first). */
  maxBytes: number;
  /** How often the index version is read; a change within this time may be missed for that long. */
  checkEveryMs: number;
  now?: () => number;
  /** Called once when the index version cannot be read for lack of permission (caching stays off). */
  onUnavailable?: () => void;
}

export interface SearchCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
}

/** Its indexVersion() is the version the cache works with, read at most once per `checkEveryMs`; undefined while unreadable. */
export type CachedSearchService = SearchService & {
  cacheStats(): SearchCacheStats;
  /** False when the key may not read the index version, so answers are never kept. */
  caching(): boolean;
};

/** Stands for an answer of undefined in the cache. */
const NONE = Object.freeze({ none: true });

type Cached = 'search' | 'multiSearch' | 'federatedSearch' | 'similarWords';

/**
 * Words of the archive's word list kept with their counts (0: not in the list), so a word looked up
 * for one query costs the next query with it no lookup: about 50 bytes each, a few MB at most.
 */
export const KEPT_WORDS = 50_000;

export function cachedSearchService(inner: SearchService, options: SearchCacheOptions): CachedSearchService {
  const now = options.now ?? Date.now;
  const answers = new LRUCache<string, object>({
    maxSize: options.maxBytes,
    sizeCalculation: (answer, key) => key.length + JSON.stringify(answer instanceof Map ? [...answer] : answer).length,
  });
  const inFlight = new Map<string, Promise<unknown>>();
  const words = new LRUCache<string, number>({ max: KEPT_WORDS });
  const stats = { hits: 0, misses: 0 };
  let version: string | undefined;
  let checkedAt = -Infinity;
  let checking: Promise<string | undefined> | undefined;
  // Bumped whenever the cache is emptied, so an answer that was asked for before cannot be stored after.
  let generation = 0;
  let warned = false;
  let denied = false;

  const forget = (): void => {
    answers.clear();
    words.clear();
    inFlight.clear();
    generation += 1;
  };

  /** The index version, read again once `checkEveryMs` has passed; undefined = do not cache now. */
  function currentVersion(): Promise<string | undefined> {
    if (now() - checkedAt < options.checkEveryMs) return Promise.resolve(version);
    checking ??= inner
      .indexVersion()
      .then(
        (read) => {
          // undefined: the key may not read the index record.
          denied = read === undefined;
          if (denied && !warned) {
            warned = true;
            options.onUnavailable?.();
          }
          return read;
        },
        // Not reachable (or another error): no caching until the next check. Not asked again
        // before then, so a hanging Meilisearch is not sent a check before every search.
        () => undefined,
      )
      .then((read) => {
        if (read === undefined || read !== version) forget();
        version = read;
        checkedAt = now();
        return read;
      })
      .finally(() => {
        checking = undefined;
      });
    return checking;
  }

  function cached<K extends Cached>(method: K): SearchService[K] {
    // An answer of undefined (no word list) is kept as NONE: the cache holds objects only.
    const call = async (...args: unknown[]) =>
      (await (inner[method] as (...a: unknown[]) => Promise<object | undefined>)(...args)) ?? NONE;
    const unwrap = (answer: object): unknown => (answer === NONE ? undefined : answer);
    return (async (...args: unknown[]) => {
      if ((await currentVersion()) === undefined) return unwrap(await call(...args));
      const key = `${method}\u0000${JSON.stringify(args)}`;
      const kept = answers.get(key);
      if (kept !== undefined) {
        stats.hits += 1;
        countCacheAnswer();
        return unwrap(kept);
      }
      const shared = inFlight.get(key);
      if (shared) {
        stats.hits += 1;
        countCacheAnswer();
        return unwrap((await shared) as object);
      }
      stats.misses += 1;
      const askedIn = generation;
      const pending = call(...args).then((answer) => {
        if (generation === askedIn) answers.set(key, answer);
        return answer;
      });
      inFlight.set(key, pending);
      try {
        return unwrap(await pending);
      } finally {
        if (inFlight.get(key) === pending) inFlight.delete(key);
      }
    }) as SearchService[K];
  }

  /**
   * The word list's counts, word by word: words kept from earlier lookups are answered here, only the
   * others are asked for (none: no request at all). Kept under the same index version as the answers.
   */
  async function wordCounts(asked: string[]): Promise<Map<string, number> | undefined> {
    if ((await currentVersion()) === undefined) return inner.wordCounts(asked);
    const missing = [...new Set(asked)].filter((word) => !words.has(word));
    const askedIn = generation;
    const read = missing.length === 0 ? new Map<string, number>() : await inner.wordCounts(missing);
    if (read === undefined) return undefined;
    if (missing.length === 0) {
      stats.hits += 1;
      countCacheAnswer();
    } else stats.misses += 1;
    if (generation === askedIn) for (const word of missing) words.set(word, read.get(word) ?? 0);
    const counts = new Map<string, number>();
    for (const word of asked) {
      const count = read.get(word) ?? words.get(word) ?? 0;
      if (count > 0) counts.set(word, count);
    }
    return counts;
  }

  return {
    search: cached('search'),
    multiSearch: cached('multiSearch'),
    federatedSearch: cached('federatedSearch'),
    wordCounts,
    similarWords: cached('similarWords'),
    wordList: inner.wordList,
    getRelease: (id) => inner.getRelease(id),
    getTombstone: (id) => inner.getTombstone(id),
    healthy: () => inner.healthy(),
    // The version the cache last read (at most `checkEveryMs` old): a feed reader's poll costs no more.
    indexVersion: () => currentVersion(),
    cacheStats: () => ({ ...stats, entries: answers.size, bytes: answers.calculatedSize }),
    caching: () => !denied,
  };
}
