/**
 * Ministry abbreviation → canonical name, read from the index itself (the newest release of each
 * `ministryShort`, via Meilisearch's `distinct`) and kept for `ttlMs` (app.ts: a minute, or not at all
 * while the search cache keeps it until the index changes). Facet labels show the name;
 * `ministerium=` accepts either.
 */
import type { SearchService } from './search-service.js';
import { ttlCache, type TtlCache } from './ttl-cache.js';

export type MinistryNames = ReadonlyMap<string, string>;

export function createMinistryDirectory(
  search: SearchService,
  ttlMs: number | (() => number),
): TtlCache<MinistryNames> {
  return ttlCache(async () => {
    const result = await search.search('', {
      distinct: 'ministryShort',
      sort: ['dateNum:desc'],
      limit: 1000,
      attributesToRetrieve: ['ministryShort', 'ministry'],
    });
    return new Map(result.hits.map((hit) => [hit.ministryShort, hit.ministry]));
  }, ttlMs);
}
