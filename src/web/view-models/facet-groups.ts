/**
 * The facet checkboxes of the search page: one group per facet, each option with its count under the
 * current selection. Selected values always appear (checked), even when nothing matches them.
 */
import type { FacetKey } from '../../archive/search-filter.js';
import type { SearchRequest } from '../../archive/search-request.js';
import type { FacetCounts } from '../search-runner.js';
import { formatNumber } from './german-format.js';
import { TEXT } from './texts.js';

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
  legend: string;
  options: FacetOption[];
}

export const FACET_PARAMS: Record<FacetKey, string> = { ministry: 'ministerium', topic: 'thema', year: 'jahr' };

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

export function facetGroup(
  key: FacetKey,
  request: SearchRequest,
  counts: Record<string, number> | undefined,
  names: ReadonlyMap<string, string>,
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
  const options = [...values]
    .map(([value, count]) => ({
      id: '',
      value,
      label: labelOf(key, value, names),
      ...(count === undefined ? {} : { count: formatNumber(count) }),
      checked: isSelected(value),
    }))
    .sort((a, b) => order(key, a, b))
    .map((option, i) => ({ ...option, id: `${name.slice(0, 1)}${i}` }));
  return { key, name, legend: TEXT.facetLegend[key], options };
}

export function facetGroups(
  request: SearchRequest,
  counts: FacetCounts | undefined,
  names: ReadonlyMap<string, string>,
): FacetGroup[] {
  return (['ministry', 'topic', 'year'] as const).map((key) => facetGroup(key, request, counts?.[key], names));
}
