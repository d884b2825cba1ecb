/**
 * The selections of a request or of a link's state, read and written through the registry: each
 * facet keeps its selected values under its `field` (`ministries`, `topics`, `years`). Code outside
 * the registry reads a facet's values only through these functions, never by the property's name.
 */
import type {
  FacetDefinition,
  FacetRegistry,
  FacetSelectionChange,
  FacetSelections,
  FacetValue,
  ReadonlyFacetSelections,
  SenderNames,
} from './facet-definition.js';
import { FACETS, siteFacets, type Facets } from './facet-registry.js';

export function selectionOf(selections: object, facet: FacetDefinition): readonly FacetValue[] {
  return (selections as Partial<Record<string, readonly FacetValue[]>>)[facet.field] ?? [];
}

/** No value selected in any facet: `{ ministries: [], topics: [], years: [] }`. */
export function emptySelections<R extends FacetRegistry = Facets>(facets: R = siteFacets()): FacetSelections<R> {
  return Object.fromEntries(facets.map((facet) => [facet.field, []])) as unknown as FacetSelections<R>;
}

/** Only the selections of `source`, in the registry's order (a request has more than a link needs). */
export function selectionsOf<R extends FacetRegistry = Facets>(
  source: ReadonlyFacetSelections<R>,
  facets: R = siteFacets(),
): ReadonlyFacetSelections<R> {
  return Object.fromEntries(
    facets.map((facet) => [facet.field, selectionOf(source, facet)]),
  ) as unknown as ReadonlyFacetSelections<R>;
}

/** A change of some facets' selections as part of a link's state (`[[TOPIC_FACET, []]]` → `{ topics: [] }`). */
export function selectionChange<R extends FacetRegistry>(
  changes: ReadonlyArray<readonly [R[number], readonly FacetValue[]]>,
): FacetSelectionChange<R> {
  return Object.fromEntries(changes.map(([facet, values]) => [facet.field, values])) as FacetSelectionChange<R>;
}

export function hasSelection(selections: object, facets: FacetRegistry = FACETS): boolean {
  return facets.some((facet) => selectionOf(selections, facet).length > 0);
}

/** The request with every selection's names resolved (`ministerium=smwk` → `SMWK`). */
export function canonicalSelections<T extends object>(
  request: T,
  names: SenderNames,
  facets: FacetRegistry = FACETS,
): T {
  const resolved = facets.map((facet) => [facet.field, facet.canonical(selectionOf(request, facet), names)]);
  return { ...request, ...Object.fromEntries(resolved) };
}
