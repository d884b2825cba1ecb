import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isoDateToDayNumber, isReleaseId } from '../../../src/archive/release.js';

describe('isoDateToDayNumber', () => {
  test('counts days since 1970-01-01 (UTC)', () => {
    assert.equal(isoDateToDayNumber('1970-01-01'), 0);
    assert.equal(isoDateToDayNumber('1970-01-02'), 1);
    assert.equal(isoDateToDayNumber('1969-12-31'), -1);
    assert.equal(isoDateToDayNumber('2000-03-01'), 11_017);
    assert.equal(isoDateToDayNumber('2024-03-12'), 19_794);
  });

  test('consecutive dates across a leap day differ by one', () => {
    const feb28 = isoDateToDayNumber('2024-02-28');
    const feb29 = isoDateToDayNumber('2024-02-29');
    const mar1 = isoDateToDayNumber('2024-03-01');
    assert.ok(feb28 !== undefined && feb29 !== undefined && mar1 !== undefined);
    assert.equal(feb29 - feb28, 1);
    assert.equal(mar1 - feb29, 1);
  });

  test('dates that do not exist in the calendar are undefined', () => {
    for (const iso of [
      '2023-02-29',
      '2024-02-30',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '1900-02-29',
    ]) {
      assert.equal(isoDateToDayNumber(iso), undefined, iso);
    }
  });

  test('text that is not exactly YYYY-MM-DD is undefined', () => {
    for (const text of ['2024-3-12', '12.03.2024', '2024-03-12T00:00:00Z', ' 2024-03-12', '', '20240312']) {
      assert.equal(isoDateToDayNumber(text), undefined, JSON.stringify(text));
    }
  });
});

describe('isReleaseId', () => {
  test('accepts lower-case letters, digits and hyphens', () => {
    for (const id of ['2024-03-12-smk-neue-lehrkraefte', 'a', '0', 'x'.repeat(100)]) {
      assert.ok(isReleaseId(id), id);
    }
  });

  test('rejects ids that are unsafe in URLs or filters, or too long', () => {
    for (const id of [
      '',
      '-leading-hyphen',
      'Upper-Case',
      'with space',
      'umlaut-ä',
      'slash/id',
      'quote"id',
      'under_score',
      'dot.id',
      'x'.repeat(101),
      'ok\n',
    ]) {
      assert.equal(isReleaseId(id), false, JSON.stringify(id));
    }
  });
});
