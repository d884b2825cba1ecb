/**
 * The bounds of one request's cost in parseSearchRequest: values per facet up to the facet's
 * vocabulary (all of Berlin’s 71 senders), words after the tenth dropped, the query length, and
 * how deep a search with text may be paged.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_YEAR, MIN_YEAR } from '../../../../src/web/search/german-date-range.js';
import { SENDER_FACET } from '../../../../src/web/search/facets/facet-registry.js';
import { lastPageFor, MAX_PAGE, MESSAGES, parseSearchRequest } from '../../../../src/web/search/search-request.js';

const parse = (raw: Record<string, unknown>) => parseSearchRequest(raw, { currentYear: 2026 });
const values = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

test('every one of 71 senders can be selected, and up to the sender facet’s limit', () => {
  for (const n of [21, 71, SENDER_FACET.maxValues]) {
    const { request, errors } = parse({ ministerium: values(n, 'ba-') });
    assert.deepEqual(errors, [], `${n} senders`);
    assert.equal(request.ministries.length, n);
  }
  const over = parse({ ministerium: values(SENDER_FACET.maxValues + 1, 'ba-') });
  assert.deepEqual(over.errors, [{ message: MESSAGES.tooManyValues('ministerium', SENDER_FACET.maxValues) }]);
  assert.equal(over.errors[0]!.message, 'Für „ministerium“ sind höchstens 200 Werte erlaubt.');
});

test('every year of the year facet’s range can be selected at once', () => {
  const years = Array.from({ length: MAX_YEAR - MIN_YEAR + 1 }, (_, i) => String(MIN_YEAR + i));
  const { request, errors } = parse({ jahr: years });
  assert.deepEqual(errors, []);
  assert.equal(request.years.length, years.length);
});

test('words after the tenth are not searched and are kept apart for the notice', () => {
  const q = 'eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf';
  const { request, errors } = parse({ q });
  assert.deepEqual(errors, []);
  assert.equal(request.q, 'eins zwei drei vier fünf sechs sieben acht neun zehn');
  assert.equal(request.ignoredWords, 'elf zwölf');
  assert.equal(parse({ q: 'eins zwei' }).request.ignoredWords, undefined);
});

test('a query over the length limit is an error and is shown as typed, not cut to ten words', () => {
  const q = `${'wort '.repeat(120)}x`.trim();
  const { request, errors } = parse({ q });
  assert.deepEqual(errors, [{ field: 'q', message: MESSAGES.queryTooLong }]);
  assert.equal(request.q, q.slice(0, 500));
  assert.equal(request.ignoredWords, undefined);
});

test('with a query text, pages up to the one holding result 1,000; without one, any page', () => {
  assert.deepEqual(parse({ q: 'Schule', seite: '50' }).errors, []);
  const deep = parse({ q: 'Schule', seite: '51' });
  assert.deepEqual(deep.errors, [{ message: MESSAGES.tooDeep(20) }]);
  assert.equal(
    deep.errors[0]!.message,
    'Mit einem Suchbegriff lassen sich nur die ersten 1.000 Treffer durchblättern, hier bis Seite 50. Bitte grenzen Sie die Suche mit Filtern ein oder ändern Sie die Sortierung.',
  );
  const api = (raw: Record<string, unknown>) =>
    parseSearchRequest(raw, { currentYear: 2026, allowPerPage: true }).errors;
  assert.deepEqual(api({ q: 'Schule', proSeite: '100', seite: '10' }), []);
  assert.deepEqual(api({ q: 'Schule', proSeite: '100', seite: '11' }), [{ message: MESSAGES.tooDeep(100) }]);
  assert.deepEqual(api({ q: 'Schule', proSeite: '7', seite: '143' }), []);
  assert.deepEqual(parse({ seite: '3300' }).errors, []);
  assert.deepEqual(parse({ seite: String(MAX_PAGE) }).errors, []);
  assert.equal(lastPageFor('', 20), MAX_PAGE);
});
