/**
 * The kind of facet whose values are whole numbers in a range, such as the years: anything else in
 * the URL is an error, a value reaches the filter only as a validated integer, the list runs from the
 * highest value down, and a shortened list keeps the highest values (the newest years).
 */
import { anyOf } from '../filter-expression.js';
import type { FacetBasics, FacetDefinition } from './facet-definition.js';

export interface IntegerFacet<Key extends string, Field extends string> extends FacetDefinition<Key, Field, number> {
  readonly min: number;
  readonly max: number;
  /** The message for a value that is not a whole number from min to max. */
  readonly invalid: string;
}

/** Digits only (at most nine), from min to max; undefined otherwise. */
export function integerInRange(text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined || !/^\d{1,9}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

export function integerFacet<Key extends string, Field extends string>(
  basics: FacetBasics<Key, Field> & { min: number; max: number; invalid: string },
): IntegerFacet<Key, Field> {
  const { min, max, invalid } = basics;
  return {
    ...basics,
    // Every whole number of the range once: the facet's whole vocabulary.
    maxValues: max - min + 1,
    shortList: 'first',
    parse(texts) {
      const parsed = texts.map((text) => integerInRange(text, min, max));
      if (parsed.some((n) => n === undefined)) return { error: invalid };
      return { values: [...new Set(parsed as number[])] };
    },
    canonical: (values) => [...values],
    filter: (values) => anyOf(basics.attribute, values),
    label: (value) => value,
    compare: (a, b) => Number(b.value) - Number(a.value),
  };
}
