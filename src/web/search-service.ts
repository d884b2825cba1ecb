/**
 * The web server's only door to Meilisearch, holding the read-only key. Network failures and
 * server errors become SearchUnavailableError (→ 503 page); a missing release becomes undefined.
 */
import type { Meilisearch, SearchParams, SearchResponse } from 'meilisearch';
import { createMeiliClient } from '../archive/meili-client.js';
import type { Release } from '../archive/release.js';
import { SearchUnavailableError } from '../errors/search-unavailable-error.js';

export interface SearchService {
  search(query: string, params: SearchParams): Promise<SearchResponse<Release>>;
  multiSearch(queries: Array<SearchParams & { q: string }>): Promise<Array<SearchResponse<Release>>>;
  getRelease(id: string): Promise<Release | undefined>;
  healthy(): Promise<boolean>;
}

function errorCode(error: unknown): string | undefined {
  return (error as { cause?: { code?: string } }).cause?.code;
}

function unavailable(error: unknown): SearchUnavailableError {
  return new SearchUnavailableError('Meilisearch is not reachable', { cause: error });
}

function isClientError(error: unknown): boolean {
  const status = (error as { response?: { status?: number } }).response?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

export function createSearchService(options: { host: string; apiKey: string; index: string }): SearchService {
  const client: Meilisearch = createMeiliClient({ host: options.host, apiKey: options.apiKey, timeoutMs: 5000 });
  const index = client.index<Release>(options.index);
  return {
    async search(query, params) {
      try {
        return await index.search(query, params);
      } catch (error) {
        throw isClientError(error) ? error : unavailable(error);
      }
    },
    async multiSearch(queries) {
      try {
        const { results } = await client.multiSearch({
          queries: queries.map((q) => ({ indexUid: options.index, ...q })),
        });
        return results as unknown as Array<SearchResponse<Release>>;
      } catch (error) {
        throw isClientError(error) ? error : unavailable(error);
      }
    },
    async getRelease(id) {
      try {
        return (await index.getDocument(id)) as Release;
      } catch (error) {
        if (errorCode(error) === 'document_not_found') return undefined;
        throw isClientError(error) ? error : unavailable(error);
      }
    },
    async healthy() {
      try {
        await index.search('', { limit: 0 });
        return true;
      } catch {
        return false;
      }
    },
  };
}
