/**
 * Runs a SearchPlan against the search service: a plain plan as one multi-search request, a
 * federated plan as one federated request per part (in parallel). Returns hits, total and the
 * facet counts with each selected facet's counts taken from its own disjunctive query.
 */
import type { FacetDistribution, Hits } from 'meilisearch';
import { facetByKey, type FacetKeyOf, type FacetRegistry } from './facets/facet-definition.js';
import { siteFacets, type Facets } from './facets/facet-registry.js';
import { hasSelection } from './facets/facet-selections.js';
import { meiliQueryText, readings, type QueryPart, type SearchPlan } from './search-query.js';
import { readQuery } from './query-reading.js';
import type { Release } from '../../archive/release.js';
import type { SearchRequest } from './search-request.js';
import type { SearchService } from '../search-service.js';

/** Value → number of hits, per facet key, in the registry's order. */
export type FacetCounts<R extends FacetRegistry = Facets> = Record<FacetKeyOf<R>, Record<string, number>>;

export interface SearchOutcome<R extends FacetRegistry = Facets> {
  total: number;
  /** How many of `total` contain every word of the query; absent when the plan did not count them (all do). */
  allWords?: number;
  hits: Hits<Release>;
  facets: FacetCounts<R>;
}

/** Each facet's counts from the hits query, those of a selected facet from its own count query. */
function facetCounts<R extends FacetRegistry>(
  facets: R,
  plan: SearchPlan<R>,
  main: FacetDistribution | undefined,
  counts: ReadonlyArray<FacetDistribution | undefined>,
): FacetCounts<R> {
  const result = {} as FacetCounts<R>;
  for (const facet of facets) result[facet.key as FacetKeyOf<R>] = main?.[facet.attribute] ?? {};
  plan.counts.forEach(({ facet }, i) => (result[facet] = counts[i]?.[facetByKey(facets, facet).attribute] ?? {}));
  return result;
}

function withoutFacets(part: QueryPart): Omit<QueryPart, 'facets'> {
  const { facets: _facets, ...rest } = part;
  return rest;
}

async function runPlain<R extends FacetRegistry>(
  service: SearchService,
  plan: SearchPlan<R>,
  facets: R,
): Promise<SearchOutcome<R>> {
  const hitsPerPage = plan.limit;
  const page = plan.offset / plan.limit + 1;
  const [main, ...counts] = await service.multiSearch([
    { ...plan.hits, page, hitsPerPage },
    ...plan.counts.map(({ part }) => ({ ...part, hitsPerPage: 0 })),
  ]);
  return {
    total: main?.totalHits ?? 0,
    hits: main?.hits ?? [],
    facets: facetCounts(
      facets,
      plan,
      main?.facetDistribution,
      counts.map((c) => c.facetDistribution),
    ),
  };
}

async function runFederated<R extends FacetRegistry>(
  service: SearchService,
  plan: SearchPlan<R>,
  facets: R,
): Promise<SearchOutcome<R>> {
  const run = (part: QueryPart, offset: number, limit: number) =>
    service.federatedSearch(readings(withoutFacets(part)), { offset, limit, facets: part.facets });
  const [main, allWords, ...counts] = await Promise.all([
    run(plan.hits, plan.offset, plan.limit),
    plan.allWords ? run(plan.allWords, 0, 0) : undefined,
    ...plan.counts.map(({ part }) => run(part, 0, 0)),
  ]);
  return {
    total: main!.total,
    // At most the total: the two counts come from two searches of an index that may change between them.
    ...(allWords ? { allWords: Math.min(main!.total, allWords.total) } : {}),
    hits: main!.hits,
    facets: facetCounts(
      facets,
      plan,
      main!.facetDistribution,
      counts.map((c) => c!.facetDistribution),
    ),
  };
}

/** `facets`: the registry the plan was made from. */
export function runSearch<R extends FacetRegistry = Facets>(
  service: SearchService,
  plan: SearchPlan<R>,
  facets: R = siteFacets(),
): Promise<SearchOutcome<R>> {
  return plan.federated ? runFederated(service, plan, facets) : runPlain(service, plan, facets);
}

export function hasFilters<R extends FacetRegistry = Facets>(
  request: SearchRequest<R>,
  facets: R = siteFacets(),
): boolean {
  return hasSelection(request, facets) || request.from.input !== '' || request.to.input !== '';
}

/** Number of hits of a query without any filter (for the "no hits" advice). */
export async function countHits(service: SearchService, q: string): Promise<number> {
  if (q === '') return (await service.search('', { limit: 0 })).estimatedTotalHits ?? 0;
  const text = readQuery(meiliQueryText(q)).text;
  return (
    await service.federatedSearch(readings({ q: text, attributesToRetrieve: [] }), { offset: 0, limit: 0, facets: [] })
  ).total;
}
