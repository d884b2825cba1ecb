/** The results page's link to the CSV export of its search. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseSearchRequest } from '../../../../src/web/search/search-request.js';
import type { SearchOutcome } from '../../../../src/web/search/search-runner.js';
import { searchPage } from '../../../../src/web/view-models/search-page.js';
import { fakeRelease } from '../../../helpers/fake-search.js';

const names = new Map([['SMK', 'Sächsisches Staatsministerium für Kultus']]);
const parse = (query: Record<string, unknown>) => parseSearchRequest(query, { currentYear: 2026 });
const outcome = (total: number): SearchOutcome => ({
  total,
  hits: Array.from({ length: Math.min(total, 20) }, (_, i) => fakeRelease(`r${i}`)),
  facets: { ministry: {}, topic: {}, type: {}, year: {} },
});

describe('search page: CSV export link', () => {
  test('the search with its filters, dates and order, without page and expanded lists', () => {
    const { request } = parse({
      q: 'Schule',
      ministerium: 'SMK',
      von: '2024',
      sortierung: 'aelteste',
      seite: '3',
      alle: 'ministerium',
    });
    const page = searchPage({ request, errors: [], outcome: outcome(75), names, base: '/archiv' });
    assert.equal(page.download!.url, '/archiv/suche.csv?q=Schule&ministerium=SMK&von=2024&sortierung=aelteste');
    assert.equal(page.download!.label, 'Ergebnisse als Tabelle herunterladen (CSV, bis zu 5.000 Treffer)');
  });

  test('none without hits or with input errors', () => {
    assert.equal(
      searchPage({ request: parse({ q: 'x' }).request, errors: [], outcome: outcome(0), names, base: '' }).download,
      undefined,
    );
    const { request, errors } = parse({ von: 'gestern' });
    assert.equal(searchPage({ request, errors, names, base: '' }).download, undefined);
  });
});
