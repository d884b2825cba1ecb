import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EMPTY_STATE, releaseUrl, searchUrl } from '../../../../src/web/view-models/search-url.js';

describe('searchUrl', () => {
  const state = {
    ...EMPTY_STATE,
    q: 'Zell- und Gentherapie',
    ministries: ['SMWK', 'S&K'],
    topics: ['Bildung'],
    years: [2024],
    von: '3.2024',
    bis: '',
    page: 2,
  };

  test('stable order, repeated parameters, encoded values, defaults left out', () => {
    assert.equal(
      searchUrl('', state),
      '/suche?q=Zell-+und+Gentherapie&ministerium=SMWK&ministerium=S%26K&thema=Bildung&jahr=2024&von=3.2024&seite=2',
    );
    assert.equal(searchUrl('', EMPTY_STATE), '/suche');
  });

  test('a change returns to page 1 unless it is a page change; the base path is kept', () => {
    assert.equal(
      searchUrl('/archiv', state, { topics: [] }),
      '/archiv/suche?q=Zell-+und+Gentherapie&ministerium=SMWK&ministerium=S%26K&jahr=2024&von=3.2024',
    );
    assert.match(searchUrl('', state, { page: 5 }), /seite=5$/);
    assert.match(searchUrl('', state, { sort: 'neueste' }), /sortierung=neueste$/);
  });

  test('release links', () => {
    assert.equal(releaseUrl('/archiv', 'smwk-2026-06-02'), '/archiv/mitteilung/smwk-2026-06-02');
  });
});
