/**
 * What a facet of the search page is: a list of checkboxes (senders, topics, years) with a count per
 * value, read from one URL parameter and filtering one index attribute. The kinds in this folder
 * build definitions (text-facet.ts, sender-facet.ts, integer-facet.ts); facet-registry.ts lists the
 * site's facets. Here also the types a registry determines (the selections of a request) and the
 * check that the facets of a registry do not collide.
 */

export type FacetValue = string | number;

/** Sender short name → full name (the ministry directory, src/web/ministry-directory.ts). */
export type SenderNames = ReadonlyMap<string, string>;

/**
 * A label that ends in an abbreviation: `${before}(${short})` is the label, rendered with
 * `<abbr title="name">` so screen readers can expand „SMUL“ instead of reading it as a word.
 */
export interface LabelAbbreviation {
  before: string;
  short: string;
  name: string;
}

/** A value as a facet list shows it; what the list's order compares. */
export interface ListedValue {
  value: string;
  label: string;
}

export interface FacetDefinition<
  Key extends string = string,
  Field extends string = string,
  Value extends FacetValue = FacetValue,
> {
  /** Name in code: the facet counts, the API's `facets`, the group's CSS class `facet-<key>`. */
  readonly key: Key;
  /** Property of SearchRequest and UrlState that holds the selected values. */
  readonly field: Field;
  /**
   * URL parameter (repeatable) and the value of `alle` that opens the whole list; links depend on it.
   * Its first letter starts the ids of the checkboxes (`m0`, `t3`), so it differs between facets.
   */
  readonly param: string;
  /** Index attribute: filterable in search-config/index-settings.json, asked for as a facet distribution. */
  readonly attribute: string;
  /** Legend of the checkbox group and the start of its active filters („Behörde: …“). */
  readonly legend: string;
  /** Summary of a long list's hidden part („Alle 14 Behörden anzeigen“). */
  showAll(count: number): string;
  /**
   * The most values one request may select (more is a 400): at least the size of the facet's
   * vocabulary, so ticking every value after „Alle … anzeigen“ works.
   */
  readonly maxValues: number;
  /** Which values a shortened list keeps: the most frequent, or the first in the list's order. */
  readonly shortList: 'most-frequent' | 'first';
  /** The parameter's values (trimmed, distinct, not empty) → the selection, or the message for a bad value. */
  parse(texts: readonly string[]): { values: Value[] } | { error: string };
  /** The selection with names resolved (the sender accepts a full name for its short name). */
  canonical(values: readonly Value[], names: SenderNames): Value[];
  /** The OR group of a selection: values only quoted or as validated integers (filter-expression.ts). */
  filter(values: readonly Value[]): string[];
  /** How a value is shown in the list and in the active filters. */
  label(value: string, names: SenderNames): string;
  /** Where the label ends in an abbreviation (the sender's „… (SMK)“): its parts for `<abbr>`. */
  abbreviation?(value: string, names: SenderNames): LabelAbbreviation | undefined;
  /** The order of the list. */
  compare(a: ListedValue, b: ListedValue): number;
}

/** What each facet states for itself; its kind adds how values are read, resolved, filtered, shown and ordered. */
export type FacetBasics<Key extends string, Field extends string> = Pick<
  FacetDefinition<Key, Field>,
  'key' | 'field' | 'param' | 'attribute' | 'legend' | 'showAll'
>;

/** The facets of a search page, in their order on the page. */
export type FacetRegistry = readonly FacetDefinition[];

export type FacetKeyOf<R extends FacetRegistry> = R[number]['key'];

type ValueOf<F> = F extends FacetDefinition<string, string, infer V> ? V : never;

/** The selected values of each facet under its `field` (`ministries: string[]`, `years: number[]` …). */
export type FacetSelections<R extends FacetRegistry> = { [F in R[number] as F['field']]: Array<ValueOf<F>> };

/** The same, read-only (the state a link is made from). */
export type ReadonlyFacetSelections<R extends FacetRegistry> = {
  readonly [F in R[number] as F['field']]: ReadonlyArray<ValueOf<F>>;
};

/** Some facets' selections: a change to a link's state (`{ topics: [] }`). */
export type FacetSelectionChange<R extends FacetRegistry> = {
  readonly [F in R[number] as F['field']]?: ReadonlyArray<ValueOf<F>>;
};

/** The registry as given, once checked: no two facets share a key, field, parameter, attribute or id letter. */
export function defineRegistry<const R extends FacetRegistry>(facets: R): R {
  const names: Array<[string, (facet: FacetDefinition) => string]> = [
    ['key', (f) => f.key],
    ['field', (f) => f.field],
    ['param', (f) => f.param],
    ['attribute', (f) => f.attribute],
    ['first letter of param', (f) => f.param.slice(0, 1)],
  ];
  for (const [name, of] of names) {
    const seen = new Set<string>();
    for (const facet of facets) {
      const value = of(facet);
      if (value === '' || seen.has(value)) throw new Error(`Facet registry: ${name} "${value}" is empty or used twice`);
      seen.add(value);
    }
  }
  return facets;
}

export function facetByKey<R extends FacetRegistry>(facets: R, key: FacetKeyOf<R>): R[number] {
  const facet = facets.find((f) => f.key === key);
  if (!facet) throw new Error(`No facet "${key}" in the registry`);
  return facet;
}
