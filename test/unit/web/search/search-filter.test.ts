import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildFilter, similarReleasesFilter } from '../../../../src/web/search/search-filter.js';
import { parseSearchRequest } from '../../../../src/web/search/search-request.js';

const request = (query: Record<string, unknown>) => parseSearchRequest(query, { currentYear: 2026 }).request;

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

  test('similar releases: same topics, not the release itself', () => {
    assert.deepEqual(similarReleasesFilter('abc', ['Bildung', 'Kultur']), [
      'id != "abc"',
      ['topics = "Bildung"', 'topics = "Kultur"'],
    ]);
    assert.deepEqual(similarReleasesFilter('abc', []), ['id != "abc"']);
  });
});
