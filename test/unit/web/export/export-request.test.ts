import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EXPORT_PAGE_SIZE, parseExportRequest } from '../../../../src/web/search/export-request.js';
import { planExport } from '../../../../src/web/search/search-query.js';

const parse = (raw: Record<string, unknown>) => parseExportRequest(raw, { currentYear: 2026 });

describe('export request', () => {
  test('the parameters of /suche, with the order kept and page, lists and page size ignored', () => {
    const { request, errors } = parse({
      q: 'Forschung',
      thema: 'Wissenschaft',
      sortierung: 'aelteste',
      seite: '999',
      alle: 'ministerium',
      proSeite: '7',
    });
    assert.deepEqual(errors, []);
    assert.equal(request.q, 'Forschung');
    assert.deepEqual(request.topics, ['Wissenschaft']);
    assert.equal(request.sort, 'aelteste');
    assert.equal(request.page, 1);
    assert.equal(request.perPage, EXPORT_PAGE_SIZE);
    assert.deepEqual(request.expanded, []);
  });

  test('invalid input is an error, as on /suche', () => {
    assert.ok(parse({ von: '31.02.2024' }).errors.length > 0);
    assert.ok(parse({ sortierung: ['neueste', 'aelteste'] }).errors.length > 0);
  });

  test('a page of an export: its offset and size, the plain summary cropped, no highlight, no facet counts', () => {
    const { request } = parse({ q: 'Forschung', ministerium: 'SMWK' });
    const plan = planExport(request, 3000, 1000);
    assert.equal(plan.offset, 3000);
    assert.equal(plan.limit, 1000);
    assert.equal(plan.federated, true);
    assert.deepEqual(plan.counts, []);
    assert.deepEqual(plan.hits.facets, []);
    assert.equal(plan.hits.attributesToHighlight, undefined);
    assert.deepEqual(plan.hits.attributesToCrop, ['summary']);
    assert.ok(plan.hits.attributesToRetrieve.includes('summary'));
    assert.ok(plan.hits.filter.length > 0);
  });
});
