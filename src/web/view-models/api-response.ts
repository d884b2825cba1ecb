/**
 * JSON bodies of the open-data API (/api/suche, /api/mitteilungen/:id). Snippets are plain text; the
 * facet counts are keyed by the facets' keys (`ministry`, `topic`, `year`), in the registry's order.
 */
import type { Hit } from 'meilisearch';
import { isInventedSample, type Release } from '../../archive/release.js';
import { TEXT } from '../texts/site-texts.js';
import type { FacetKeyOf, FacetRegistry } from '../search/facets/facet-definition.js';
import { siteFacets, type Facets } from '../search/facets/facet-registry.js';
import type { SearchRequest } from '../search/search-request.js';
import { suggestedQuery } from '../search/spelling-suggestion.js';
import type { FacetCounts, SearchOutcome } from '../search/search-runner.js';
import { stripHighlight } from './highlight.js';
import { resultItem } from './result-item.js';
import { reachablePages } from './search-page.js';

export interface ApiHit {
  id: string;
  title: string;
  subtitle: string | null;
  date: string;
  ministry: string;
  ministryShort: string;
  topics: string[];
  /** The release type („Medieneinladung“ …); null on records from before the types. */
  type: string | null;
  snippet: string;
  url: string;
  /** True for an invented sample release: no real statement of its sender. */
  invented: boolean;
  /** „Beispieldaten – keine echte Mitteilung“ on an invented sample release, else null. */
  notice: string | null;
}

export interface ApiSearchResponse<R extends FacetRegistry = Facets> {
  /** The words of `q` after the tenth, which were not searched; only when there were any. */
  ignoredWords?: string;
  /**
   * The query with misspelt words corrected from the archive's words („Meinten Sie …?“), only when the
   * result was weak and such a correction was found.
   */
  suggestion?: string;
  total: number;
  /** How many of `total` contain every word of `q` (the others only some: the search was broadened). */
  allWords: number;
  page: number;
  pages: number;
  hits: ApiHit[];
  facets: FacetCounts<R>;
}

/** One hit as the API gives it (also a line of /api/suche.jsonl): plain text, the snippet without highlight marks. */
export function apiHit(hit: Hit<Release>, base: string): ApiHit {
  const item = resultItem(hit, base);
  return {
    id: item.id,
    title: item.title,
    subtitle: item.subtitle ?? null,
    date: item.date,
    ministry: item.ministry,
    ministryShort: item.ministryShort,
    topics: item.topics,
    type: item.type ?? null,
    snippet: stripHighlight(item.snippet),
    url: item.url,
    invented: item.invented,
    notice: item.sampleLabel ?? null,
  };
}

export function apiSearchResponse<R extends FacetRegistry = Facets>(
  request: SearchRequest<R>,
  outcome: SearchOutcome<R>,
  base: string,
  facets: R = siteFacets(),
): ApiSearchResponse<R> {
  const suggested = suggestedQuery(request.q, outcome.corrections);
  return {
    ...(request.ignoredWords ? { ignoredWords: request.ignoredWords } : {}),
    ...(suggested !== undefined ? { suggestion: suggested } : {}),
    total: outcome.total,
    allWords: outcome.allWords ?? outcome.total,
    page: request.page,
    // The pages that can be asked for: with a query text, those of the first MAX_RESULT_DEPTH results.
    pages: outcome.total === 0 ? 0 : reachablePages(outcome.total, request),
    hits: outcome.hits.map((hit) => apiHit(hit, base)),
    facets: Object.fromEntries(
      facets.map((facet) => [facet.key, outcome.facets[facet.key as FacetKeyOf<R>]]),
    ) as FacetCounts<R>,
  };
}

/** The fields of the archive record (release.ts), in a fixed order; index-only fields never leave. */
export const RECORD_FIELDS = [
  'id',
  'title',
  'titleLang',
  'subtitle',
  'date',
  'dateNum',
  'year',
  'ministry',
  'ministryShort',
  'ministryPrinted',
  'topics',
  'type',
  'event',
  'contact',
  'summary',
  'body',
  'structuredBody',
  'noReadingVersion',
  'footnotes',
  'sources',
  'sample',
  'invented',
  'ingestedAt',
  'corrections',
] as const satisfies ReadonlyArray<keyof Release>;

/**
 * The record as /api/mitteilungen/:id gives it. A sample states `invented` (also one written before
 * the mark, which counts as invented), and an invented one carries the `notice` the site shows.
 */
export function apiRecord(release: Release): Partial<Release> & { notice?: string } {
  const record: Record<string, unknown> = {};
  for (const field of RECORD_FIELDS) if (release[field] !== undefined) record[field] = release[field];
  if (release.sample) record.invented = isInventedSample(release);
  if (isInventedSample(release)) record.notice = TEXT.sampleLabel;
  return record as Partial<Release> & { notice?: string };
}
