/** The SEARCH_* settings of the fair queue, the page deadline and the rate limit, and EXPORT_CONCURRENCY: defaults, values, errors. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../../src/config.js';

test('defaults: 16 searches at a time, 2 of one address, generous queues, 3 s in the queue, 5 s per page, no rate limit, 2 exports', () => {
  assert.deepEqual(loadConfig({}).searchLimits, {
    concurrency: 16,
    concurrencyPerAddress: 2,
    queuePerAddress: 64,
    queueTotal: 512,
    queueWaitMs: 3000,
    timeoutMs: 5000,
    ratePerMinute: 0,
    exportConcurrency: 2,
  });
});

test('values are read', () => {
  const limits = loadConfig({
    SEARCH_CONCURRENCY: '6',
    SEARCH_CONCURRENCY_PER_ADDRESS: '3',
    SEARCH_QUEUE_PER_ADDRESS: '10',
    SEARCH_QUEUE_TOTAL: '100',
    SEARCH_QUEUE_WAIT_MS: '1500',
    SEARCH_TIMEOUT_MS: '2500',
    SEARCH_RATE_LIMIT: '600',
    EXPORT_CONCURRENCY: '4',
  }).searchLimits;
  assert.deepEqual(limits, {
    concurrency: 6,
    concurrencyPerAddress: 3,
    queuePerAddress: 10,
    queueTotal: 100,
    queueWaitMs: 1500,
    timeoutMs: 2500,
    ratePerMinute: 600,
    exportConcurrency: 4,
  });
});

test('wrong values name the variable', () => {
  assert.throws(
    () => loadConfig({ SEARCH_CONCURRENCY: '0' }),
    /SEARCH_CONCURRENCY must be a whole number from 1 to 256/,
  );
  assert.throws(() => loadConfig({ SEARCH_TIMEOUT_MS: '50' }), /SEARCH_TIMEOUT_MS must be a whole number from 100/);
  assert.throws(() => loadConfig({ SEARCH_RATE_LIMIT: 'viel' }), /SEARCH_RATE_LIMIT must be a whole number/);
  assert.throws(
    () => loadConfig({ EXPORT_CONCURRENCY: '0' }),
    /EXPORT_CONCURRENCY must be a whole number from 1 to 256/,
  );
  assert.throws(
    () => loadConfig({ SEARCH_QUEUE_PER_ADDRESS: '20', SEARCH_QUEUE_TOTAL: '10' }),
    /SEARCH_QUEUE_PER_ADDRESS \(20\) must not be larger than SEARCH_QUEUE_TOTAL \(10\)/,
  );
});
