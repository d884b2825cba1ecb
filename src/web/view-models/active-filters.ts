/**
 * The active filters above the results, each with a link that removes it, and "Alle Filter entfernen":
 * every selected value of every facet in the registry („Behörde: …“, labelled by its facet), then the
 * date range („Von: …“, „Bis: …“).
 */
import type { FacetRegistry, LabelAbbreviation, SenderNames } from '../search/facets/facet-definition.js';
import { siteFacets, type Facets } from '../search/facets/facet-registry.js';
import { selectionChange, selectionOf } from '../search/facets/facet-selections.js';
import type { SearchRequest } from '../search/search-request.js';
import { withAbbreviation } from './facet-groups.js';
import { resultsUrl, stateOf, withoutFilters, type UrlChange } from './search-url.js';
import { TEXT } from '../texts/site-texts.js';

export interface ActiveFilter {
  label: string;
  /** The label's abbreviation, rendered as `<abbr>` (partials/label.hbs). */
  abbr?: LabelAbbreviation;
  removeUrl: string;
}

export interface ActiveFilters {
  heading: string;
  items: ActiveFilter[];
  clearUrl: string;
  clearLabel: string;
}

export function activeFilters<R extends FacetRegistry = Facets>(
  request: SearchRequest<R>,
  names: SenderNames,
  base: string,
  facets: R = siteFacets(),
): ActiveFilters | undefined {
  const state = stateOf(request, facets);
  const url = (changes: UrlChange<R>) => resultsUrl(base, state, changes, facets);
  const items: ActiveFilter[] = [
    ...facets.flatMap((facet) => {
      const selected = selectionOf(request, facet);
      return selected.map((value) => {
        const abbr = facet.abbreviation?.(String(value), names);
        return {
          label: `${facet.legend}: ${facet.label(String(value), names)}`,
          ...withAbbreviation(abbr && { ...abbr, before: `${facet.legend}: ${abbr.before}` }),
          removeUrl: url(selectionChange<R>([[facet, selected.filter((x) => x !== value)]])),
        };
      });
    }),
    ...(request.from.input === ''
      ? []
      : [{ label: `${TEXT.fromLabel}: ${request.from.input}`, removeUrl: url({ von: '' }) }]),
    ...(request.to.input === ''
      ? []
      : [{ label: `${TEXT.toLabel}: ${request.to.input}`, removeUrl: url({ bis: '' }) }]),
  ];
  if (items.length === 0) return undefined;
  return {
    heading: TEXT.activeFiltersHeading,
    items,
    clearUrl: url(withoutFilters(facets)),
    clearLabel: TEXT.clearFilters,
  };
}
