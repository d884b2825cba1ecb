/**
 * URL parameters of /suche.csv and /api/suche.jsonl → the SearchRequest of an export: the parameters
 * of /suche read by the same parser (search-request.ts), without `seite`, `alle` and `proSeite` (an
 * export starts at the first result, has no facet lists and is written in pages of its own). The
 * order (`sortierung`) is kept. Pure.
 */
import type { FacetRegistry } from './facets/facet-definition.js';
import type { Facets } from './facets/facet-registry.js';
import { withoutParams } from './ignored-params.js';
import { parseSearchRequest, type ParseOptions, type ParseResult } from './search-request.js';

/** Rows of an export at most. */
export const EXPORT_MAX_ROWS = 5000;
/** Hits asked of Meilisearch at once: one search of the fair queue each. */
export const EXPORT_PAGE_SIZE = 1000;
/** Parameters of /suche (and /api/suche) that an export ignores. */
export const EXPORT_IGNORED = ['seite', 'alle', 'proSeite'] as const;

export function parseExportRequest<R extends FacetRegistry = Facets>(
  raw: Record<string, unknown>,
  options: Omit<ParseOptions<R>, 'allowPerPage'>,
): ParseResult<R> {
  const { request, errors } = parseSearchRequest(withoutParams(raw, EXPORT_IGNORED), {
    ...options,
    allowPerPage: false,
  });
  return { request: { ...request, page: 1, perPage: EXPORT_PAGE_SIZE, expanded: [] }, errors };
}
