import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ttlCache } from '../../../src/web/ttl-cache.js';

describe('ttlCache', () => {
  test('loads once within the time, shares a pending load, reloads after it', async () => {
    let now = 0;
    let loads = 0;
    const cache = ttlCache(
      async () => ++loads,
      1000,
      () => now,
    );
    assert.deepEqual(await Promise.all([cache.get(), cache.get()]), [1, 1]);
    now = 999;
    assert.equal(await cache.get(), 1);
    now = 1000;
    assert.equal(await cache.get(), 2);
    assert.equal(cache.peek(), 2);
  });

  test('a failed load is not kept', async () => {
    let fail = true;
    const cache = ttlCache(async () => {
      if (fail) throw new Error('down');
      return 'ok';
    }, 1000);
    await assert.rejects(cache.get(), /down/);
    assert.equal(cache.peek(), undefined);
    fail = false;
    assert.equal(await cache.get(), 'ok');
  });

  test('a time given as a function is asked on every get; 0 loads every time', async () => {
    let ttl = 0;
    let loads = 0;
    const cache = ttlCache(
      async () => ++loads,
      () => ttl,
      () => 0,
    );
    assert.deepEqual(await Promise.all([cache.get(), cache.get()]), [1, 1], 'concurrent callers share');
    assert.equal(await cache.get(), 2);
    ttl = 1000;
    assert.equal(await cache.get(), 2);
  });
});
