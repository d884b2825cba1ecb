/**
 * The facet checkboxes of the search page: one group per facet, each option with its count under the
 * current selection. Selected values always appear (checked), even when nothing matches them.
 *
 * Long lists are shortened (a large archive has dozens of senders and decades of years): only the
 * FACET_LIST_LIMIT most frequent values (years: the newest) and the selected ones are shown, with a
 * link to the same page showing all (`alle=ministerium`) — plain links, no JavaScript needed.
 * The groups, their texts and how each orders and labels its values come from the facet registry.
 */
import type { FacetDefinition, FacetKeyOf, FacetRegistry, SenderNames } from '../search/facets/facet-definition.js';
import { siteFacets, type Facets } from '../search/facets/facet-registry.js';
import { selectionOf } from '../search/facets/facet-selections.js';
import type { SearchRequest } from '../search/search-request.js';
import type { FacetCounts } from '../search/search-runner.js';
import { formatNumber } from './german-format.js';
import { searchUrl, stateOf } from './search-url.js';

/** Options shown in a shortened facet list (plus the selected ones). */
export const FACET_LIST_LIMIT = 10;

export interface FacetOption {
  id: string;
  value: string;
  label: string;
  /** Formatted count; undefined when counts are unknown (form shown again after an input error). */
  count?: string;
  checked: boolean;
}

export interface FacetGroup<R extends FacetRegistry = Facets> {
  key: FacetKeyOf<R>;
  /** URL parameter of the group. */
  name: string;
  /** Fragment id of the group: the show-all link returns to it. */
  id: string;
  legend: string;
  options: FacetOption[];
  /** Link that shows all options of a shortened list, or shortens a list shown in full. */
  toggle?: { url: string; label: string };
}

type Counted = FacetOption & { n: number };

/** A shortened list: the most frequent options (or the first: the newest years) and every selected one. */
function shortened(facet: FacetDefinition, options: Counted[]): Counted[] {
  const ranked = facet.shortList === 'first' ? options : [...options].sort((a, b) => b.n - a.n || facet.compare(a, b));
  const shown = new Set(ranked.slice(0, FACET_LIST_LIMIT));
  return ranked.filter((option) => shown.has(option) || option.checked);
}

export function facetGroup<R extends FacetRegistry = Facets>(
  facet: R[number],
  request: SearchRequest<R>,
  counts: Record<string, number> | undefined,
  names: SenderNames,
  base: string,
  facets: R = siteFacets(),
): FacetGroup<R> {
  const key: FacetKeyOf<R> = facet.key;
  const selected = selectionOf(request, facet).map(String);
  const isSelected = (value: string) =>
    selected.some((s) => s.toLocaleLowerCase('de') === value.toLocaleLowerCase('de'));
  const values = new Map<string, number | undefined>(Object.entries(counts ?? {}));
  for (const value of selected) {
    if (![...values.keys()].some((v) => v.toLocaleLowerCase('de') === value.toLocaleLowerCase('de'))) {
      values.set(value, counts ? 0 : undefined);
    }
  }
  const name = facet.param;
  const all: Counted[] = [...values]
    .map(([value, count]) => ({
      id: '',
      value,
      label: facet.label(value, names),
      ...(count === undefined ? {} : { count: formatNumber(count) }),
      n: count ?? 0,
      checked: isSelected(value),
    }))
    .sort((a, b) => facet.compare(a, b));
  const long = all.length > FACET_LIST_LIMIT;
  const expanded = request.expanded.includes(key);
  const id = `filter-${name}`;
  const state = stateOf(request, facets);
  const toggleTo = (keys: Array<FacetKeyOf<R>>) =>
    `${searchUrl(base, state, { expanded: keys, page: state.page }, facets)}#${id}`;
  const toggle = !long
    ? undefined
    : expanded
      ? { url: toggleTo(request.expanded.filter((k) => k !== key)), label: facet.showFewer }
      : { url: toggleTo([...request.expanded, key]), label: facet.showAll(all.length) };
  const options = (long && !expanded ? shortened(facet, all) : all).map(({ n: _n, ...option }, i) => ({
    ...option,
    id: `${name.slice(0, 1)}${i}`,
  }));
  return { key, name, id, legend: facet.legend, options, ...(toggle ? { toggle } : {}) };
}

/** One group per facet of the registry, in its order. */
export function facetGroups<R extends FacetRegistry = Facets>(
  request: SearchRequest<R>,
  counts: FacetCounts<R> | undefined,
  names: SenderNames,
  base: string,
  facets: R = siteFacets(),
): Array<FacetGroup<R>> {
  return facets.map((facet) => facetGroup(facet, request, counts?.[facet.key as FacetKeyOf<R>], names, base, facets));
}
