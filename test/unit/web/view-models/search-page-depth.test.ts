/** A search with text and more results than can be paged through: links up to the last reachable page, and a notice. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSearchRequest } from '../../../../src/web/search/search-request.js';
import type { SearchOutcome } from '../../../../src/web/search/search-runner.js';
import { apiSearchResponse } from '../../../../src/web/view-models/api-response.js';
import { searchPage } from '../../../../src/web/view-models/search-page.js';

const outcome = (total: number): SearchOutcome => ({
  total,
  hits: [],
  facets: { ministry: {}, topic: {}, type: {}, year: {} },
});
const request = (raw: Record<string, string>) =>
  parseSearchRequest(raw, { currentYear: 2026, allowPerPage: true }).request;
const NOTICE =
  'Mit einem Suchbegriff lassen sich nur die ersten 1.000 Treffer durchblättern. Um weitere zu sehen, grenzen Sie die Suche mit Filtern ein oder ändern Sie die Sortierung.';

test('with a query text the pages end at result 1,000, with a notice', () => {
  const page = searchPage({
    request: request({ q: 'Berlin' }),
    errors: [],
    outcome: outcome(50_072),
    names: new Map(),
    base: '',
  });
  assert.equal(page.results!.heading, '50.072 Treffer für „Berlin“');
  const last = page.results!.pagination!.items.at(-1)!;
  assert.equal(last.number, 50);
  assert.equal(last.url, '/suche?q=Berlin&seite=50#ergebnisse');
  assert.equal(page.results!.depthNotice, NOTICE);
  const api = apiSearchResponse(request({ q: 'Berlin', proSeite: '100' }), outcome(50_072), '');
  assert.equal(api.pages, 10);
});

test('without a query text, or with fewer results, every page and no notice', () => {
  const browse = searchPage({ request: request({}), errors: [], outcome: outcome(50_072), names: new Map(), base: '' });
  assert.equal(browse.results!.pagination!.items.at(-1)!.number, 2504);
  assert.equal(browse.results!.depthNotice, undefined);
  const few = searchPage({
    request: request({ q: 'Berlin' }),
    errors: [],
    outcome: outcome(1000),
    names: new Map(),
    base: '',
  });
  assert.equal(few.results!.pagination!.items.at(-1)!.number, 50);
  assert.equal(few.results!.depthNotice, undefined);
  assert.equal(apiSearchResponse(request({}), outcome(50_072), '').pages, 2504);
});
