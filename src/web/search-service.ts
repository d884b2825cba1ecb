/**
 * The web server's only door to Meilisearch, holding the read-only key. Network failures and
 * server errors become SearchUnavailableError (→ 503 page); a missing release becomes undefined.
 * A request that fails before any answer (e.g. a keep-alive connection that a restarted Meilisearch
 * closed) is tried once more on a fresh connection, so the site recovers by itself.
 */
import {
  MeilisearchApiError,
  MeilisearchRequestTimeOutError,
  type FacetDistribution,
  type Hits,
  type Meilisearch,
  type MultiSearchQueryWithFederation,
  type SearchParams,
  type SearchResponse,
} from 'meilisearch';
import { createMeiliClient, meiliErrorCode } from '../archive/meili-client.js';
import { archiveIndexNames } from '../archive/archive-indexes.js';
import type { Release } from '../archive/release.js';
import type { Tombstone } from '../archive/tombstone.js';
import { wordDocumentId, type WordDocument } from '../archive/word-list.js';
import { SearchUnavailableError } from '../errors/search-unavailable-error.js';

export type SearchQuery = SearchParams & { q: string };
export type FederatedQuery = SearchQuery & { federationOptions?: { weight: number } };

export interface FederatedResult {
  hits: Hits<Release>;
  total: number;
  facetDistribution: FacetDistribution;
}

/** A word of the archive's list and the number of releases it is written in. */
export interface SimilarWord {
  word: string;
  count: number;
  /** Typos between the word asked for and this one, as Meilisearch counts them (a swap is one). */
  typos: number;
}

/** Words of the list asked for per word by similarWords. */
export const SIMILAR_WORDS = 5;

export interface SearchService {
  search(query: string, params: SearchParams): Promise<SearchResponse<Release>>;
  multiSearch(queries: SearchQuery[]): Promise<Array<SearchResponse<Release>>>;
  /** One merged result of several queries (duplicates removed); facets counted over the union. */
  federatedSearch(
    queries: FederatedQuery[],
    federation: { offset: number; limit: number; facets: string[] },
  ): Promise<FederatedResult>;
  /**
   * The archive's word list (src/archive/word-list.ts): the count of each of `words` (normalised) that
   * the list holds; a word it lacks is absent. Undefined when the list is not used (SEARCH_PLAN=federated)
   * or cannot be read (no list yet, a key from before it): the search then reads every query both ways.
   */
  wordCounts(words: string[]): Promise<Map<string, number> | undefined>;
  /**
   * Words of the archive's list close to each of `words` (typo-tolerant, „Meinten Sie …?“), by word:
   * the closest first (fewest typos, then most releases), at most SIMILAR_WORDS each, the word itself
   * included when the list holds it. One multi-search; undefined as for wordCounts.
   */
  similarWords(words: string[]): Promise<Map<string, SimilarWord[]> | undefined>;
  /** False: the word list is not used (SEARCH_PLAN=federated), wordCounts need not be asked. */
  readonly wordList: boolean;
  getRelease(id: string): Promise<Release | undefined>;
  /** The tombstone of a withdrawn release (the archive's tombstone index), or undefined. */
  getTombstone(id: string): Promise<Tombstone | undefined>;
  healthy(): Promise<boolean>;
  /**
   * Changes whenever the index changes (its `updatedAt`); undefined when the key may not read it.
   * Used to keep cached answers only as long as they are true.
   */
  indexVersion(): Promise<string | undefined>;
}

function httpStatus(error: unknown): number | undefined {
  return (error as { response?: { status?: number } }).response?.status;
}

/** A 4xx of Meilisearch (our request was wrong); not a 408, its own timeout when it is overloaded. */
function isClientError(error: unknown): boolean {
  const status = httpStatus(error);
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 408;
}

/** No answer at all (refused, reset, closed socket): worth one more try; a timeout is not. */
function isConnectionFailure(error: unknown): boolean {
  return !(error instanceof MeilisearchApiError) && !(error instanceof MeilisearchRequestTimeOutError);
}

async function guarded<T>(run: () => Promise<T>): Promise<T> {
  let error: unknown;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await run();
    } catch (caught) {
      error = caught;
      if (!isConnectionFailure(caught)) break;
    }
  }
  if (isClientError(error)) throw error;
  throw new SearchUnavailableError('Meilisearch is not reachable', { cause: error });
}

/**
 * The answer of a read of the word list, or undefined when there is none to read: no list (an archive
 * from before it) or a key that may not read it (then every query is read both ways, no suggestions).
 */
async function withWordList<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    const status = httpStatus(error);
    if (meiliErrorCode(error) === 'index_not_found' || status === 401 || status === 403) return undefined;
    throw error;
  }
}

/**
 * An index's `updatedAt`; undefined when the key may not read it (or, with `optional`, when the index
 * does not exist: an archive from before the word list).
 */
async function updatedAt(index: { getRawInfo(): Promise<{ updatedAt: unknown }> }, optional = false) {
  try {
    return String((await guarded(() => index.getRawInfo())).updatedAt);
  } catch (error) {
    const status = httpStatus(error);
    if (status === 401 || status === 403) return undefined;
    if (optional && meiliErrorCode(error) === 'index_not_found') return undefined;
    throw error;
  }
}

/** The later of two RFC 3339 timestamps (both kept when one cannot be read: the version still changes with either). */
function later(a: string, b: string): string {
  const [ta, tb] = [Date.parse(a), Date.parse(b)];
  if (Number.isNaN(ta) || Number.isNaN(tb)) return `${a} ${b}`;
  return tb > ta ? b : a;
}

/** `timeoutMs`: how long one request to Meilisearch may take (the web server passes SEARCH_TIMEOUT_MS). */
export function createSearchService(options: {
  host: string;
  apiKey: string;
  index: string;
  timeoutMs?: number;
  /** False (SEARCH_PLAN=federated): the word list is not read, every text query is read both ways. */
  wordList?: boolean;
}): SearchService {
  const client: Meilisearch = createMeiliClient({
    host: options.host,
    apiKey: options.apiKey,
    timeoutMs: options.timeoutMs ?? 5000,
  });
  const index = client.index<Release>(options.index);
  const tombstones = client.index<Tombstone>(archiveIndexNames(options.index).withdrawn);
  const wordList = client.index<WordDocument>(archiveIndexNames(options.index).words);
  return {
    wordList: options.wordList !== false,
    search: (query, params) => guarded(() => index.search(query, params)),
    async multiSearch(queries) {
      const { results } = await guarded(() =>
        client.multiSearch({ queries: queries.map((q) => ({ indexUid: options.index, ...q })) }),
      );
      return results as unknown as Array<SearchResponse<Release>>;
    },
    async federatedSearch(queries, { offset, limit, facets }) {
      const response = await guarded(() =>
        client.multiSearch<{ federation: object; queries: MultiSearchQueryWithFederation[] }, Release>({
          federation: { offset, limit, ...(facets.length > 0 ? { facetsByIndex: { [options.index]: facets } } : {}) },
          queries: queries.map((q) => ({ indexUid: options.index, ...q })),
        }),
      );
      const result = response as unknown as SearchResponse<Release> & { estimatedTotalHits?: number };
      return {
        hits: result.hits,
        total: result.estimatedTotalHits ?? 0,
        facetDistribution: result.facetsByIndex?.[options.index]?.distribution ?? {},
      };
    },
    async wordCounts(words) {
      if (options.wordList === false) return undefined;
      const ids = [...new Set(words.map(wordDocumentId))];
      if (ids.length === 0) return new Map();
      return withWordList(async () => {
        const { results } = await guarded(() =>
          wordList.getDocuments({ ids, fields: ['word', 'count'], limit: ids.length }),
        );
        return new Map(results.map((doc) => [doc.word, doc.count]));
      });
    },
    async similarWords(words) {
      if (options.wordList === false) return undefined;
      if (words.length === 0) return new Map();
      return withWordList(async () => {
        const { results } = await guarded(() =>
          client.multiSearch({
            queries: words.map((q) => ({
              indexUid: wordList.uid,
              q,
              limit: SIMILAR_WORDS,
              attributesToRetrieve: ['word', 'count'],
              showRankingScoreDetails: true,
            })),
          }),
        );
        return new Map(
          words.map((word, i) => [
            word,
            (results[i]?.hits ?? []).map((hit) => ({
              word: String(hit.word),
              count: Number(hit.count),
              typos: Number(
                (hit._rankingScoreDetails as { typo?: { typoCount?: number } } | undefined)?.typo?.typoCount ?? 0,
              ),
            })),
          ]),
        );
      });
    },
    async getRelease(id) {
      try {
        return await guarded(async () => (await index.getDocument(id)) as Release);
      } catch (error) {
        if (meiliErrorCode(error) === 'document_not_found') return undefined;
        throw error;
      }
    },
    async getTombstone(id) {
      try {
        return await guarded(async () => (await tombstones.getDocument(id)) as Tombstone);
      } catch (error) {
        // No tombstone index (an archive that never withdrew anything on an external server): none.
        const code = meiliErrorCode(error);
        if (code === 'document_not_found' || code === 'index_not_found') return undefined;
        // A MEILI_SEARCH_KEY made before the tombstone index existed may not read it: an unknown id
        // is then a 404, not a 500 on every page it is asked for (docs/configuration.md says to
        // give the key every index of the archive).
        const status = httpStatus(error);
        if (status === 401 || status === 403) return undefined;
        throw error;
      }
    },
    async indexVersion() {
      // The word list is written after the releases at the end of an ingest: a version of the
      // releases' index alone would not change then, and a new word cached as absent in between
      // (search-cache.ts) would stay absent until the next change of the index.
      const [releases, words] = await Promise.all([
        updatedAt(index),
        options.wordList === false ? undefined : updatedAt(wordList, true),
      ]);
      return releases === undefined || words === undefined ? releases : later(releases, words);
    },
    async healthy() {
      try {
        await guarded(() => index.search('', { limit: 0 }));
        return true;
      } catch (error) {
        // Not reachable (SearchUnavailableError) or an answer of Meilisearch's refusing the search
        // (a wrong key, no index): unhealthy. Anything else is a bug and not hidden here.
        if (error instanceof SearchUnavailableError || error instanceof MeilisearchApiError) return false;
        throw error;
      }
    },
  };
}
