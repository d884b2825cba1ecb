/**
 * Meilisearch filter expressions from a search request: each facet's selection as its kind builds it
 * (facets/facet-registry.ts), then the date range. User input reaches a filter only through
 * filter-expression.ts: as a quoted, escaped string or as a validated integer.
 */
import type { FacetKeyOf, FacetRegistry } from './facets/facet-definition.js';
import { siteFacets, type Facets } from './facets/facet-registry.js';
import { selectionOf } from './facets/facet-selections.js';
import { anyOf, quoteFilterValue, type FilterList } from './filter-expression.js';
import type { SearchRequest } from './search-request.js';

/** The filter of a request; `without` drops one facet's own selection (for its disjunctive counts). */
export function buildFilter<R extends FacetRegistry = Facets>(
  request: SearchRequest<R>,
  without?: FacetKeyOf<R>,
  facets: R = siteFacets(),
): FilterList {
  const filter: FilterList = [];
  for (const facet of facets) {
    const values = selectionOf(request, facet);
    if (facet.key !== without && values.length > 0) filter.push(facet.filter(values));
  }
  if (request.from.day !== undefined) filter.push(`dateNum >= ${request.from.day}`);
  if (request.to.day !== undefined) filter.push(`dateNum <= ${request.to.day}`);
  return filter;
}

/**
 * Real releases only: invented sample releases are left out of the sitemap; the real release among
 * the samples (`invented: false`, re-created from its published text) is listed. A sample record
 * without the mark (written before it existed) stays out.
 */
export const NOT_INVENTED = 'sample = false OR invented = false';

/** Everything with one of these topics except the release itself ("Ähnliche Mitteilungen"). */
export function similarReleasesFilter(id: string, topics: readonly string[]): FilterList {
  return [`id != ${quoteFilterValue(id)}`, ...(topics.length > 0 ? [anyOf('topics', topics)] : [])];
}
