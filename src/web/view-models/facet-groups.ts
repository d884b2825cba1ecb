/**
 * The facet checkboxes of the search page: one group per facet, each option with its count under the
 * current selection. Selected values always appear (checked), even when nothing matches them.
 *
 * Long lists are split (a large archive has dozens of senders and decades of years): the
 * FACET_LIST_LIMIT most frequent values (years: the newest) and every selected one are visible, the
 * rest follow inside a closed `<details>` („Alle 71 Behörden anzeigen“) in the same order. Opening it
 * needs no JavaScript and no reload, so what was ticked or typed but not yet applied stays; `alle=`
 * (old links, the form's hidden field) opens it. The groups, their texts and how each orders and
 * labels its values come from the facet registry.
 */
import type {
  FacetDefinition,
  FacetKeyOf,
  FacetRegistry,
  LabelAbbreviation,
  SenderNames,
} from '../search/facets/facet-definition.js';
import { siteFacets, type Facets } from '../search/facets/facet-registry.js';
import { selectionOf } from '../search/facets/facet-selections.js';
import { TEXT } from '../texts/site-texts.js';
import type { SearchRequest } from '../search/search-request.js';
import type { FacetCounts } from '../search/search-runner.js';
import { formatNumber } from './german-format.js';

/** Options shown in a shortened facet list (plus the selected ones). */
export const FACET_LIST_LIMIT = 10;

export interface FacetOption {
  id: string;
  value: string;
  label: string;
  /** The label's abbreviation, rendered as `<abbr>` (partials/label.hbs). */
  abbr?: LabelAbbreviation;
  /** Formatted count; undefined when counts are unknown (form shown again after an input error). */
  count?: string;
  /** The count's unit for screen readers (with `count`). */
  unit?: string;
  checked: boolean;
}

export interface FacetGroup<R extends FacetRegistry = Facets> {
  key: FacetKeyOf<R>;
  /** URL parameter of the group. */
  name: string;
  /** Fragment id of the group: the show-all link returns to it. */
  id: string;
  legend: string;
  /** The visible options: the whole list, or the first part of a long one. */
  options: FacetOption[];
  /** The rest of a long list, in the same order, inside `<details>` (open when `alle=` names the group). */
  more?: { label: string; open: boolean; options: FacetOption[] };
}

type Counted = FacetOption & { n: number };

/** `{ abbr }` when there is one, else nothing (no `abbr: undefined` under exactOptionalPropertyTypes). */
export function withAbbreviation(abbr: LabelAbbreviation | undefined): { abbr?: LabelAbbreviation } {
  return abbr ? { abbr } : {};
}

/** The order of a long list in both parts: the most frequent first (or the list's own order: the newest years). */
function ranked(facet: FacetDefinition, options: Counted[]): Counted[] {
  return facet.shortList === 'first' ? options : [...options].sort((a, b) => b.n - a.n || facet.compare(a, b));
}

export function facetGroup<R extends FacetRegistry = Facets>(
  facet: R[number],
  request: SearchRequest<R>,
  counts: Record<string, number> | undefined,
  names: SenderNames,
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
      ...withAbbreviation(facet.abbreviation?.(value, names)),
      ...(count === undefined ? {} : { count: formatNumber(count), unit: TEXT.countUnit(count) }),
      n: count ?? 0,
      checked: isSelected(value),
    }))
    .sort((a, b) => facet.compare(a, b));
  const id = `filter-${name}`;
  const withIds = (list: Counted[], from: number): FacetOption[] =>
    list.map(({ n: _n, ...option }, i) => ({ ...option, id: `${name.slice(0, 1)}${from + i}` }));
  if (all.length <= FACET_LIST_LIMIT) return { key, name, id, legend: facet.legend, options: withIds(all, 0) };
  const order = ranked(facet, all);
  const first = new Set(order.slice(0, FACET_LIST_LIMIT));
  const visible = order.filter((option) => first.has(option) || option.checked);
  const rest = order.filter((option) => !visible.includes(option));
  const options = withIds(visible, 0);
  if (rest.length === 0) return { key, name, id, legend: facet.legend, options };
  const more = {
    label: facet.showAll(all.length),
    open: request.expanded.includes(key),
    options: withIds(rest, visible.length),
  };
  return { key, name, id, legend: facet.legend, options, more };
}

/** One group per facet of the registry, in its order. */
export function facetGroups<R extends FacetRegistry = Facets>(
  request: SearchRequest<R>,
  counts: FacetCounts<R> | undefined,
  names: SenderNames,
  facets: R = siteFacets(),
): Array<FacetGroup<R>> {
  return facets.map((facet) => facetGroup(facet, request, counts?.[facet.key as FacetKeyOf<R>], names));
}
