/**
 * The kind of facet for the release type („Art“): a text facet whose values are the type names of
 * search-config/release-types.json, accepted in a URL in any case and by alias (`art=Pressemitteilung`
 * → „Medieninformation“), listed in the file's order. An unknown value stays as given (it finds nothing).
 */
import { releaseTypeNamed, releaseTypes } from '../../../archive/release-types.js';
import type { FacetBasics, FacetDefinition, ListedValue } from './facet-definition.js';
import { textFacet } from './text-facet.js';

/** The position of a type in the file; unknown values after the known ones, alphabetically. */
function byFileOrder(a: ListedValue, b: ListedValue): number {
  const names = releaseTypes().types.map((t) => t.name);
  const rank = (v: ListedValue) => (names.includes(v.value) ? names.indexOf(v.value) : names.length);
  return rank(a) - rank(b) || a.label.localeCompare(b.label, 'de');
}

export function typeFacet<Key extends string, Field extends string>(
  basics: FacetBasics<Key, Field>,
): FacetDefinition<Key, Field, string> {
  return {
    ...textFacet({ ...basics, maxValues: 20 }),
    shortList: 'first',
    canonical: (values) => [...new Set(values.map((value) => releaseTypeNamed(value) ?? value))],
    compare: byFileOrder,
  };
}
