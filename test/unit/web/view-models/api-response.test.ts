import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseSearchRequest } from '../../../../src/web/search/search-request.js';
import { apiRecord, apiSearchResponse } from '../../../../src/web/view-models/api-response.js';
import { fakeRelease } from '../../../helpers/fake-search.js';

describe('API bodies', () => {
  test('search: total, pages, hits with plain snippets and page URLs, facets by abbreviation', () => {
    const { request } = parseSearchRequest({ q: 'x', proSeite: '2' }, { currentYear: 2026, allowPerPage: true });
    const hit = { ...fakeRelease('a'), _formatted: { summary: 'mit \u0001x\u0002 <b>' } };
    const body = apiSearchResponse(
      request,
      { total: 5, hits: [hit], facets: { ministry: { SMWK: 5 }, topic: { T: 1 }, type: {}, year: { '2026': 5 } } },
      '/archiv',
    );
    assert.equal(body.pages, 3);
    assert.deepEqual(body.hits[0], {
      id: 'a',
      title: 'Titel a',
      subtitle: null,
      date: '2026-06-02',
      ministry: 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus',
      ministryShort: 'SMWK',
      topics: ['Wissenschaft'],
      type: 'Medieninformation',
      snippet: 'mit x <b>',
      url: '/archiv/mitteilung/a',
      invented: false,
      notice: null,
    });
    assert.deepEqual(body.facets, { ministry: { SMWK: 5 }, topic: { T: 1 }, type: {}, year: { '2026': 5 } });
  });

  test('record: only the fields of the archive record', () => {
    const stored = { ...fakeRelease('a'), de_title: 'x', de_body: ['y'], _internal: 1 } as ReturnType<
      typeof fakeRelease
    >;
    const record = apiRecord(stored);
    assert.equal('de_title' in record, false);
    assert.equal('_internal' in record, false);
    assert.equal(record.title, 'Titel a');
    assert.deepEqual(record.sources, []);
    assert.equal('invented' in record, false, 'not a sample: no mark');
    assert.equal('notice' in record, false);
  });

  test('record: a sample states invented (one without the mark counts as invented) and the notice', () => {
    const label = 'Beispieldaten – keine echte Mitteilung';
    const old = apiRecord({ ...fakeRelease('a'), sample: true });
    assert.deepEqual([old.invented, old.notice], [true, label]);
    const real = apiRecord({ ...fakeRelease('a'), sample: true, invented: false });
    assert.deepEqual([real.invented, real.notice], [false, undefined]);
  });
});
