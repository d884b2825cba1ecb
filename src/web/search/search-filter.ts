/**
 * Meilisearch filter expressions from a search request. User input reaches a filter only as a
 * quoted string with backslash and double quote escaped (or as a validated integer), so a value such
 * as `" OR 1=1` is compared as text and can never change the structure of the filter.
 */
import type { FacetKey, SearchRequest } from './search-request.js';

export type { FacetKey };

/** The facets of the search page and the index attribute behind each. */
export const FACET_ATTRIBUTES = {
  ministry: 'ministryShort',
  topic: 'topics',
  year: 'year',
} as const satisfies Record<FacetKey, string>;
export const FACET_KEYS = Object.keys(FACET_ATTRIBUTES) as FacetKey[];

/** A filter in Meilisearch's array form: the entries are ANDed, the strings of an inner array ORed. */
export type FilterList = Array<string | string[]>;

/** `a"b\c` → `"a\"b\\c"`: a double-quoted Meilisearch filter string that means exactly `value`. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `attribute = "v1" OR attribute = "v2" …` as an OR group; integers stay unquoted. */
export function anyOf(attribute: string, values: ReadonlyArray<string | number>): string[] {
  return values.map((value) => {
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) throw new Error(`Not an integer filter value: ${value}`);
      return `${attribute} = ${value}`;
    }
    return `${attribute} = ${quoteFilterValue(value)}`;
  });
}

export function selectedValues(request: SearchRequest, facet: FacetKey): ReadonlyArray<string | number> {
  if (facet === 'ministry') return request.ministries;
  if (facet === 'topic') return request.topics;
  return request.years;
}

/** The filter of a request; `without` drops one facet's own selection (for its disjunctive counts). */
export function buildFilter(request: SearchRequest, without?: FacetKey): FilterList {
  const filter: FilterList = [];
  for (const facet of FACET_KEYS) {
    const values = selectedValues(request, facet);
    if (facet !== without && values.length > 0) filter.push(anyOf(FACET_ATTRIBUTES[facet], values));
  }
  if (request.from.day !== undefined) filter.push(`dateNum >= ${request.from.day}`);
  if (request.to.day !== undefined) filter.push(`dateNum <= ${request.to.day}`);
  return filter;
}

/** Everything with one of these topics except the release itself ("Ähnliche Mitteilungen"). */
export function similarReleasesFilter(id: string, topics: readonly string[]): FilterList {
  return [`id != ${quoteFilterValue(id)}`, ...(topics.length > 0 ? [anyOf('topics', topics)] : [])];
}
