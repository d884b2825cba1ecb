import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  anyOf,
  buildFilter,
  quoteFilterValue,
  similarReleasesFilter,
} from '../../../../src/web/search/search-filter.js';
import { parseSearchRequest } from '../../../../src/web/search/search-request.js';

const request = (query: Record<string, unknown>) => parseSearchRequest(query, { currentYear: 2026 }).request;

/** A tiny reader of Meilisearch's quoted strings: returns the value and what follows the closing quote. */
function readQuoted(text: string): { value: string; rest: string } {
  assert.equal(text[0], '"');
  let value = '';
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') value += text[++i];
    else if (c === '"') return { value, rest: text.slice(i + 1) };
    else value += c;
  }
  throw new Error('unterminated');
}

describe('quoteFilterValue', () => {
  test('escapes backslash and double quote, nothing else', () => {
    assert.equal(quoteFilterValue('SMWK'), '"SMWK"');
    assert.equal(quoteFilterValue('a"b'), '"a\\"b"');
    assert.equal(quoteFilterValue('a\\b'), '"a\\\\b"');
    assert.equal(quoteFilterValue('end\\'), '"end\\\\"');
    assert.equal(quoteFilterValue("it's"), '"it\'s"');
  });

  test('hostile values stay one quoted string that means exactly the value', () => {
    for (const value of [
      '" OR 1=1',
      '\\" OR ministryShort EXISTS OR "',
      'x" AND id != "y',
      '"',
      '\\',
      '\\\\"',
      'NOT',
      'a\nb',
      '(',
      ']',
    ]) {
      const { value: read, rest } = readQuoted(quoteFilterValue(value));
      assert.equal(read, value);
      assert.equal(rest, '', `nothing after the string for ${JSON.stringify(value)}`);
    }
  });
});

describe('buildFilter', () => {
  test('OR within a facet, AND across facets and dates', () => {
    const filter = buildFilter(
      request({ ministerium: ['SMWK', 'SMK'], thema: 'Bildung', jahr: ['2024', '2025'], von: '2024', bis: '3.2025' }),
    );
    assert.deepEqual(filter, [
      ['ministryShort = "SMWK"', 'ministryShort = "SMK"'],
      ['topics = "Bildung"'],
      ['year = 2024', 'year = 2025'],
      'dateNum >= 19723',
      'dateNum <= 20178',
    ]);
  });

  test('drops one facet for its disjunctive counts', () => {
    const filter = buildFilter(request({ ministerium: 'SMWK', thema: 'Bildung' }), 'ministry');
    assert.deepEqual(filter, [['topics = "Bildung"']]);
  });

  test('no selection, no filter', () => {
    assert.deepEqual(buildFilter(request({})), []);
  });

  test('a hostile ministry value is one quoted comparison', () => {
    assert.deepEqual(buildFilter(request({ ministerium: '" OR 1=1' })), [['ministryShort = "\\" OR 1=1"']]);
  });

  test('integers only, unquoted', () => {
    assert.deepEqual(anyOf('year', [2024]), ['year = 2024']);
    assert.throws(() => anyOf('year', [1.5]));
  });

  test('similar releases: same topics, not the release itself', () => {
    assert.deepEqual(similarReleasesFilter('abc', ['Bildung', 'Kultur']), [
      'id != "abc"',
      ['topics = "Bildung"', 'topics = "Kultur"'],
    ]);
    assert.deepEqual(similarReleasesFilter('abc', []), ['id != "abc"']);
  });
});
