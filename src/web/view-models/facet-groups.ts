/**
 * The facet checkboxes of the search page: one group per facet, each option with its count under the
 * current selection. Selected values always appear (checked), even when nothing matches them.
 *
 * Long lists are shortened (a large archive has dozens of senders and decades of years): only the
 * FACET_LIST_LIMIT most frequent values (years: the newest) and the selected ones are shown, with a
 * link to the same page showing all (`alle=ministerium`) — plain links, no JavaScript needed.
 */
import type { FacetKey } from '../search/search-filter.js';
import { FACET_PARAMS, type SearchRequest } from '../search/search-request.js';
import type { FacetCounts } from '../search/search-runner.js';
import { formatNumber } from './german-format.js';
import { searchUrl, stateOf } from './search-url.js';
import { TEXT } from './texts.js';

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

export interface FacetGroup {
  key: FacetKey;
  /** URL parameter of the group. */
  name: string;
  /** Fragment id of the group: the show-all link returns to it. */
  id: string;
  legend: string;
  options: FacetOption[];
  /** Link that shows all options of a shortened list, or shortens a list shown in full. */
  toggle?: { url: string; label: string };
}

function selection(request: SearchRequest, key: FacetKey): string[] {
  if (key === 'ministry') return request.ministries;
  if (key === 'topic') return request.topics;
  return request.years.map(String);
}

export function ministryLabel(short: string, names: ReadonlyMap<string, string>): string {
  const name = names.get(short);
  return name && name !== short ? `${name} (${short})` : short;
}

function labelOf(key: FacetKey, value: string, names: ReadonlyMap<string, string>): string {
  return key === 'ministry' ? ministryLabel(value, names) : value;
}

function order(key: FacetKey, a: FacetOption, b: FacetOption): number {
  if (key === 'year') return Number(b.value) - Number(a.value);
  return a.label.localeCompare(b.label, 'de');
}

type Counted = FacetOption & { n: number };

/** The options of a shortened list: the most frequent (years: the newest) and every selected one. */
function shortened(key: FacetKey, options: Counted[]): Counted[] {
  const ranked = key === 'year' ? options : [...options].sort((a, b) => b.n - a.n || order(key, a, b));
  const shown = new Set(ranked.slice(0, FACET_LIST_LIMIT));
  return ranked.filter((option) => shown.has(option) || option.checked);
}

export function facetGroup(
  key: FacetKey,
  request: SearchRequest,
  counts: Record<string, number> | undefined,
  names: ReadonlyMap<string, string>,
  base: string,
): FacetGroup {
  const selected = selection(request, key);
  const isSelected = (value: string) =>
    selected.some((s) => s.toLocaleLowerCase('de') === value.toLocaleLowerCase('de'));
  const values = new Map<string, number | undefined>(Object.entries(counts ?? {}));
  for (const value of selected) {
    if (![...values.keys()].some((v) => v.toLocaleLowerCase('de') === value.toLocaleLowerCase('de'))) {
      values.set(value, counts ? 0 : undefined);
    }
  }
  const name = FACET_PARAMS[key];
  const all: Counted[] = [...values]
    .map(([value, count]) => ({
      id: '',
      value,
      label: labelOf(key, value, names),
      ...(count === undefined ? {} : { count: formatNumber(count) }),
      n: count ?? 0,
      checked: isSelected(value),
    }))
    .sort((a, b) => order(key, a, b));
  const long = all.length > FACET_LIST_LIMIT;
  const expanded = request.expanded.includes(key);
  const id = `filter-${name}`;
  const state = stateOf(request);
  const toggleTo = (keys: FacetKey[]) => `${searchUrl(base, state, { expanded: keys, page: state.page })}#${id}`;
  const toggle = !long
    ? undefined
    : expanded
      ? { url: toggleTo(request.expanded.filter((k) => k !== key)), label: TEXT.facetShowFewer[key] }
      : { url: toggleTo([...request.expanded, key]), label: TEXT.facetShowAll[key](all.length) };
  const options = (long && !expanded ? shortened(key, all) : all).map(({ n: _n, ...option }, i) => ({
    ...option,
    id: `${name.slice(0, 1)}${i}`,
  }));
  return { key, name, id, legend: TEXT.facetLegend[key], options, ...(toggle ? { toggle } : {}) };
}

export function facetGroups(
  request: SearchRequest,
  counts: FacetCounts | undefined,
  names: ReadonlyMap<string, string>,
  base: string,
): FacetGroup[] {
  return (['ministry', 'topic', 'year'] as const).map((key) => facetGroup(key, request, counts?.[key], names, base));
}
