import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  formatBytes,
  formatDate,
  formatNumber,
  formatTimestamp,
} from '../../../../src/web/view-models/german-format.js';

describe('German formatting', () => {
  test('dates, numbers, sizes, timestamps in German local time', () => {
    assert.equal(formatDate('2024-11-21'), '21. November 2024');
    assert.equal(formatDate('2026-03-01'), '1. März 2026');
    assert.equal(formatDate('kein Datum'), 'kein Datum');
    assert.equal(formatNumber(12345), '12.345');
    assert.equal(formatBytes(1000), '1.000 Byte');
    assert.equal(formatBytes(48_213), '47,1 KB');
    assert.equal(formatBytes(2_500_000), '2,4 MB');
    assert.equal(formatTimestamp('2026-06-03T08:15:00.000Z'), '03.06.2026, 10:15 Uhr');
    assert.equal(formatTimestamp('2026-01-03T08:15:00.000Z'), '03.01.2026, 09:15 Uhr');
  });
});
