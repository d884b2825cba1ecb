import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expandYear, GERMAN_MONTHS, isoDate, monthFromName } from '../../../src/archive/german-dates.js';
import { parseGermanDate as parseReleaseDate } from '../../../ingest/parse/german-dates.js';
import { parseGermanDate as parseSearchDate } from '../../../src/web/search/german-date-range.js';

test('two-digit years: the latest year ending in them at most five years ahead', () => {
  assert.equal(expandYear('26', 2026), 2026);
  assert.equal(expandYear('31', 2026), 2031);
  assert.equal(expandYear('32', 2026), 1932);
  assert.equal(expandYear('99', 2026), 1999);
  assert.equal(expandYear('00', 2026), 2000);
  assert.equal(expandYear('03', 2099), 2103, 'wraps past a century');
  assert.equal(expandYear('2024', 2026), 2024, 'four digits as written');
});

test('releases and the search form read a two-digit year alike', () => {
  const year = new Date().getFullYear();
  for (const yy of ['00', '24', String((year + 3) % 100).padStart(2, '0'), String((year + 8) % 100).padStart(2, '0')]) {
    const release = parseReleaseDate(`1.1.${yy}`);
    const search = parseSearchDate(`1.1.${yy}`, 'start', year)?.iso;
    assert.equal(release, search, `1.1.${yy}`);
  }
});

test('month names: the printed names, other spellings and abbreviations', () => {
  assert.deepEqual(
    GERMAN_MONTHS.map((name) => monthFromName(name)),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  );
  assert.equal(monthFromName('Maerz'), 3);
  assert.equal(monthFromName('mrz.'), 3);
  assert.equal(monthFromName('Jänner'), 1);
  assert.equal(monthFromName('Sept.'), 9);
  assert.equal(monthFromName('Septem'), undefined, 'prefixes only when asked');
  assert.equal(monthFromName('Septem', { prefixes: true }), 9);
  assert.equal(monthFromName('Mar', { prefixes: true }), 3);
  assert.equal(monthFromName('Ju', { prefixes: true }), undefined);
});

test('isoDate accepts real calendar days only', () => {
  assert.equal(isoDate(2024, 2, 29), '2024-02-29');
  assert.equal(isoDate(2023, 2, 29), undefined);
  assert.equal(isoDate(2024, 13, 1), undefined);
});
