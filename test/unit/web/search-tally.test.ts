/** The per-request tally behind the Server-Timing header: searches sent, their time, cache answers. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Request, Response } from 'express';
import { SearchUnavailableError } from '../../../src/errors/search-unavailable-error.js';
import {
  countCacheAnswer,
  currentTally,
  searchTally,
  serverTiming,
  talliedSearchService,
  untallied,
  type SearchTally,
} from '../../../src/web/search-tally.js';
import { fakeRelease, fakeSearch } from '../../helpers/fake-search.js';

/** Runs `work` as the middleware would run the rest of a request, and returns that request's tally. */
function inRequest(work: () => Promise<void>): Promise<SearchTally> {
  return new Promise((resolve, reject) => {
    searchTally({} as Request, {} as Response, () => {
      work().then(() => resolve(currentTally()!), reject);
    });
  });
}

/** A fake clock for the decorator: `taking(ms, search)` lets `ms` pass while the started search runs. */
function fakeClock() {
  let ms = 0;
  return {
    now: () => ms,
    async taking<T>(elapsed: number, running: Promise<T>): Promise<T> {
      ms += elapsed;
      return running;
    },
  };
}

const FEDERATION = { offset: 0, limit: 10, facets: [] };

describe('search tally', () => {
  test('counts and times searches sent and cache answers of one request, apart from a concurrent one', async () => {
    const clock = fakeClock();
    const search = talliedSearchService(fakeSearch({ total: 7 }), clock.now);
    const [first, second] = await Promise.all([
      inRequest(async () => {
        const answer = await clock.taking(20, search.search('Gentherapie', {}));
        assert.equal(answer.estimatedTotalHits, 7, 'the answer passes through');
        countCacheAnswer();
        // Both run from 20 to 25 ms: overlapping searches are timed each.
        await clock.taking(5, Promise.all([search.multiSearch([{ q: 'a' }]), search.federatedSearch([], FEDERATION)]));
      }),
      inRequest(async () => {
        countCacheAnswer();
        countCacheAnswer();
      }),
    ]);
    assert.deepEqual(first, { meilisearch: 3, meilisearchMs: 30, cache: 1 });
    assert.deepEqual(second, { meilisearch: 0, meilisearchMs: 0, cache: 2 });
  });

  test('the index version, a release and the health check are not counted as searches', async () => {
    const release = fakeRelease('smwk-2026-06-02-agenda');
    const fake = fakeSearch({ releases: [release] });
    fake.version = '42';
    const search = talliedSearchService(fake, fakeClock().now);
    const tally = await inRequest(async () => {
      assert.equal(await search.indexVersion(), '42');
      assert.deepEqual(await search.getRelease(release.id), release);
      assert.equal(await search.healthy(), true);
    });
    assert.deepEqual(tally, { meilisearch: 0, meilisearchMs: 0, cache: 0 });
  });

  test('a failed search is counted too; outside a request nothing is counted', async () => {
    const fake = fakeSearch({ total: 3 });
    const search = talliedSearchService(fake, fakeClock().now);
    fake.down = true;
    const tally = await inRequest(async () => {
      await assert.rejects(search.search('', {}), SearchUnavailableError);
    });
    assert.equal(tally.meilisearch, 1);
    fake.down = false;
    assert.equal(currentTally(), undefined);
    assert.equal((await search.search('', {})).estimatedTotalHits, 3);
  });

  test('searches and cache answers through untallied() are not counted', async () => {
    const search = talliedSearchService(fakeSearch(), fakeClock().now);
    const cacheLike = {
      ...search,
      search: async (...args: Parameters<typeof search.search>) => {
        countCacheAnswer();
        return search.search(...args);
      },
    };
    const tally = await inRequest(async () => {
      const quiet = untallied(cacheLike);
      await quiet.search('', { limit: 0 });
      await quiet.multiSearch([{ q: 'a' }]);
      await quiet.federatedSearch([], FEDERATION);
      await search.search('', { limit: 0 });
    });
    assert.deepEqual([tally.meilisearch, tally.cache], [1, 0]);
  });

  test('header value', () => {
    assert.equal(
      serverTiming({ meilisearch: 2, meilisearchMs: 23.456, cache: 1 }),
      'meili;dur=23.5;desc="searches: 2", cache;desc="answers: 1"',
    );
  });
});
