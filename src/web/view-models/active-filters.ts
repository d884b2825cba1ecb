/** The active filters above the results, each with a link that removes it, and "Alle Filter entfernen". */
import type { SearchRequest } from '../search/search-request.js';
import { ministryLabel } from './facet-groups.js';
import { searchUrl, stateOf } from './search-url.js';
import { TEXT } from './texts.js';

export interface ActiveFilter {
  label: string;
  removeUrl: string;
}

export interface ActiveFilters {
  heading: string;
  items: ActiveFilter[];
  clearUrl: string;
  clearLabel: string;
}

export function activeFilters(
  request: SearchRequest,
  names: ReadonlyMap<string, string>,
  base: string,
): ActiveFilters | undefined {
  const state = stateOf(request);
  const items: ActiveFilter[] = [
    ...request.ministries.map((m) => ({
      label: `${TEXT.facetLegend.ministry}: ${ministryLabel(m, names)}`,
      removeUrl: searchUrl(base, state, { ministries: request.ministries.filter((x) => x !== m) }),
    })),
    ...request.topics.map((t) => ({
      label: `${TEXT.facetLegend.topic}: ${t}`,
      removeUrl: searchUrl(base, state, { topics: request.topics.filter((x) => x !== t) }),
    })),
    ...request.years.map((y) => ({
      label: `${TEXT.facetLegend.year}: ${y}`,
      removeUrl: searchUrl(base, state, { years: request.years.filter((x) => x !== y) }),
    })),
    ...(request.from.input === ''
      ? []
      : [{ label: `${TEXT.fromLabel}: ${request.from.input}`, removeUrl: searchUrl(base, state, { von: '' }) }]),
    ...(request.to.input === ''
      ? []
      : [{ label: `${TEXT.toLabel}: ${request.to.input}`, removeUrl: searchUrl(base, state, { bis: '' }) }]),
  ];
  if (items.length === 0) return undefined;
  return {
    heading: TEXT.activeFiltersHeading,
    items,
    clearUrl: searchUrl(base, state, { ministries: [], topics: [], years: [], von: '', bis: '' }),
    clearLabel: TEXT.clearFilters,
  };
}
