/**
 * The hits of an export, page by page: pages of `pageSize` hits asked for one after another, up to
 * `maxRows` in all, so at most one search of an export is at Meilisearch at a time. Each page is a
 * search of the service given (the fair queue, not the cache: pages of 1,000 hits would push out the
 * answers visitors page through) and has a deadline of its own, `timeoutMs` after it was asked for,
 * in the request's client context (search-client.ts): a whole export may take longer than one page.
 */
import type { Hits } from 'meilisearch';
import type { Release } from '../../archive/release.js';
import { planExport } from '../search/search-query.js';
import type { SearchRequest } from '../search/search-request.js';
import { runSearch } from '../search/search-runner.js';
import { asClient, currentClient } from '../search-client.js';
import type { SearchService } from '../search-service.js';

export interface ExportPage {
  hits: Hits<Release>;
  /** Results of the search in all (the export holds at most `maxRows` of them). */
  total: number;
}

export interface ExportPagesOptions {
  maxRows: number;
  pageSize: number;
  /** Deadline of each page's search (SEARCH_TIMEOUT_MS). */
  timeoutMs: number;
  now?: () => number;
}

export async function* exportPages(
  search: SearchService,
  request: SearchRequest,
  { maxRows, pageSize, timeoutMs, now = Date.now }: ExportPagesOptions,
): AsyncGenerator<ExportPage> {
  const client = currentClient();
  for (let offset = 0; offset < maxRows; offset += pageSize) {
    const plan = planExport(request, offset, pageSize);
    const outcome = client
      ? await asClient({ ...client, deadline: now() + timeoutMs }, () => runSearch(search, plan))
      : await runSearch(search, plan);
    yield { hits: outcome.hits.slice(0, maxRows - offset), total: outcome.total };
    if (outcome.hits.length < pageSize) return;
  }
}
