/**
 * Links of the search page: the current state with one change (a filter removed, another page, a
 * sort order). Parameter order is stable; defaults are left out so URLs stay short and shareable.
 */
import type { FacetKey } from '../search/search-filter.js';
import { FACET_PARAMS, type SearchRequest, type SortOrder } from '../search/search-request.js';

export interface UrlState {
  q: string;
  ministries: readonly string[];
  topics: readonly string[];
  years: readonly number[];
  von: string;
  bis: string;
  /** Only written when given explicitly. */
  sort?: SortOrder;
  /** Facets shown with all their options (`alle=…`); omitted when none is. */
  expanded?: readonly FacetKey[];
  page: number;
}

/** No query, no filter, page 1: links such as "all releases of this ministry". */
export const EMPTY_STATE: UrlState = { q: '', ministries: [], topics: [], years: [], von: '', bis: '', page: 1 };

export function stateOf(request: SearchRequest): UrlState {
  return {
    q: request.q,
    ministries: request.ministries,
    topics: request.topics,
    years: request.years,
    von: request.from.input,
    bis: request.to.input,
    ...(request.sortGiven ? { sort: request.sort } : {}),
    ...(request.expanded.length > 0 ? { expanded: request.expanded } : {}),
    page: request.page,
  };
}

export function queryString(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.append('q', state.q);
  for (const m of state.ministries) params.append('ministerium', m);
  for (const t of state.topics) params.append('thema', t);
  for (const y of state.years) params.append('jahr', String(y));
  if (state.von !== '') params.append('von', state.von);
  if (state.bis !== '') params.append('bis', state.bis);
  if (state.sort) params.append('sortierung', state.sort);
  for (const key of state.expanded ?? []) params.append('alle', FACET_PARAMS[key]);
  if (state.page > 1) params.append('seite', String(state.page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** `${base}/suche?…` for the state with `changes` applied (any change but a page change returns to page 1). */
export function searchUrl(base: string, state: UrlState, changes: Partial<UrlState> = {}): string {
  const page = changes.page ?? (Object.keys(changes).length > 0 ? 1 : state.page);
  return `${base}/suche${queryString({ ...state, ...changes, page })}`;
}

export function releaseUrl(base: string, id: string): string {
  return `${base}/mitteilung/${encodeURIComponent(id)}`;
}
