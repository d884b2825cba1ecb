/** The search cache: answers kept only while the index version is unchanged, never errors, bounded. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SearchUnavailableError } from '../../../src/errors/search-unavailable-error.js';
import { cachedSearchService } from '../../../src/web/search-cache.js';
import { fakeRelease, fakeSearch } from '../../helpers/fake-search.js';

const FEDERATION = { offset: 0, limit: 10, facets: ['year'] };

function setup(maxBytes = 1_000_000) {
  const inner = fakeSearch({ hits: [fakeRelease('a')], total: 1 });
  inner.version = 'v1';
  let clock = 0;
  const unavailable: string[] = [];
  const cache = cachedSearchService(inner, {
    maxBytes,
    checkEveryMs: 1000,
    now: () => clock,
    onUnavailable: () => unavailable.push('warned'),
  });
  const asked = () => inner.calls.filter((c) => c.kind !== 'get').length;
  return { inner, cache, asked, unavailable, tick: (ms: number) => (clock += ms) };
}

describe('search cache', () => {
  test('word counts are kept word by word: only words not looked up before are asked for', async () => {
    const inner = fakeSearch({
      words: new Map([
        ['senat', 50],
        ['mieten', 12],
      ]),
    });
    inner.version = 'v1';
    const asked: string[][] = [];
    const wordCounts = inner.wordCounts.bind(inner);
    inner.wordCounts = async (words) => {
      asked.push(words);
      return wordCounts(words);
    };
    const cache = cachedSearchService(inner, { maxBytes: 1_000_000, checkEveryMs: 1000, now: () => 0 });
    assert.deepEqual(await cache.wordCounts(['senat', 'polizie']), new Map([['senat', 50]]));
    assert.deepEqual(
      await cache.wordCounts(['polizie', 'mieten', 'senat']),
      new Map([
        ['mieten', 12],
        ['senat', 50],
      ]),
    );
    assert.deepEqual(
      await cache.wordCounts(['senat', 'mieten']),
      new Map([
        ['senat', 50],
        ['mieten', 12],
      ]),
    );
    assert.deepEqual(
      asked,
      [['senat', 'polizie'], ['mieten']],
      'a word the list lacks is kept too; the third asks nothing',
    );
  });

  test('the same search is answered once while the index is unchanged; other searches are asked', async () => {
    const { cache, asked } = setup();
    const first = await cache.federatedSearch([{ q: 'Schule' }], FEDERATION);
    const again = await cache.federatedSearch([{ q: 'Schule' }], FEDERATION);
    assert.equal(asked(), 1);
    assert.deepEqual(again, first);
    await cache.federatedSearch([{ q: 'Schule' }], { ...FEDERATION, offset: 10 });
    await cache.multiSearch([{ q: 'Schule' }]);
    await cache.search('Schule', { limit: 0 });
    assert.equal(asked(), 4);
    const { bytes, ...counts } = cache.cacheStats();
    assert.deepEqual(counts, { hits: 1, misses: 4, entries: 4 });
    assert.ok(bytes > 100, `${bytes} bytes`);
  });

  test('a new index version empties the cache, noticed within checkEveryMs', async () => {
    const { inner, cache, asked, tick } = setup();
    await cache.multiSearch([{ q: 'Schule' }]);
    inner.version = 'v2';
    tick(999);
    await cache.multiSearch([{ q: 'Schule' }]);
    assert.equal(asked(), 1, 'not checked again within the interval');
    tick(1);
    await cache.multiSearch([{ q: 'Schule' }]);
    assert.equal(asked(), 2, 'asked again after the version changed');
    tick(5000);
    await cache.multiSearch([{ q: 'Schule' }]);
    assert.equal(asked(), 2, 'an unchanged version keeps the answer');
  });

  test('indexVersion is the version the cache works with, read at most once per checkEveryMs', async () => {
    const { inner, cache, tick } = setup();
    const reads = () => inner.methodCalls.filter((m) => m === 'indexVersion').length;
    assert.equal(await cache.indexVersion(), 'v1');
    await cache.multiSearch([{ q: 'Schule' }]);
    assert.equal(await cache.indexVersion(), 'v1');
    assert.equal(reads(), 1, 'a feed poll within the interval costs no request');
    inner.version = 'v2';
    tick(1000);
    assert.equal(await cache.indexVersion(), 'v2');
    assert.equal(reads(), 2);
    inner.down = true;
    inner.version = undefined;
    tick(1000);
    assert.equal(await cache.indexVersion(), undefined, 'unreadable: undefined, not an error');
  });

  test('errors are not kept: the next search asks again', async () => {
    const { inner, cache, asked } = setup();
    const working = inner.multiSearch;
    inner.multiSearch = async () => {
      inner.calls.push({ kind: 'multi', queries: 'failing' });
      throw new SearchUnavailableError('down');
    };
    await assert.rejects(cache.multiSearch([{ q: 'Schule' }]), SearchUnavailableError);
    inner.multiSearch = working;
    await cache.multiSearch([{ q: 'Schule' }]);
    await cache.multiSearch([{ q: 'Schule' }]);
    assert.equal(asked(), 2, 'asked again after the error, then kept');
  });

  test('an unreadable index version means no caching until the next check, which is not hurried', async () => {
    const { inner, cache, asked, tick } = setup();
    await cache.multiSearch([{ q: 'Schule' }]);
    tick(1000);
    const readable = inner.indexVersion;
    let checks = 0;
    inner.indexVersion = () => {
      checks += 1;
      return Promise.reject(new SearchUnavailableError('down'));
    };
    await cache.multiSearch([{ q: 'Schule' }]);
    await cache.multiSearch([{ q: 'Schule' }]);
    assert.equal(asked(), 3, 'the kept answer is not served while the version is unknown');
    assert.equal(checks, 1, 'one check per interval, not one per search');
    assert.equal(cache.caching(), true, 'an outage is not a missing permission');
    inner.indexVersion = readable;
    tick(1000);
    await cache.multiSearch([{ q: 'Schule' }]);
    await cache.multiSearch([{ q: 'Schule' }]);
    assert.equal(asked(), 4, 'cached again once the version can be read');
  });

  test('a key that may not read the index version turns caching off and warns once', async () => {
    const { inner, cache, asked, unavailable, tick } = setup();
    inner.version = undefined;
    for (let i = 0; i < 3; i++) {
      await cache.multiSearch([{ q: 'Schule' }]);
      tick(2000);
    }
    assert.equal(asked(), 3);
    assert.deepEqual(unavailable, ['warned']);
    assert.equal(cache.caching(), false);
    inner.version = 'v1';
    await cache.multiSearch([{ q: 'Schule' }]);
    assert.equal(cache.caching(), true, 'a key that can read it again turns caching on');
  });

  test('concurrent identical searches share one request', async () => {
    const { cache, asked } = setup();
    const answers = await Promise.all(Array.from({ length: 5 }, () => cache.multiSearch([{ q: 'Schule' }])));
    assert.equal(asked(), 1);
    assert.equal(new Set(answers).size, 1);
  });

  test('an answer asked for before the index changed is not kept after it', async () => {
    const { inner, cache, asked, tick } = setup();
    let release: (() => void) | undefined;
    const slow = inner.multiSearch;
    inner.multiSearch = async (queries) => {
      await new Promise<void>((resolve) => (release = resolve));
      return slow(queries);
    };
    const pending = cache.multiSearch([{ q: 'Schule' }]);
    while (!release) await new Promise((resolve) => setImmediate(resolve));
    inner.multiSearch = slow;
    inner.version = 'v2';
    tick(1000);
    await cache.search('anderes', {});
    release();
    await pending;
    await cache.multiSearch([{ q: 'Schule' }]);
    assert.equal(asked(), 3, 'the answer from before the change was not served');
  });

  test('it keeps at most `maxBytes` of answers, the least recently used go first', async () => {
    const { cache: probe } = setup();
    await probe.search('a', {});
    const one = probe.cacheStats().bytes;
    const { cache, asked } = setup(2 * one + 10);
    await cache.search('a', {});
    await cache.search('b', {});
    await cache.search('a', {});
    await cache.search('c', {});
    assert.equal(cache.cacheStats().entries, 2);
    assert.ok(cache.cacheStats().bytes <= 2 * one + 10);
    await cache.search('a', {});
    assert.equal(asked(), 3, '"a" was used recently and kept');
    await cache.search('b', {});
    assert.equal(asked(), 4, '"b" was dropped');
  });

  test('an answer larger than the whole cache is served but not kept', async () => {
    const { cache, asked } = setup(50);
    await cache.search('a', {});
    await cache.search('a', {});
    assert.equal(asked(), 2);
    assert.equal(cache.cacheStats().entries, 0);
  });

  test('release pages and health are never cached', async () => {
    const { inner, cache } = setup();
    await cache.getRelease('a');
    await cache.getRelease('a');
    assert.equal(inner.calls.filter((c) => c.kind === 'get').length, 2);
    inner.down = true;
    assert.equal(await cache.healthy(), false);
  });
});
