/** Express's query parser: a parameter repeated more than qs's default 20 times stays a list. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQueryString, QUERY_PARAMETER_LIMIT } from '../../../src/web/query-string.js';

const repeated = (name: string, n: number) => Array.from({ length: n }, (_, i) => `${name}=s${i}`).join('&');

test('71 senders are a list of 71 values', () => {
  const parsed = parseQueryString(`q=x&${repeated('ministerium', 71)}`);
  assert.equal(parsed.q, 'x');
  assert.ok(Array.isArray(parsed.ministerium));
  assert.equal((parsed.ministerium as string[]).length, 71);
});

test('a parameter repeated in every place qs reads stays a list too', () => {
  const parsed = parseQueryString(repeated('thema', QUERY_PARAMETER_LIMIT + 5));
  assert.ok(Array.isArray(parsed.thema));
  assert.equal((parsed.thema as string[]).length, QUERY_PARAMETER_LIMIT);
});

test('bracket syntax is read as by Express ("extended")', () => {
  assert.deepEqual(parseQueryString('ministerium[a]=x'), { ministerium: { a: 'x' } });
  assert.deepEqual(parseQueryString('jahr[]=2024&jahr[]=2025'), { jahr: ['2024', '2025'] });
});
