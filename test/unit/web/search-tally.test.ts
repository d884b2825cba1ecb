/** The per-request tally behind the Server-Timing header: searches sent, their time, cache answers. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Request, Response } from 'express';
import {
  countCacheAnswer,
  countMeilisearch,
  currentTally,
  searchTally,
  serverTiming,
  untallied,
  type SearchTally,
} from '../../../src/web/search-tally.js';
import type { SearchService } from '../../../src/web/search-service.js';
import { fakeSearch } from './fake-search.js';

/** Runs `work` as the middleware would run the rest of a request, and returns that request's tally. */
function inRequest(work: () => Promise<void>): Promise<SearchTally> {
  return new Promise((resolve, reject) => {
    searchTally({} as Request, {} as Response, () => {
      work().then(() => resolve(currentTally()!), reject);
    });
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('search tally', () => {
  test('counts searches sent and cache answers of one request, apart from a concurrent one', async () => {
    const [first, second] = await Promise.all([
      inRequest(async () => {
        await countMeilisearch(() => wait(20));
        countCacheAnswer();
        await Promise.all([countMeilisearch(() => wait(5)), countMeilisearch(() => wait(5))]);
      }),
      inRequest(async () => {
        await wait(10);
        countCacheAnswer();
        countCacheAnswer();
      }),
    ]);
    assert.deepEqual([first.meilisearch, first.cache], [3, 1]);
    assert.ok(first.meilisearchMs >= 25, `${first.meilisearchMs} ms`);
    assert.deepEqual(second, { meilisearch: 0, meilisearchMs: 0, cache: 2 });
  });

  test('a failed search is counted too; outside a request nothing is counted', async () => {
    const tally = await inRequest(async () => {
      await assert.rejects(countMeilisearch(() => Promise.reject(new Error('down'))));
    });
    assert.equal(tally.meilisearch, 1);
    assert.equal(currentTally(), undefined);
    assert.equal(await countMeilisearch(async () => 'answer'), 'answer');
  });

  test('searches through untallied() are not counted', async () => {
    const counted: SearchService = {
      ...fakeSearch({ hits: [], total: 0 }),
      search: () => countMeilisearch(() => fakeSearch({ hits: [], total: 0 }).search('', {})),
    };
    const tally = await inRequest(async () => {
      await untallied(counted).search('', { limit: 0 });
      await counted.search('', { limit: 0 });
    });
    assert.equal(tally.meilisearch, 1);
  });

  test('header value', () => {
    assert.equal(
      serverTiming({ meilisearch: 2, meilisearchMs: 23.456, cache: 1 }),
      'meili;dur=23.5;desc="searches: 2", cache;desc="answers: 1"',
    );
  });
});
