/**
 * Links of the search page: the current state with one change (a filter removed, another page, a
 * sort order). Parameter order is stable (the query, the facets in the registry's order, the date
 * range, sort order, `alle`, page); defaults are left out so URLs stay short and shareable.
 */
import {
  facetByKey,
  type FacetKeyOf,
  type FacetSelectionChange,
  type FacetRegistry,
  type ReadonlyFacetSelections,
} from '../search/facets/facet-definition.js';
import { siteFacets, type Facets } from '../search/facets/facet-registry.js';
import { emptySelections, selectionChange, selectionOf, selectionsOf } from '../search/facets/facet-selections.js';
import type { SearchRequest, SortOrder } from '../search/search-request.js';

/** The facets' selections under their `field` (`ministries`, `topics`, `years` …) and the rest of a link. */
export type UrlState<R extends FacetRegistry = Facets> = ReadonlyFacetSelections<R> & UrlBase<R>;

interface UrlBase<R extends FacetRegistry> {
  q: string;
  von: string;
  bis: string;
  /** Only written when given explicitly. */
  sort?: SortOrder;
  /** Facets shown with all their options (`alle=…`); omitted when none is. */
  expanded?: ReadonlyArray<FacetKeyOf<R>>;
  page: number;
}

/**
 * A change to a state: any of its parts. (The first form is the same without selections: code that is
 * generic over the registry can state it without TypeScript having to check the facets' fields.)
 */
export type UrlChange<R extends FacetRegistry = Facets> =
  Partial<UrlBase<R>> | (FacetSelectionChange<R> & Partial<UrlBase<R>>);

/** No query, no filter, page 1: links such as "all releases of this ministry". */
export const EMPTY_STATE: UrlState = { q: '', ...emptySelections(), von: '', bis: '', page: 1 };

/** The change that removes every filter: all facets' selections and the date range. */
export function withoutFilters<R extends FacetRegistry = Facets>(facets: R = siteFacets()): UrlChange<R> {
  return { ...selectionChange<R>(facets.map((facet) => [facet, []])), von: '', bis: '' };
}

export function stateOf<R extends FacetRegistry = Facets>(
  request: SearchRequest<R>,
  facets: R = siteFacets(),
): UrlState<R> {
  return {
    q: request.q,
    ...selectionsOf(request, facets),
    von: request.from.input,
    bis: request.to.input,
    ...(request.sortGiven ? { sort: request.sort } : {}),
    ...(request.expanded.length > 0 ? { expanded: request.expanded } : {}),
    page: request.page,
  };
}

export function queryString<R extends FacetRegistry = Facets>(state: UrlState<R>, facets: R = siteFacets()): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.append('q', state.q);
  for (const facet of facets) for (const value of selectionOf(state, facet)) params.append(facet.param, String(value));
  if (state.von !== '') params.append('von', state.von);
  if (state.bis !== '') params.append('bis', state.bis);
  if (state.sort) params.append('sortierung', state.sort);
  for (const key of state.expanded ?? []) params.append('alle', facetByKey(facets, key).param);
  if (state.page > 1) params.append('seite', String(state.page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** `${base}/suche?…` for the state with `changes` applied (any change but a page change returns to page 1). */
export function searchUrl<R extends FacetRegistry = Facets>(
  base: string,
  state: UrlState<R>,
  changes: UrlChange<R> = {},
  facets: R = siteFacets(),
): string {
  const page = changes.page ?? (Object.keys(changes).length > 0 ? 1 : state.page);
  return `${base}/suche${queryString({ ...state, ...changes, page } as UrlState<R>, facets)}`;
}

/** The results heading's id: links that change the results (sort, page, filter removal) land on it. */
export const RESULTS_ANCHOR = '#ergebnisse';

/** searchUrl landing on the results heading. */
export function resultsUrl<R extends FacetRegistry = Facets>(
  base: string,
  state: UrlState<R>,
  changes: UrlChange<R> = {},
  facets: R = siteFacets(),
): string {
  return `${searchUrl(base, state, changes, facets)}${RESULTS_ANCHOR}`;
}

/** `${base}/suche.atom?…`: the feed of the state's search (a feed has no order, page or expanded lists). */
export function feedUrl<R extends FacetRegistry = Facets>(
  base: string,
  state: UrlState<R>,
  facets: R = siteFacets(),
): string {
  const { sort: _sort, expanded: _expanded, ...search } = state;
  return `${base}/suche.atom${queryString({ ...search, page: 1 } as UrlState<R>, facets)}`;
}

/** `${base}/suche.csv?…`: the export of the state's search, in its order (an export has no page or expanded lists). */
export function exportUrl<R extends FacetRegistry = Facets>(
  base: string,
  state: UrlState<R>,
  facets: R = siteFacets(),
): string {
  const { expanded: _expanded, ...search } = state;
  return `${base}/suche.csv${queryString({ ...search, page: 1 } as UrlState<R>, facets)}`;
}

export function releaseUrl(base: string, id: string): string {
  return `${base}/mitteilung/${encodeURIComponent(id)}`;
}
