import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseGermanDate, readGermanDate } from '../../../../src/web/search/german-date-range.js';

const iso = (input: string, bound: 'start' | 'end', year = 2026) => parseGermanDate(input, bound, year)?.iso;

describe('parseGermanDate', () => {
  test('a year is its first day as start and its last day as end', () => {
    assert.equal(iso('2024', 'start'), '2024-01-01');
    assert.equal(iso('2024', 'end'), '2024-12-31');
  });

  test('month forms with dot or slash, with or without leading zero', () => {
    assert.equal(iso('3.2024', 'start'), '2024-03-01');
    assert.equal(iso('03/2024', 'end'), '2024-03-31');
    assert.equal(iso('2.2024', 'end'), '2024-02-29', 'leap year');
    assert.equal(iso('2.2023', 'end'), '2023-02-28');
    assert.equal(iso('März 2024', 'end'), '2024-03-31');
    assert.equal(iso('Maerz 2024', 'start'), '2024-03-01');
    assert.equal(iso('Sept. 2024', 'start'), '2024-09-01');
  });

  test('day forms, four- and two-digit years, spaces after dots, month names, ISO', () => {
    assert.equal(iso('21.11.2024', 'start'), '2024-11-21');
    assert.equal(iso('21.11.2024', 'end'), '2024-11-21');
    assert.equal(iso('21.11.24', 'start'), '2024-11-21');
    assert.equal(iso('1. 2. 2025', 'start'), '2025-02-01');
    assert.equal(iso('21/11/2024', 'start'), '2024-11-21');
    assert.equal(iso('21. November 2024', 'start'), '2024-11-21');
    assert.equal(iso('2024-11-21', 'start'), '2024-11-21');
    assert.equal(iso('  2024 ', 'start'), '2024-01-01');
  });

  test('two-digit years follow the archive rule: up to five years ahead are 20xx, later ones 19xx', () => {
    assert.equal(iso('1.1.30', 'start'), '2030-01-01');
    assert.equal(iso('1.1.32', 'start'), '1932-01-01');
    assert.equal(iso('1.1.30', 'start', 2020), '1930-01-01', 'the rule moves with the current year');
  });

  test('month names: any three or more letters of a name, and the spellings releases use', () => {
    assert.equal(iso('Okto 2024', 'start'), '2024-10-01');
    assert.equal(iso('Jänner 2024', 'start'), '2024-01-01');
    assert.equal(iso('Mrz. 2024', 'start'), '2024-03-01');
    assert.equal(iso('Ju 2024', 'start'), undefined, 'two letters name no month');
  });

  test('the day number is days since 1970-01-01', () => {
    assert.equal(parseGermanDate('2.1.1970', 'start', 2026)?.day, 1);
  });

  test('rejects what is not a real date', () => {
    for (const bad of [
      '',
      'gestern',
      '31.2.2024',
      '13.2024',
      '0.2024',
      '32.1.2024',
      '1.13.2024',
      '21.11.2024x',
      '2024-13-01',
      '21.11/2024',
      '1899',
      '2101',
      'Foo 2024',
      'Ma 2024',
      '21.11.',
      '<script>',
    ]) {
      assert.equal(parseGermanDate(bad, 'start', 2026), undefined, bad);
    }
  });

  test('a text of a date’s shape that names no day says why', () => {
    const problem = (text: string, bound: 'start' | 'end' = 'start') => {
      const read = readGermanDate(text, bound, 2026);
      return 'problem' in read ? read.problem : undefined;
    };
    assert.deepEqual(problem('31.02.2024'), { kind: 'no-such-day', day: 31, month: 2, year: 2024, days: 29 });
    assert.deepEqual(problem('31. April 2025', 'end'), {
      kind: 'no-such-day',
      day: 31,
      month: 4,
      year: 2025,
      days: 30,
    });
    assert.deepEqual(problem('0.3.2024'), { kind: 'no-such-day', day: 0, month: 3, year: 2024, days: 31 });
    assert.deepEqual(problem('13.2024'), { kind: 'no-such-month', month: 13 });
    assert.deepEqual(problem('1899'), { kind: 'year-out-of-range', year: 1899 });
    assert.deepEqual(problem('gestern'), { kind: 'not-a-date' });
    assert.deepEqual(problem('Foo 2024'), { kind: 'not-a-date' });
    assert.equal(problem('29.02.2024'), undefined, 'a leap day exists');
  });
});
