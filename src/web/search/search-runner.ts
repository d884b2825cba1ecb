/**
 * Runs a SearchPlan against the search service: a plain plan as one multi-search request, a
 * federated plan as one federated request per part (in parallel). Returns hits, total and the
 * facet counts with each selected facet's counts taken from its own disjunctive query.
 */
import type { FacetDistribution, Hits } from 'meilisearch';
import { FACET_ATTRIBUTES, FACET_KEYS, type FacetKey } from './search-filter.js';
import { meiliQueryText, readings, type QueryPart, type SearchPlan } from './search-query.js';
import type { Release } from '../../archive/release.js';
import type { SearchRequest } from './search-request.js';
import type { SearchService } from '../search-service.js';

export type FacetCounts = Record<FacetKey, Record<string, number>>;

export interface SearchOutcome {
  total: number;
  hits: Hits<Release>;
  facets: FacetCounts;
}

function countsFor(facet: FacetKey, distribution: FacetDistribution | undefined): Record<string, number> {
  return distribution?.[FACET_ATTRIBUTES[facet]] ?? {};
}

function withoutFacets(part: QueryPart): Omit<QueryPart, 'facets'> {
  const { facets: _facets, ...rest } = part;
  return rest;
}

async function runPlain(service: SearchService, plan: SearchPlan): Promise<SearchOutcome> {
  const hitsPerPage = plan.limit;
  const page = plan.offset / plan.limit + 1;
  const [main, ...counts] = await service.multiSearch([
    { ...plan.hits, page, hitsPerPage },
    ...plan.counts.map(({ part }) => ({ ...part, hitsPerPage: 0 })),
  ]);
  const facets = {} as FacetCounts;
  for (const facet of FACET_KEYS) facets[facet] = countsFor(facet, main?.facetDistribution);
  plan.counts.forEach(({ facet }, i) => (facets[facet] = countsFor(facet, counts[i]?.facetDistribution)));
  return { total: main?.totalHits ?? 0, hits: main?.hits ?? [], facets };
}

async function runFederated(service: SearchService, plan: SearchPlan): Promise<SearchOutcome> {
  const run = (part: QueryPart, offset: number, limit: number) =>
    service.federatedSearch(readings(withoutFacets(part)), { offset, limit, facets: part.facets });
  const [main, ...counts] = await Promise.all([
    run(plan.hits, plan.offset, plan.limit),
    ...plan.counts.map(({ part }) => run(part, 0, 0)),
  ]);
  const facets = {} as FacetCounts;
  for (const facet of FACET_KEYS) facets[facet] = countsFor(facet, main!.facetDistribution);
  plan.counts.forEach(({ facet }, i) => (facets[facet] = countsFor(facet, counts[i]!.facetDistribution)));
  return { total: main!.total, hits: main!.hits, facets };
}

export function runSearch(service: SearchService, plan: SearchPlan): Promise<SearchOutcome> {
  return plan.federated ? runFederated(service, plan) : runPlain(service, plan);
}

export function hasFilters(request: SearchRequest): boolean {
  return (
    request.ministries.length + request.topics.length + request.years.length > 0 ||
    request.from.input !== '' ||
    request.to.input !== ''
  );
}

/** Number of hits of a query without any filter (for the "no hits" advice). */
export async function countHits(service: SearchService, q: string): Promise<number> {
  if (q === '') return (await service.search('', { limit: 0 })).estimatedTotalHits ?? 0;
  const text = meiliQueryText(q);
  return (
    await service.federatedSearch(readings({ q: text, attributesToRetrieve: [] }), { offset: 0, limit: 0, facets: [] })
  ).total;
}
