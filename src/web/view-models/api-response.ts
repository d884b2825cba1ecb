/** JSON bodies of the open-data API (/api/suche, /api/mitteilungen/:id). Snippets are plain text. */
import type { Release } from '../../archive/release.js';
import type { SearchRequest } from '../search/search-request.js';
import type { SearchOutcome } from '../search/search-runner.js';
import { stripHighlight } from './highlight.js';
import { resultItem } from './result-item.js';
import { pageCount } from './search-page.js';

export interface ApiHit {
  id: string;
  title: string;
  subtitle: string | null;
  date: string;
  ministry: string;
  ministryShort: string;
  topics: string[];
  snippet: string;
  url: string;
}

export interface ApiSearchResponse {
  total: number;
  page: number;
  pages: number;
  hits: ApiHit[];
  facets: { ministry: Record<string, number>; topic: Record<string, number>; year: Record<string, number> };
}

export function apiSearchResponse(request: SearchRequest, outcome: SearchOutcome, base: string): ApiSearchResponse {
  return {
    total: outcome.total,
    page: request.page,
    pages: outcome.total === 0 ? 0 : pageCount(outcome.total, request.perPage),
    hits: outcome.hits.map((hit) => {
      const item = resultItem(hit, base);
      return {
        id: item.id,
        title: item.title,
        subtitle: item.subtitle ?? null,
        date: item.date,
        ministry: item.ministry,
        ministryShort: item.ministryShort,
        topics: item.topics,
        snippet: stripHighlight(item.snippet),
        url: item.url,
      };
    }),
    facets: { ministry: outcome.facets.ministry, topic: outcome.facets.topic, year: outcome.facets.year },
  };
}

/** The fields of the archive record (release.ts), in a fixed order; index-only fields never leave. */
export const RECORD_FIELDS = [
  'id',
  'title',
  'subtitle',
  'date',
  'dateNum',
  'year',
  'ministry',
  'ministryShort',
  'ministryPrinted',
  'topics',
  'contact',
  'summary',
  'body',
  'footnotes',
  'sources',
  'sample',
  'ingestedAt',
] as const satisfies ReadonlyArray<keyof Release>;

export function apiRecord(release: Release): Partial<Release> {
  const record: Record<string, unknown> = {};
  for (const field of RECORD_FIELDS) if (release[field] !== undefined) record[field] = release[field];
  return record as Partial<Release>;
}
