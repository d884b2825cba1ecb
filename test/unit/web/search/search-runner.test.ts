import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FacetDistribution, SearchResponse } from 'meilisearch';
import type { Release } from '../../../../src/archive/release.js';
import type { FederatedQuery, SearchQuery } from '../../../../src/web/search-service.js';
import { planSearch } from '../../../../src/web/search/search-query.js';
import { parseSearchRequest } from '../../../../src/web/search/search-request.js';
import { allWordsFromPage, countHits, hasFilters, runSearch } from '../../../../src/web/search/search-runner.js';
import { NEAR_TYPO_GERMAN_WEIGHT } from '../../../../src/web/search/word-reading.js';
import { fakeRelease, fakeSearch } from '../../../helpers/fake-search.js';

const request = (query: Record<string, unknown>) =>
  parseSearchRequest(query, { currentYear: 2026, allowPerPage: true }).request;

/** Facet counts that say which query they came from: every asked attribute gets `{ [tag]: n }`. */
function tagged(facets: readonly string[], tag: string, n: number): FacetDistribution {
  return Object.fromEntries(facets.map((attribute) => [attribute, { [tag]: n }]));
}

const HITS = [fakeRelease('r1'), fakeRelease('r2')];

/** A fake whose multi-search answers each query with counts tagged by its position. */
function multiService() {
  const service = fakeSearch({ hits: HITS, total: 42 });
  const multiSearch = service.multiSearch.bind(service);
  service.multiSearch = async (queries: SearchQuery[]) =>
    (await multiSearch(queries)).map((response, i): SearchResponse<Release> => ({
      ...response,
      facetDistribution: tagged(queries[i]?.facets ?? [], `query ${i}`, i + 1),
    }));
  return service;
}

/** A fake whose federated search answers with counts tagged by the facets asked for. */
function federatedService() {
  const service = fakeSearch({ hits: HITS, total: 42 });
  const federatedSearch = service.federatedSearch.bind(service);
  service.federatedSearch = async (queries, federation) => ({
    ...(await federatedSearch(queries, federation)),
    facetDistribution: tagged(federation.facets, federation.facets.join('+'), federation.limit),
  });
  return service;
}

describe('runSearch without query text (one multi-search)', () => {
  test('one request: the hits query with page and page size; total, hits and counts from it', async () => {
    const service = multiService();
    const plan = planSearch(request({ seite: '3', proSeite: '10' }));
    const outcome = await runSearch(service, plan);
    assert.deepEqual(service.methodCalls, ['multiSearch']);
    assert.deepEqual(service.calls[0]!.queries, [{ ...plan.hits, page: 3, hitsPerPage: 10 }]);
    assert.equal(outcome.total, 42);
    assert.deepEqual(
      outcome.hits.map((h) => h.id),
      ['r1', 'r2'],
    );
    assert.deepEqual(outcome.facets, {
      ministry: { 'query 0': 1 },
      topic: { 'query 0': 1 },
      type: { 'query 0': 1 },
      year: { 'query 0': 1 },
    });
  });

  test('a selected facet is counted by its own query (no hits), in the same request', async () => {
    const service = multiService();
    const plan = planSearch(request({ ministerium: 'SMWK', jahr: '2025' }));
    const outcome = await runSearch(service, plan);
    assert.deepEqual(service.methodCalls, ['multiSearch']);
    const queries = service.calls[0]!.queries as SearchQuery[];
    assert.deepEqual(queries.slice(1), [
      { ...plan.counts[0]!.part, hitsPerPage: 0 },
      { ...plan.counts[1]!.part, hitsPerPage: 0 },
    ]);
    assert.deepEqual(outcome.facets, {
      ministry: { 'query 1': 2 },
      topic: { 'query 0': 1 },
      type: { 'query 0': 1 },
      year: { 'query 2': 3 },
    });
  });

  test('counts missing from the answer are empty, not an error', async () => {
    const service = fakeSearch({ hits: HITS, total: 2 });
    service.multiSearch = async () => [{ hits: HITS, totalHits: 2 } as unknown as SearchResponse<Release>];
    const outcome = await runSearch(service, planSearch(request({ thema: 'Bildung' })));
    assert.deepEqual(outcome.facets, { ministry: {}, topic: {}, type: {}, year: {} });
  });
});

describe('runSearch with query text and no word list (federated: both readings per query)', () => {
  test('the hits query with offset and limit, each count query with limit 0; readings without `facets`', async () => {
    const service = federatedService();
    const plan = planSearch(request({ q: 'Gentherapie', thema: 'Gesundheit', seite: '2' }));
    const outcome = await runSearch(service, plan);
    assert.deepEqual(service.methodCalls, ['federatedSearch', 'federatedSearch']);
    const [hitsCall, countCall] = service.calls.map(
      (c) =>
        c.queries as { queries: FederatedQuery[]; federation: { offset: number; limit: number; facets: string[] } },
    );
    assert.deepEqual(hitsCall!.federation, { offset: 20, limit: 20, facets: plan.hits.facets });
    assert.deepEqual(countCall!.federation, { offset: 0, limit: 0, facets: ['topics'] });
    for (const call of [hitsCall!, countCall!]) {
      assert.deepEqual(
        call.queries.map((q) => q.locales),
        [['deu'], ['eng']],
      );
      assert.ok(call.queries.every((q) => !('facets' in q) && q.q === 'Gentherapie'));
    }
    assert.deepEqual(countCall!.queries[0]!.filter, plan.counts[0]!.part.filter);
    assert.equal(outcome.total, 42);
    assert.deepEqual(
      outcome.hits.map((h) => h.id),
      ['r1', 'r2'],
    );
    assert.deepEqual(outcome.facets, {
      ministry: { 'ministryShort+type+year': 20 },
      topic: { topics: 0 },
      type: { 'ministryShort+type+year': 20 },
      year: { 'ministryShort+type+year': 20 },
    });
  });

  test('the federated requests run in parallel', async () => {
    const service = fakeSearch({ hits: HITS, total: 2 });
    let started = 0;
    const release: Array<() => void> = [];
    service.federatedSearch = (_queries, federation) => {
      started += 1;
      return new Promise((resolve) =>
        release.push(() => resolve({ hits: federation.limit === 0 ? [] : HITS, total: 2, facetDistribution: {} })),
      );
    };
    const running = runSearch(service, planSearch(request({ q: 'Schule', ministerium: 'SMK', thema: 'Bildung' })));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(started, 3, 'all three started before any answered');
    for (const answer of release) answer();
    assert.equal((await running).total, 2);
  });
});

describe('runSearch with a word list', () => {
  const words = new Map([
    ['senat', 50],
    ['mieten', 12],
    ['zell', 2],
    ['therapie', 9],
  ]);

  /** A hit with the `words` ranking details Meilisearch gives with showRankingScoreDetails. */
  const scored = (id: string, matchingWords: number) => ({
    ...fakeRelease(id),
    _rankingScoreDetails: { words: { order: 0, matchingWords, maxMatchingWords: 2, score: 1 } },
  });

  test('known words: one multi-search of the plain reading (sent with the lookup); the page tells the all-words count', async () => {
    const service = fakeSearch({ hits: [scored('r1', 2), scored('r2', 1)], total: 42, words });
    const outcome = await runSearch(service, planSearch(request({ q: 'Senat Mieten', thema: 'Bildung' })));
    assert.deepEqual(service.methodCalls, ['multiSearch', 'wordCounts'], 'no count request');
    const queries = service.calls[0]!.queries as SearchQuery[];
    assert.deepEqual(
      queries.map((q) => [q.q, q.locales, q.matchingStrategy, q.hitsPerPage, q.showRankingScoreDetails]),
      [
        ['Senat Mieten', ['eng'], undefined, 20, true],
        ['Senat Mieten', ['eng'], undefined, 0, undefined],
      ],
    );
    assert.equal(outcome.total, 42);
    assert.equal(outcome.allWords, 1, 'the hits with every word come first: one');
    assert.ok(
      outcome.hits.every((hit) => !('_rankingScoreDetails' in hit)),
      'the details are not passed on',
    );
  });

  test('a full page of hits with every word and more hits after it: the all-words count is asked for', async () => {
    const service = fakeSearch({ hits: [scored('r1', 2), scored('r2', 2)], total: 42, words });
    const outcome = await runSearch(service, planSearch(request({ q: 'Senat Mieten', proSeite: '2' })));
    assert.deepEqual(service.methodCalls, ['multiSearch', 'wordCounts', 'multiSearch']);
    const [count] = service.calls[1]!.queries as SearchQuery[];
    assert.deepEqual(
      [count!.q, count!.locales, count!.matchingStrategy, count!.hitsPerPage],
      ['Senat Mieten', ['eng'], 'all', 0],
    );
    assert.equal(outcome.allWords, 42);
  });

  test('an unknown compound of known words: both readings, federated (the plain search sent with the lookup is not used)', async () => {
    const service = fakeSearch({ hits: HITS, total: 42, words });
    await runSearch(service, planSearch(request({ q: 'Zelltherapie' })));
    assert.deepEqual(service.methodCalls, ['multiSearch', 'wordCounts', 'similarWords', 'federatedSearch']);
  });

  test('an unknown word that splits but is also a typo away from a word of the archive: the German reading weighs less', async () => {
    const typo = { zelltherapie: [{ word: 'zelltherapien', count: 3, typos: 1 }] };
    const service = fakeSearch({ hits: HITS, total: 42, words, similar: typo });
    await runSearch(service, planSearch(request({ q: 'Zelltherapie' })));
    const federated = service.calls.find((call) => call.kind === 'federated')!.queries as {
      queries: FederatedQuery[];
    };
    assert.deepEqual(
      federated.queries.map((q) => [q.locales, q.federationOptions?.weight]),
      [
        [['deu'], NEAR_TYPO_GERMAN_WEIGHT],
        [['eng'], undefined],
      ],
    );
  });

  test('a misspelt word: read plain, no second search', async () => {
    const service = fakeSearch({ hits: HITS, total: 42, words });
    await runSearch(service, planSearch(request({ q: 'Senatsverwaltnug' })));
    assert.deepEqual(service.methodCalls, ['multiSearch', 'wordCounts'], 'its parts asked for with the words');
  });
});

describe('runSearch with suggestions („Meinten Sie …?“)', () => {
  const words = new Map([
    ['senat', 50],
    ['mieten', 12],
    ['kita', 80],
  ]);
  const similar = { kiat: [{ word: 'kita', count: 80, typos: 1 }] };
  const suggesting = { suggest: true };

  test('an empty result of words the archive knows well: no lookup of similar words', async () => {
    const service = fakeSearch({ total: 0, words, similar });
    const outcome = await runSearch(service, planSearch(request({ q: 'Senat Mieten' })), undefined, suggesting);
    assert.deepEqual(service.methodCalls, ['multiSearch', 'wordCounts']);
    assert.equal(outcome.corrections, undefined);
  });

  test('an empty result with a word the archive lacks: one lookup, the close word offered', async () => {
    const service = fakeSearch({ total: 0, words, similar });
    const outcome = await runSearch(service, planSearch(request({ q: 'Kiat Senat' })), undefined, suggesting);
    assert.deepEqual(service.methodCalls, ['multiSearch', 'wordCounts', 'similarWords']);
    assert.deepEqual(outcome.corrections, [{ word: 'kiat', by: 'kita' }]);
  });

  test('the lookup goes beside the search, not after it; a result that is not weak offers nothing; without suggest: no lookup', async () => {
    const many = fakeSearch({ hits: HITS, total: 42, words, similar });
    let searchDone = false;
    const multiSearch = many.multiSearch.bind(many);
    many.multiSearch = async (queries) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      searchDone = true;
      return multiSearch(queries);
    };
    const similarWords = many.similarWords.bind(many);
    let sentBeforeSearchAnswered = false;
    many.similarWords = async (asked) => {
      sentBeforeSearchAnswered = !searchDone;
      return similarWords(asked);
    };
    const outcome = await runSearch(many, planSearch(request({ q: 'Kiat' })), undefined, suggesting);
    assert.ok(sentBeforeSearchAnswered, 'asked while the search ran');
    assert.equal(outcome.corrections, undefined, '42 hits: not weak');
    const feed = fakeSearch({ total: 0, words, similar });
    await runSearch(feed, planSearch(request({ q: 'Kiat' })));
    assert.ok(!feed.methodCalls.includes('similarWords'));
  });
});

describe('allWordsFromPage', () => {
  const page = (...matching: number[]) =>
    matching.map((m) => ({ _rankingScoreDetails: { words: { matchingWords: m, maxMatchingWords: 3 } } }));
  test('the hits with every word come first: where the first hit short of a word stands, or the total on the last page', () => {
    assert.equal(allWordsFromPage(page(3, 3, 2, 1), 0, 40), 2);
    assert.equal(allWordsFromPage(page(3, 2), 10, 40), 11, 'a later page: the hits before it have every word');
    assert.equal(allWordsFromPage(page(2, 1), 0, 40), 0);
    assert.equal(allWordsFromPage(page(3, 3), 10, 12), 12, 'the last page');
    assert.equal(allWordsFromPage([], 0, 0), 0);
  });

  test('undefined when the page cannot tell: a full page of hits with every word, a later page beginning short, past the end, no details', () => {
    assert.equal(allWordsFromPage(page(3, 3), 0, 40), undefined);
    assert.equal(allWordsFromPage(page(2, 1), 10, 40), undefined);
    assert.equal(allWordsFromPage([], 20, 12), undefined);
    assert.equal(allWordsFromPage([{}, {}], 0, 2), undefined);
  });
});

describe('hasFilters', () => {
  test('a facet selection or a date bound is a filter; query text, sort and page are not', () => {
    assert.equal(hasFilters(request({})), false);
    assert.equal(hasFilters(request({ q: 'Schule', sortierung: 'aelteste', seite: '2' })), false);
    assert.equal(hasFilters(request({ ministerium: 'SMK' })), true);
    assert.equal(hasFilters(request({ thema: 'Bildung' })), true);
    assert.equal(hasFilters(request({ jahr: '2025' })), true);
    assert.equal(hasFilters(request({ von: '2024' })), true);
    assert.equal(hasFilters(request({ bis: '31.12.2025' })), true);
  });
});

describe('countHits', () => {
  test('the empty query: the estimated total of one plain search without hits', async () => {
    const service = fakeSearch({ total: 1234 });
    assert.equal(await countHits(service, ''), 1234);
    assert.deepEqual(service.calls, [{ kind: 'search', queries: { q: '', limit: 0 } }]);
  });

  test('query text: both readings, typographic quotes as phrase quotes, no hits, no facets', async () => {
    const service = fakeSearch({ total: 3 });
    assert.equal(await countHits(service, '„Zell- und Gentherapie“'), 3);
    assert.equal(service.calls.length, 1);
    const { queries, federation } = service.calls[0]!.queries as {
      queries: FederatedQuery[];
      federation: unknown;
    };
    assert.deepEqual(federation, { offset: 0, limit: 0, facets: [] });
    assert.deepEqual(
      queries.map((q) => [q.q, q.locales, q.attributesToRetrieve, q.filter]),
      [
        ['"Zell- und Gentherapie"', ['deu'], [], undefined],
        ['"Zell- und Gentherapie"', ['eng'], [], undefined],
      ],
    );
  });
});
