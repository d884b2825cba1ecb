import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseSearchRequest, type InputError } from '../../../../src/web/search/search-request.js';
import { errorSummary, searchForm } from '../../../../src/web/view-models/search-form.js';

const parse = (query: Record<string, unknown>) => parseSearchRequest(query, { currentYear: 2026 }).request;

describe('searchForm', () => {
  test('fields keep what was entered; the form sends to the search page under the base path', () => {
    const form = searchForm(parse({ q: 'Hochschule', von: '1.1.2024', bis: '2024' }), [], '/archiv');
    assert.equal(form.action, '/archiv/suche');
    assert.equal(form.query.value, 'Hochschule');
    assert.equal(form.query.id, 'q');
    assert.equal(form.query.name, 'q');
    assert.equal(form.dates.from.value, '1.1.2024');
    assert.equal(form.dates.from.id, 'von');
    assert.equal(form.dates.to.value, '2024');
    assert.equal(form.dates.to.name, 'bis');
  });

  test('a field shows the first error that belongs to it, and only its own', () => {
    const errors: InputError[] = [
      { field: 'von', message: 'Erster Fehler beim Von-Datum' },
      { field: 'von', message: 'Zweiter Fehler beim Von-Datum' },
      { message: 'Fehler ohne Feld' },
    ];
    const form = searchForm(parse({ von: 'gestern' }), errors, '');
    assert.equal(form.dates.from.error, 'Erster Fehler beim Von-Datum');
    assert.equal('error' in form.dates.to, false);
    assert.equal('error' in form.query, false);
  });

  test('a sort order is kept in a hidden field only when it was chosen explicitly', () => {
    assert.equal(searchForm(parse({ q: 'x' }), [], '').sort, undefined);
    const chosen = parse({ q: 'x', sortierung: 'datum' });
    assert.equal(searchForm(chosen, [], '').sort, chosen.sort);
    assert.ok(chosen.sort);
  });

  test('facets shown in full are kept as their URL parameter names', () => {
    assert.deepEqual(searchForm(parse({ alle: ['thema', 'ministerium'] }), [], '').expanded.sort(), [
      'ministerium',
      'thema',
    ]);
    assert.deepEqual(searchForm(parse({}), [], '').expanded, []);
  });
});

describe('errorSummary', () => {
  test('each error with a field links to that field', () => {
    const summary = errorSummary([
      { field: 'q', message: 'Der Suchbegriff ist zu lang.' },
      { message: 'Nur aus einer selbst gebauten Adresse' },
      { field: 'bis', message: 'Das Bis-Datum ist ungültig.' },
    ]);
    assert.deepEqual(summary, {
      title: 'Es gibt ein Problem',
      items: [
        { href: '#q', text: 'Der Suchbegriff ist zu lang.' },
        { href: '#bis', text: 'Das Bis-Datum ist ungültig.' },
      ],
    });
  });

  test('no summary without errors that belong to a field', () => {
    assert.equal(errorSummary([]), undefined);
    assert.equal(errorSummary([{ message: 'Nur aus einer selbst gebauten Adresse' }]), undefined);
  });
});
