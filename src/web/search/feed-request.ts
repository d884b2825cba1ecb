/**
 * URL parameters of /suche.atom → the SearchRequest of a feed: the parameters of /suche read by the
 * same parser (search-request.ts), without `sortierung`, `seite` and `alle` (a feed is always the
 * newest releases first, the first FEED_SIZE of them, and has no facet lists). Pure.
 */
import type { FacetRegistry } from './facets/facet-definition.js';
import type { Facets } from './facets/facet-registry.js';
import { withoutParams } from './ignored-params.js';
import { parseSearchRequest, type ParseOptions, type ParseResult } from './search-request.js';

/** Entries of a feed. */
export const FEED_SIZE = 50;
/** Parameters of /suche that a feed ignores. */
export const FEED_IGNORED = ['sortierung', 'seite', 'alle'] as const;

export function parseFeedRequest<R extends FacetRegistry = Facets>(
  raw: Record<string, unknown>,
  options: Omit<ParseOptions<R>, 'allowPerPage'>,
): ParseResult<R> {
  const { request, errors } = parseSearchRequest(withoutParams(raw, FEED_IGNORED), { ...options, allowPerPage: false });
  return {
    request: { ...request, sort: 'neueste', sortGiven: false, page: 1, perPage: FEED_SIZE, expanded: [] },
    errors,
  };
}
