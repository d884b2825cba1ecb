import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseSearchRequest } from '../../../../src/web/search/search-request.js';
import type { SearchOutcome } from '../../../../src/web/search/search-runner.js';
import { searchPage } from '../../../../src/web/view-models/search-page.js';
import { fakeRelease } from '../../../helpers/fake-search.js';

const names = new Map([['SMWK', 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus']]);
const parse = (query: Record<string, unknown>) => parseSearchRequest(query, { currentYear: 2026 });
const outcome = (total: number, hits = 0): SearchOutcome => ({
  total,
  hits: Array.from({ length: hits }, (_, i) => fakeRelease(`r${i}`)),
  facets: { ministry: { SMWK: total }, topic: {}, type: {}, year: {} },
});

describe('searchPage', () => {
  test('a chosen order is named in heading and title; sort links land on the results', () => {
    const { request } = parse({ q: 'Polizei', sortierung: 'neueste', seite: '2' });
    const page = searchPage({ request, errors: [], outcome: outcome(65, 20), names, base: '' });
    assert.equal(page.results!.heading, '65 Treffer für „Polizei“ – neueste zuerst – Seite 2 von 4');
    assert.equal(page.results!.count, '65 Treffer für „Polizei“', 'the count beside „Zu den Treffern“');
    assert.equal(page.pageTitle, '„Polizei“ – 65 Treffer – neueste zuerst – Seite 2 von 4 – Pressearchiv');
    assert.ok(page.results!.sortLinks.every((link) => link.url.endsWith('#ergebnisse')));
    const implicit = searchPage({
      request: parse({ q: 'Polizei' }).request,
      errors: [],
      outcome: outcome(65, 0),
      names,
      base: '',
    });
    assert.equal(implicit.results!.heading, '65 Treffer für „Polizei“', 'the default order unnamed until chosen');
  });

  test('title: query, count, page number; results anchor on', () => {
    const { request } = parse({ q: 'Suchbegriff', seite: '2' });
    const page = searchPage({ request, errors: [], outcome: outcome(42, 20), names, base: '' });
    assert.equal(page.pageTitle, '„Suchbegriff“ – 42 Treffer – Seite 2 von 3 – Pressearchiv');
    assert.equal(page.resultsAnchor, true);
    assert.equal(page.results!.heading, '42 Treffer für „Suchbegriff“ – Seite 2 von 3');
    assert.equal(page.results!.start, 21);
    assert.equal(page.results!.pagination!.items.find((i) => i.current)!.number, 2);
  });

  test('empty query: "Alle Mitteilungen", no relevance sort link, newest marked', () => {
    const { request } = parse({});
    const page = searchPage({ request, errors: [], outcome: outcome(1234, 20), names, base: '' });
    assert.equal(page.pageTitle, 'Alle Mitteilungen – 1.234 Treffer – Pressearchiv');
    assert.deepEqual(
      page.results!.sortLinks.map((l) => [l.label, l.current]),
      [
        ['Neueste zuerst', true],
        ['Älteste zuerst', false],
      ],
    );
  });

  test('input errors: "Fehler: " title, error summary linking to the field, inline error, no results', () => {
    const { request, errors } = parse({ q: 'x', von: 'gestern' });
    const page = searchPage({ request, errors, names, base: '' });
    assert.equal(page.pageTitle, 'Fehler: „x“ – Pressearchiv');
    assert.equal(page.errorSummary!.title, 'Es gibt ein Problem');
    assert.deepEqual(
      page.errorSummary!.items.map((i) => i.href),
      ['#von'],
    );
    assert.match(page.form.dates.from.error!, /muss ein Datum sein/);
    assert.equal(page.form.dates.from.value, 'gestern');
    assert.equal(page.results, undefined);
    assert.equal(page.resultsAnchor, false);
  });

  test('no hits with filters: the same search without filters when it finds something', () => {
    const { request } = parse({ q: 'Gentherapie', ministerium: 'SMK' });
    const page = searchPage({ request, errors: [], outcome: outcome(0), totalWithoutFilters: 3, names, base: '/a' });
    assert.equal(page.results!.noHits!.withoutFilters!.url, '/a/suche?q=Gentherapie#ergebnisse');
    assert.match(page.results!.noHits!.withoutFilters!.text, /3 Treffer/);
    const none = searchPage({ request, errors: [], outcome: outcome(0), totalWithoutFilters: 0, names, base: '' });
    assert.equal(none.results!.noHits!.withoutFilters, undefined);
  });

  test('past the last page: empty list and a link back to the last page', () => {
    const { request } = parse({ q: 'x', seite: '9' });
    const page = searchPage({ request, errors: [], outcome: outcome(45, 0), names, base: '' });
    assert.equal(page.results!.pastLastPage!.url, '/suche?q=x&seite=3#ergebnisse');
    assert.equal(page.results!.pagination, undefined);
  });

  test('active filters are removable one by one; "Alle Filter entfernen" keeps the query', () => {
    const { request } = parse({ q: 'x', ministerium: 'SMWK', thema: ['A', 'B'], von: '2024' });
    const page = searchPage({ request, errors: [], outcome: outcome(1, 1), names, base: '' });
    const filters = page.activeFilters!;
    assert.deepEqual(
      filters.items.map((i) => [i.label, i.removeUrl]),
      [
        [
          'Behörde: Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus (SMWK)',
          '/suche?q=x&thema=A&thema=B&von=2024#ergebnisse',
        ],
        ['Thema: A', '/suche?q=x&ministerium=SMWK&thema=B&von=2024#ergebnisse'],
        ['Thema: B', '/suche?q=x&ministerium=SMWK&thema=A&von=2024#ergebnisse'],
        ['Von: 2024', '/suche?q=x&ministerium=SMWK&thema=A&thema=B#ergebnisse'],
      ],
    );
    assert.equal(filters.clearUrl, '/suche?q=x#ergebnisse');
    assert.equal(filters.clearLabel, 'Alle Filter entfernen');
  });

  test('facet groups: canonical labels, counts, selected values checked even without hits', () => {
    const { request } = parse({ ministerium: ['smwk', 'XYZ'] });
    const page = searchPage({ request, errors: [], outcome: outcome(5, 1), names, base: '' });
    const ministries = page.facetGroups.find((g) => g.key === 'ministry')!;
    assert.deepEqual(
      ministries.options.map((o) => [o.value, o.label, o.count, o.checked]),
      [
        ['SMWK', 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus (SMWK)', '5', true],
        ['XYZ', 'XYZ', '0', true],
      ],
    );
  });

  describe('long facet lists', () => {
    const counts = Object.fromEntries(
      Array.from({ length: 14 }, (_, i) => [`M${String(i).padStart(2, '0')}`, 100 + i]),
    );
    const years = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [String(1997 + i), 5]));
    const long: SearchOutcome = {
      total: 2000,
      hits: [],
      facets: { ministry: counts, topic: {}, type: {}, year: years },
    };
    const group = (query: Record<string, unknown>, key: string) => {
      const page = searchPage({ request: parse(query).request, errors: [], outcome: long, names, base: '/archiv' });
      return page.facetGroups.find((g) => g.key === key)!;
    };

    test('show the most frequent values (years: the newest), the rest behind „Alle … anzeigen“', () => {
      const ministries = group({ q: 'Haushalt', seite: '2' }, 'ministry');
      assert.deepEqual(
        ministries.options.map((o) => o.value),
        ['M13', 'M12', 'M11', 'M10', 'M09', 'M08', 'M07', 'M06', 'M05', 'M04'],
      );
      assert.deepEqual(
        ministries.more!.options.map((o) => o.value),
        ['M03', 'M02', 'M01', 'M00'],
      );
      assert.equal(ministries.more!.label, 'Alle 14 Behörden anzeigen');
      assert.equal(ministries.id, 'filter-ministerium');
      const yearGroup = group({ q: 'Haushalt' }, 'year');
      assert.deepEqual(
        yearGroup.options.map((o) => o.value),
        ['2026', '2025', '2024', '2023', '2022', '2021', '2020', '2019', '2018', '2017'],
      );
      assert.equal(yearGroup.more!.label, 'Alle 30 Jahre anzeigen');
    });

    test('selected values stay visible in a shortened list', () => {
      const ministries = group({ ministerium: ['M00', 'M13'] }, 'ministry');
      assert.equal(ministries.options.length, 11);
      assert.deepEqual(
        ministries.options.filter((o) => o.checked).map((o) => o.value),
        ['M13', 'M00'],
      );
      assert.equal(new Set([...ministries.options, ...ministries.more!.options].map((o) => o.id)).size, 14);
    });

    test('alle opens the hidden part, in the same order as the short list', () => {
      const ministries = group({ q: 'Haushalt', alle: ['ministerium', 'jahr'] }, 'ministry');
      assert.equal(ministries.more!.open, true);
      assert.equal(ministries.options[0]!.value, 'M13');
      assert.equal(group({ q: 'Haushalt', alle: 'ministerium' }, 'year').more!.open, false);
    });

    test('short lists hide nothing; the form keeps expanded groups as hidden fields', () => {
      assert.equal(group({ alle: 'thema' }, 'topic').more, undefined);
      const page = searchPage({ request: parse({ alle: 'jahr' }).request, errors: [], outcome: long, names, base: '' });
      assert.deepEqual(page.form.expanded, ['jahr']);
      assert.match(page.results!.pagination!.items.find((i) => !i.current && i.url)!.url!, /alle=jahr/);
    });
  });
});
