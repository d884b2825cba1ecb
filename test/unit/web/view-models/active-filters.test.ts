import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseSearchRequest } from '../../../../src/web/search/search-request.js';
import { activeFilters } from '../../../../src/web/view-models/active-filters.js';

const names = new Map([['SMK', 'Sächsisches Staatsministerium für Kultus']]);
const parse = (query: Record<string, unknown>) => {
  const { request, errors } = parseSearchRequest(query, { currentYear: 2026 });
  assert.deepEqual(errors, []);
  return request;
};

describe('activeFilters', () => {
  const filters = activeFilters(
    parse({
      q: 'Schule',
      ministerium: ['SMK', 'SMF'],
      thema: 'Bildung',
      von: '1.1.2024',
      bis: '31.12.2024',
      seite: '3',
    }),
    names,
    '/archiv',
  );

  test('every selected value, labelled by its facet, then the date range', () => {
    assert.ok(filters);
    assert.equal(filters.heading, 'Aktive Filter');
    assert.deepEqual(
      filters.items.map((item) => item.label),
      [
        'Behörde: Sächsisches Staatsministerium für Kultus (SMK)',
        'Behörde: SMF',
        'Thema: Bildung',
        'Von: 1.1.2024',
        'Bis: 31.12.2024',
      ],
    );
  });

  test('a sender abbreviation comes with its full name for <abbr>', () => {
    assert.deepEqual(filters?.items[0]?.abbr, {
      before: 'Behörde: Sächsisches Staatsministerium für Kultus ',
      short: 'SMK',
      name: 'Sächsisches Staatsministerium für Kultus',
    });
    assert.equal(filters?.items[1]?.abbr, undefined, 'SMF has no other name here');
  });

  test('each link removes just its own filter, keeps the rest and goes back to the first page', () => {
    assert.ok(filters);
    assert.deepEqual(
      filters.items.map((item) => item.removeUrl),
      [
        '/archiv/suche?q=Schule&ministerium=SMF&thema=Bildung&von=1.1.2024&bis=31.12.2024#ergebnisse',
        '/archiv/suche?q=Schule&ministerium=SMK&thema=Bildung&von=1.1.2024&bis=31.12.2024#ergebnisse',
        '/archiv/suche?q=Schule&ministerium=SMK&ministerium=SMF&von=1.1.2024&bis=31.12.2024#ergebnisse',
        '/archiv/suche?q=Schule&ministerium=SMK&ministerium=SMF&thema=Bildung&bis=31.12.2024#ergebnisse',
        '/archiv/suche?q=Schule&ministerium=SMK&ministerium=SMF&thema=Bildung&von=1.1.2024#ergebnisse',
      ],
    );
  });

  test('"Alle Filter entfernen" keeps only the query', () => {
    assert.ok(filters);
    assert.equal(filters.clearLabel, 'Alle Filter entfernen');
    assert.equal(filters.clearUrl, '/archiv/suche?q=Schule#ergebnisse');
  });

  test('a date range alone is an active filter', () => {
    const only = activeFilters(parse({ bis: '2023' }), names, '');
    assert.deepEqual(only?.items, [{ label: 'Bis: 2023', removeUrl: '/suche#ergebnisse' }]);
  });

  test('without filters there is nothing to show', () => {
    assert.equal(activeFilters(parse({ q: 'Schule', seite: '2' }), names, ''), undefined);
  });
});
