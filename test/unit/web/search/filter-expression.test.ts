/** The filter pieces user input can reach: quoted strings and validated integers (moved here from search-filter.test.ts with the functions). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { anyOf, quoteFilterValue } from '../../../../src/web/search/filter-expression.js';

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

describe('anyOf', () => {
  test('integers only, unquoted', () => {
    assert.deepEqual(anyOf('year', [2024]), ['year = 2024']);
    assert.throws(() => anyOf('year', [1.5]));
  });
});
