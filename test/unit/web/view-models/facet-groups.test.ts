import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseSearchRequest } from '../../../../src/web/search/search-request.js';
import type { FacetCounts } from '../../../../src/web/search/search-runner.js';
import { FACET_LIST_LIMIT, facetGroups, type FacetGroup } from '../../../../src/web/view-models/facet-groups.js';

const names = new Map([
  ['SMK', 'Sächsisches Staatsministerium für Kultus'],
  ['SMF', 'Sächsisches Staatsministerium der Finanzen'],
]);
const request = (query: Record<string, unknown>) => parseSearchRequest(query, { currentYear: 2026 }).request;
const counts = (extra: Partial<FacetCounts> = {}): FacetCounts => ({
  ministry: {},
  topic: {},
  type: {},
  year: {},
  ...extra,
});

function group(query: Record<string, unknown>, facetCounts: FacetCounts | undefined, key: string): FacetGroup {
  const found = facetGroups(request(query), facetCounts, names).find((g) => g.key === key);
  assert.ok(found, key);
  return found;
}

/** `n` distinct values with distinct counts: `V00` (count 1) … */
const many = (n: number): Record<string, number> =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`V${String(i).padStart(2, '0')}`, i + 1]));

describe('facetGroups', () => {
  test('one group per facet in the registry’s order, named after its URL parameter', () => {
    const groups = facetGroups(request({}), counts(), names);
    assert.deepEqual(
      groups.map((g) => [g.key, g.name, g.id, g.legend]),
      [
        ['ministry', 'ministerium', 'filter-ministerium', 'Behörde'],
        ['topic', 'thema', 'filter-thema', 'Thema'],
        ['type', 'art', 'filter-art', 'Art'],
        ['year', 'jahr', 'filter-jahr', 'Jahr'],
      ],
    );
  });

  test('counts in German number format; senders labelled with their name, sorted by it', () => {
    const ministries = group({}, counts({ ministry: { SMK: 1234, SMF: 7, XYZ: 2 } }), 'ministry');
    assert.deepEqual(
      ministries.options.map((o) => [o.value, o.label, o.count, o.checked]),
      [
        ['SMF', 'Sächsisches Staatsministerium der Finanzen (SMF)', '7', false],
        ['SMK', 'Sächsisches Staatsministerium für Kultus (SMK)', '1.234', false],
        ['XYZ', 'XYZ', '2', false],
      ],
    );
  });

  test('each count has its unit for screen readers, in the singular for one', () => {
    const ministries = group({}, counts({ ministry: { SMK: 1, SMF: 1234 } }), 'ministry');
    assert.deepEqual(
      ministries.options.map((o) => [o.value, o.unit]),
      [
        ['SMF', ' Mitteilungen'],
        ['SMK', ' Mitteilung'],
      ],
    );
  });

  test('topics in German alphabetical order (Ä with A), years newest first', () => {
    const c = counts({
      topic: { Umwelt: 1, Bildung: 2, Ärztliche: 3, Arbeit: 4 },
      year: { '2019': 1, '2026': 1, '2023': 1 },
    });
    assert.deepEqual(
      group({}, c, 'topic').options.map((o) => o.value),
      ['Arbeit', 'Ärztliche', 'Bildung', 'Umwelt'],
    );
    assert.deepEqual(
      group({}, c, 'year').options.map((o) => o.value),
      ['2026', '2023', '2019'],
    );
  });

  test('a selected value is checked, matched regardless of case, and listed once', () => {
    const topics = group({ thema: 'bildung' }, counts({ topic: { Bildung: 3, Umwelt: 1 } }), 'topic');
    assert.deepEqual(
      topics.options.map((o) => [o.value, o.count, o.checked]),
      [
        ['Bildung', '3', true],
        ['Umwelt', '1', false],
      ],
    );
  });

  test('a selected value without hits is listed with 0', () => {
    const topics = group({ thema: 'Verkehr' }, counts({ topic: { Bildung: 3 } }), 'topic');
    assert.deepEqual(
      topics.options.map((o) => [o.value, o.count, o.checked]),
      [
        ['Bildung', '3', false],
        ['Verkehr', '0', true],
      ],
    );
  });

  test('without counts (the form again after an input error) only the selected values, with no count', () => {
    const groups = facetGroups(request({ thema: ['Bildung', 'Umwelt'], jahr: '2024' }), undefined, names);
    assert.deepEqual(
      groups.map((g) => g.options.map((o) => [o.value, o.count, o.checked])),
      [
        [],
        [
          ['Bildung', undefined, true],
          ['Umwelt', undefined, true],
        ],
        [],
        [['2024', undefined, true]],
      ],
    );
    assert.ok(groups.every((g) => g.options.every((o) => !('count' in o))));
  });

  test('option ids are unique within the page: the parameter’s first letter and the position', () => {
    const groups = facetGroups(
      request({}),
      counts({ ministry: { SMK: 1, SMF: 1 }, topic: { Bildung: 1, Umwelt: 1 }, year: { '2025': 1 } }),
      names,
    );
    const ids = groups.flatMap((g) => g.options.map((o) => o.id));
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(ids, ['m0', 'm1', 't0', 't1', 'j0']);
  });
});

describe('long lists', () => {
  test(`up to ${FACET_LIST_LIMIT} values: the whole list, nothing hidden`, () => {
    const topics = group({}, counts({ topic: many(FACET_LIST_LIMIT) }), 'topic');
    assert.equal(topics.options.length, FACET_LIST_LIMIT);
    assert.equal(topics.more, undefined);
  });

  test('one more: the most frequent visible, the rest in the same order behind „Alle … anzeigen“', () => {
    const topics = group({ q: 'Schule', seite: '3' }, counts({ topic: many(FACET_LIST_LIMIT + 3) }), 'topic');
    assert.equal(topics.options.length, FACET_LIST_LIMIT);
    const all = [...topics.options, ...topics.more!.options].map((o) => Number(o.count));
    assert.equal(all.length, FACET_LIST_LIMIT + 3);
    assert.deepEqual(
      all,
      [...all].sort((a, b) => b - a),
      'one order (by count) across both parts',
    );
    assert.deepEqual(
      topics.more!.options.map((o) => o.value),
      ['V02', 'V01', 'V00'],
    );
    assert.equal(topics.more!.label, `Alle ${FACET_LIST_LIMIT + 3} Themen anzeigen`);
    assert.equal(topics.more!.open, false);
  });

  test('option ids stay unique across both parts', () => {
    const topics = group({}, counts({ topic: many(FACET_LIST_LIMIT + 2) }), 'topic');
    const ids = [...topics.options, ...topics.more!.options].map((o) => o.id);
    assert.equal(new Set(ids).size, FACET_LIST_LIMIT + 2);
  });

  test('equal counts: the list’s order decides which values are visible', () => {
    const tied = Object.fromEntries(
      Array.from({ length: FACET_LIST_LIMIT + 2 }, (_, i) => [`Thema ${String.fromCharCode(76 - i)}`, 5]),
    );
    const shown = group({}, counts({ topic: tied }), 'topic').options.map((o) => o.value);
    const expected = Object.keys(tied)
      .sort((a, b) => a.localeCompare(b, 'de'))
      .slice(0, FACET_LIST_LIMIT);
    assert.deepEqual(shown, expected);
  });

  test('a selected value is always in the visible part, even when it is among the least frequent', () => {
    const topics = group({ thema: 'V00' }, counts({ topic: many(FACET_LIST_LIMIT + 5) }), 'topic');
    assert.equal(topics.options.length, FACET_LIST_LIMIT + 1);
    assert.deepEqual(
      topics.options.filter((o) => o.checked).map((o) => o.value),
      ['V00'],
    );
    assert.ok(!topics.more!.options.some((o) => o.value === 'V00'));
  });

  test('alle= (old links, the hidden field) opens the hidden part of that group only', () => {
    const years = Object.fromEntries(Array.from({ length: FACET_LIST_LIMIT + 1 }, (_, i) => [String(2000 + i), 1]));
    const c = counts({ topic: many(FACET_LIST_LIMIT + 1), year: years });
    assert.equal(group({ alle: 'thema' }, c, 'topic').more!.open, true);
    const yearGroup = group({ alle: 'thema' }, c, 'year');
    assert.equal(yearGroup.more!.open, false);
    assert.deepEqual(
      yearGroup.more!.options.map((o) => o.value),
      ['2000'],
      'years: the newest visible',
    );
  });
});
