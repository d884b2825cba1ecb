import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MESSAGES, parseSearchRequest } from '../../../../src/web/search/search-request.js';

const parse = (query: Record<string, unknown>, allowPerPage = false) =>
  parseSearchRequest(query, { currentYear: 2026, allowPerPage });

describe('parseSearchRequest', () => {
  test('defaults: empty query, newest first, page 1, 20 per page', () => {
    const { request, errors } = parse({});
    assert.deepEqual(errors, []);
    assert.equal(request.q, '');
    assert.equal(request.sort, 'neueste');
    assert.equal(request.sortGiven, false);
    assert.equal(request.page, 1);
    assert.equal(request.perPage, 20);
  });

  test('a query sorts by relevance unless told otherwise; empty query never sorts by relevance', () => {
    assert.equal(parse({ q: ' Gentherapie ' }).request.sort, 'relevanz');
    assert.equal(parse({ q: 'Gentherapie' }).request.q, 'Gentherapie');
    assert.equal(parse({ q: 'x', sortierung: 'aelteste' }).request.sort, 'aelteste');
    assert.equal(parse({ sortierung: 'relevanz' }).request.sort, 'neueste');
  });

  test('repeatable facets become lists (trimmed, empty and duplicate values dropped)', () => {
    const { request, errors } = parse({
      ministerium: ['SMWK', ' SMK ', '', 'SMWK'],
      thema: 'Bildung',
      jahr: ['2024', '2025'],
    });
    assert.deepEqual(errors, []);
    assert.deepEqual(request.ministries, ['SMWK', 'SMK']);
    assert.deepEqual(request.topics, ['Bildung']);
    assert.deepEqual(request.years, [2024, 2025]);
  });

  test('dates resolve to inclusive day numbers; empty fields are ignored', () => {
    const { request, errors } = parse({ von: '2024', bis: '2024', q: '' });
    assert.deepEqual(errors, []);
    assert.equal(request.to.day! - request.from.day!, 365);
    assert.deepEqual(parse({ von: '', bis: '' }).request.from, { input: '' });
  });

  test('invalid and reversed dates are errors at their field', () => {
    assert.deepEqual(parse({ von: 'gestern' }).errors, [{ field: 'von', message: MESSAGES.from }]);
    assert.deepEqual(parse({ bis: 'morgen' }).errors, [{ field: 'bis', message: MESSAGES.to }]);
  });

  test('a date of a date’s shape that names no day says what is wrong', () => {
    const message = (query: Record<string, string>) => parse(query).errors.map((e) => [e.field, e.message]);
    assert.deepEqual(message({ von: '31.02.2024' }), [
      ['von', '„Von“: Den 31. Februar 2024 gibt es nicht, der Februar 2024 hat 29 Tage.'],
    ]);
    assert.deepEqual(message({ bis: '29. Februar 2023' }), [
      ['bis', '„Bis“: Den 29. Februar 2023 gibt es nicht, der Februar 2023 hat 28 Tage.'],
    ]);
    assert.deepEqual(message({ von: '13.2024' }), [
      ['von', '„Von“: Einen 13. Monat gibt es nicht. Der Monat muss eine Zahl von 1 bis 12 sein.'],
    ]);
    assert.deepEqual(message({ bis: '1850' }), [['bis', '„Bis“: Das Jahr muss zwischen 1900 und 2100 liegen.']]);
    assert.deepEqual(parse({ von: '2025', bis: '2024' }).errors, [{ field: 'bis', message: MESSAGES.reversed }]);
    const { request } = parse({ von: 'gestern' });
    assert.equal(request.from.input, 'gestern', 'the text is kept for the form');
  });

  test('page: below 1, not a number or too large are errors', () => {
    for (const seite of ['0', '-1', 'abc', '1.5', '1e3', '100001', '']) {
      const { errors, request } = parse({ seite });
      if (seite === '') assert.deepEqual(errors, []);
      else assert.deepEqual(errors, [{ message: MESSAGES.page }], seite);
      assert.equal(request.page, 1);
    }
    assert.equal(parse({ seite: '3' }).request.page, 3);
  });

  test('proSeite only for the API, 1 to 100', () => {
    assert.equal(parse({ proSeite: '50' }).request.perPage, 20, 'ignored on the page');
    assert.equal(parse({ proSeite: '50' }, true).request.perPage, 50);
    assert.deepEqual(parse({ proSeite: '0' }, true).errors, [{ message: MESSAGES.perPage }]);
    assert.deepEqual(parse({ proSeite: '101' }, true).errors, [{ message: MESSAGES.perPage }]);
  });

  test('unknown sort order and bad years are errors', () => {
    assert.deepEqual(parse({ sortierung: 'beliebt' }).errors, [{ message: MESSAGES.sort }]);
    assert.deepEqual(parse({ jahr: ['2024', 'zwanzig'] }).errors, [{ message: MESSAGES.year }]);
    assert.deepEqual(parse({ jahr: '1800' }).errors, [{ message: MESSAGES.year }]);
  });

  test('alle: the facets to show in full, by their parameter names; anything else is an error', () => {
    assert.deepEqual(parse({}).request.expanded, []);
    assert.deepEqual(parse({ alle: ['jahr', 'ministerium', 'jahr'] }).request.expanded, ['ministry', 'year']);
    const bad = parse({ alle: ['thema', 'absender'] });
    assert.deepEqual(bad.request.expanded, ['topic']);
    assert.deepEqual(bad.errors, [{ message: MESSAGES.expanded }]);
  });

  test('arrays where one value is expected, objects from bracket syntax: errors, never ignored', () => {
    assert.deepEqual(parse({ q: ['a', 'b'] }).errors, [{ field: 'q', message: MESSAGES.once('q') }]);
    assert.deepEqual(parse({ seite: ['1', '2'] }).errors, [{ message: MESSAGES.once('seite') }]);
    assert.deepEqual(parse({ ministerium: { a: 'SMWK' } }).errors, [{ message: MESSAGES.invalidList('ministerium') }]);
    assert.deepEqual(parse({ thema: ['a', { b: 'c' }] }).errors, [{ message: MESSAGES.invalidList('thema') }]);
    assert.deepEqual(parse({ von: { x: '1' } }).errors, [{ field: 'von', message: MESSAGES.invalidList('von') }]);
  });

  test('very long values are errors', () => {
    const { errors, request } = parse({ q: 'x'.repeat(501) });
    assert.deepEqual(errors, [{ field: 'q', message: MESSAGES.queryTooLong }]);
    assert.equal(request.q.length, 500);
    assert.equal(parse({ q: 'x'.repeat(500) }).errors.length, 0);
    assert.deepEqual(parse({ thema: 'x'.repeat(201) }).errors, [{ message: MESSAGES.valueTooLong('thema') }]);
    const many = Array.from({ length: 51 }, (_, i) => `t${i}`);
    assert.deepEqual(parse({ thema: many }).errors, [{ message: MESSAGES.tooManyValues('thema') }]);
  });

  test('hostile values are kept as values (they are escaped later), not rejected', () => {
    assert.deepEqual(parse({ ministerium: '" OR 1=1' }).request.ministries, ['" OR 1=1']);
  });
});
