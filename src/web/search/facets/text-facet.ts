/**
 * The kind of facet whose values are texts, such as the topics: a value is shown as it is, the list
 * is in German alphabetical order, a shortened list keeps the most frequent values, and a value
 * reaches the filter only as a quoted string.
 */
import { anyOf } from '../filter-expression.js';
import type { FacetBasics, FacetDefinition, ListedValue } from './facet-definition.js';

/** German alphabetical order of the shown labels. */
export function byLabel(a: ListedValue, b: ListedValue): number {
  return a.label.localeCompare(b.label, 'de');
}

/** The values one request may select of a text facet that states no number of its own. */
export const DEFAULT_MAX_VALUES = 50;

export function textFacet<Key extends string, Field extends string>(
  basics: FacetBasics<Key, Field> & { maxValues?: number },
): FacetDefinition<Key, Field, string> {
  return {
    ...basics,
    maxValues: basics.maxValues ?? DEFAULT_MAX_VALUES,
    shortList: 'most-frequent',
    parse: (texts) => ({ values: [...texts] }),
    canonical: (values) => [...values],
    filter: (values) => anyOf(basics.attribute, values),
    label: (value) => value,
    compare: byLabel,
  };
}
