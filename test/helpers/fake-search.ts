/** A SearchService stand-in for fast tests: canned answers, and a record of what was asked. */
import type { Hit, SearchParams, SearchResponse } from 'meilisearch';
import type { Release } from '../../src/archive/release.js';
import type { Tombstone } from '../../src/archive/tombstone.js';
import { SearchUnavailableError } from '../../src/errors/search-unavailable-error.js';
import type { FederatedResult, SearchQuery, SearchService, SimilarWord } from '../../src/web/search-service.js';

export interface FakeSearch extends SearchService {
  /** The queries of search, multiSearch, federatedSearch and getRelease. */
  calls: Array<{ kind: string; queries: unknown }>;
  /** Every method of the service that was called, in order (healthy and indexVersion too). */
  methodCalls: Array<keyof SearchService>;
  down: boolean;
  /** What indexVersion() answers; undefined (the default) keeps the web server's cache off. */
  version: string | undefined;
  /** Tombstones of withdrawn releases that getTombstone() finds. */
  tombstones: Tombstone[];
}

export function fakeRelease(id: string, extra: Partial<Release> = {}): Release {
  return {
    id,
    title: `Titel ${id}`,
    date: '2026-06-02',
    dateNum: 20606,
    year: 2026,
    ministry: 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus',
    ministryShort: 'SMWK',
    topics: ['Wissenschaft'],
    type: 'Medieninformation',
    contact: {},
    summary: 'Zusammenfassung',
    body: ['Text.'],
    sources: [],
    sample: false,
    ingestedAt: '2026-06-03T08:15:00.000Z',
    ...extra,
  };
}

export function fakeSearch(
  options: {
    releases?: Release[];
    hits?: Array<Hit<Release>>;
    total?: number;
    facetDistribution?: Record<string, Record<string, number>>;
    /** The archive's word list with counts; absent: none (wordCounts answers undefined). */
    words?: ReadonlyMap<string, number>;
    /** What similarWords answers for a word (words not named: none). */
    similar?: Record<string, SimilarWord[]>;
  } = {},
): FakeSearch {
  const releases = options.releases ?? [];
  const hits = options.hits ?? [];
  const total = options.total ?? hits.length;
  const distribution = options.facetDistribution ?? {};
  const fake: FakeSearch = {
    calls: [],
    methodCalls: [],
    down: false,
    version: undefined,
    tombstones: [],
    async search(query: string, params: SearchParams) {
      fake.methodCalls.push('search');
      fake.calls.push({ kind: 'search', queries: { q: query, ...params } });
      if (fake.down) throw new SearchUnavailableError('down');
      const wanted = params.distinct ? releases : hits;
      return {
        hits: wanted,
        totalHits: total,
        estimatedTotalHits: total,
        facetDistribution: distribution,
        processingTimeMs: 1,
        query,
      } as SearchResponse<Release>;
    },
    async multiSearch(queries: SearchQuery[]) {
      fake.methodCalls.push('multiSearch');
      fake.calls.push({ kind: 'multi', queries });
      if (fake.down) throw new SearchUnavailableError('down');
      return queries.map((q, i) => ({
        hits: i === 0 ? hits : [],
        totalHits: total,
        facetDistribution: distribution,
        processingTimeMs: 1,
        query: q.q,
      })) as Array<SearchResponse<Release>>;
    },
    async federatedSearch(queries, federation): Promise<FederatedResult> {
      fake.methodCalls.push('federatedSearch');
      fake.calls.push({ kind: 'federated', queries: { queries, federation } });
      if (fake.down) throw new SearchUnavailableError('down');
      return { hits: federation.limit === 0 ? [] : hits, total, facetDistribution: distribution };
    },
    wordList: options.words !== undefined,
    async wordCounts(asked: string[]) {
      fake.methodCalls.push('wordCounts');
      if (fake.down) throw new SearchUnavailableError('down');
      const list = options.words;
      return list && new Map(asked.filter((w) => list.has(w)).map((w) => [w, list.get(w)!]));
    },
    async similarWords(asked: string[]) {
      fake.methodCalls.push('similarWords');
      if (fake.down) throw new SearchUnavailableError('down');
      return options.words && new Map(asked.map((w) => [w, options.similar?.[w] ?? []]));
    },
    async getRelease(id: string) {
      fake.methodCalls.push('getRelease');
      fake.calls.push({ kind: 'get', queries: id });
      if (fake.down) throw new SearchUnavailableError('down');
      return releases.find((r) => r.id === id);
    },
    async getTombstone(id: string) {
      fake.methodCalls.push('getTombstone');
      if (fake.down) throw new SearchUnavailableError('down');
      return fake.tombstones.find((t) => t.id === id);
    },
    async healthy() {
      fake.methodCalls.push('healthy');
      return !fake.down;
    },
    async indexVersion() {
      fake.methodCalls.push('indexVersion');
      if (fake.down) throw new SearchUnavailableError('down');
      return fake.version;
    },
  };
  return fake;
}
