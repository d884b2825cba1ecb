/** The barriers the Erklärung lists: with numbers when known, left out when none, plain when unknown. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { barrierCountsIfKnown, barrierList, type BarrierCounts } from '../../../src/web/barrier-counts.js';
import { SearchBusyError } from '../../../src/errors/search-busy-error.js';
import { SearchUnavailableError } from '../../../src/errors/search-unavailable-error.js';
import type { TtlCache } from '../../../src/web/ttl-cache.js';

const failing = (error: unknown): TtlCache<BarrierCounts> => ({
  get: () => Promise.reject(error),
  peek: () => undefined,
});

describe('barrierList', () => {
  test('numbers in German format where there are some, nothing for a kind the archive does not hold', () => {
    assert.deepEqual(barrierList({ scans: 1234, tables: 0 }), { scans: { count: '1.234' }, exceptions: true });
    assert.deepEqual(barrierList({ scans: 0, tables: 0 }), { exceptions: false });
  });

  test('unknown counts: every kind, without a number', () => {
    assert.deepEqual(barrierList(undefined), { scans: {}, tables: {}, exceptions: true });
  });
});

describe('barrierCountsIfKnown', () => {
  test('Meilisearch down or busy, or an index without the filterable attributes: unknown', async () => {
    assert.equal(await barrierCountsIfKnown(failing(new SearchUnavailableError('down'))), undefined);
    assert.equal(await barrierCountsIfKnown(failing(new SearchBusyError('overloaded', 'busy'))), undefined);
    const badFilter = Object.assign(new Error('filter'), { cause: { code: 'invalid_search_filter' } });
    assert.equal(await barrierCountsIfKnown(failing(badFilter)), undefined);
  });

  test('any other error is not hidden', async () => {
    await assert.rejects(barrierCountsIfKnown(failing(new TypeError('bug'))), TypeError);
  });
});
