/**
 * The site's facets, and the proof that a facet is defined in one place: a registry with one more
 * facet carries it through request parsing, filters, the search plan and its counts, facet groups,
 * active filters, links, the search page and the JSON API, without any other code knowing it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadIndexConfig } from '../../../../../src/archive/index-settings.js';
import { defineRegistry } from '../../../../../src/web/search/facets/facet-definition.js';
import {
  FACETS,
  SENDER_FACET,
  TOPIC_FACET,
  TYPE_FACET,
  YEAR_FACET,
} from '../../../../../src/web/search/facets/facet-registry.js';
import { textFacet } from '../../../../../src/web/search/facets/text-facet.js';
import { buildFilter } from '../../../../../src/web/search/search-filter.js';
import { planSearch } from '../../../../../src/web/search/search-query.js';
import { expandedMessage, MESSAGES, parseSearchRequest } from '../../../../../src/web/search/search-request.js';
import { hasFilters, runSearch } from '../../../../../src/web/search/search-runner.js';
import { activeFilters } from '../../../../../src/web/view-models/active-filters.js';
import { apiSearchResponse } from '../../../../../src/web/view-models/api-response.js';
import { facetGroups } from '../../../../../src/web/view-models/facet-groups.js';
import { searchPage } from '../../../../../src/web/view-models/search-page.js';
import { searchUrl, stateOf } from '../../../../../src/web/view-models/search-url.js';
import { fakeRelease, fakeSearch } from '../../../../helpers/fake-search.js';

describe('the site’s facets', () => {
  test('sender, topic, type, year: in this order, with the parameters old links use', () => {
    assert.deepEqual(
      FACETS.map((f) => [f.key, f.field, f.param, f.attribute, f.legend]),
      [
        ['ministry', 'ministries', 'ministerium', 'ministryShort', 'Behörde'],
        ['topic', 'topics', 'thema', 'topics', 'Thema'],
        ['type', 'types', 'art', 'type', 'Art'],
        ['year', 'years', 'jahr', 'year', 'Jahr'],
      ],
    );
    assert.deepEqual([SENDER_FACET, TOPIC_FACET, TYPE_FACET, YEAR_FACET], [...FACETS]);
  });

  test('each attribute is a field of the record and filterable in the index settings', () => {
    const filterable = loadIndexConfig().settings.filterableAttributes ?? [];
    const record = fakeRelease('a');
    for (const facet of FACETS) {
      assert.ok(filterable.includes(facet.attribute), `${facet.attribute} is filterable`);
      assert.ok(facet.attribute in record, `${facet.attribute} is a field of the record`);
    }
  });

  test('no facet parameter takes the name of another parameter of the search', () => {
    for (const facet of FACETS) {
      assert.ok(!['q', 'von', 'bis', 'sortierung', 'seite', 'proSeite', 'alle'].includes(facet.param), facet.param);
    }
  });

  test('German texts of each list', () => {
    assert.deepEqual(
      FACETS.map((f) => f.showAll(14)),
      ['Alle 14 Behörden anzeigen', 'Alle 14 Themen anzeigen', 'Alle 14 Arten anzeigen', 'Alle 14 Jahre anzeigen'],
    );
  });
});

describe('a facet added to the registry', () => {
  const LANGUAGE_FACET = textFacet({
    key: 'language',
    field: 'languages',
    param: 'sprache',
    attribute: 'language',
    legend: 'Sprache',
    showAll: (n) => `Alle ${n} Sprachen anzeigen`,
  });
  /** Placed second: the registry's order is the order everywhere. */
  const WITH_LANGUAGE = defineRegistry([SENDER_FACET, LANGUAGE_FACET, TOPIC_FACET, YEAR_FACET]);
  const names = new Map([['SMK', 'Sächsisches Staatsministerium für Kultus']]);
  const query = { q: 'Schule', sprache: ['Leichte Sprache', 'x" OR 1=1'], thema: 'Bildung', alle: 'sprache' };
  const parse = (raw: Record<string, unknown>) => parseSearchRequest(raw, { currentYear: 2026, facets: WITH_LANGUAGE });
  const { request, errors } = parse(query);
  const distribution = {
    ministryShort: { SMK: 3 },
    language: { Deutsch: 4, 'Leichte Sprache': 1 },
    topics: { Bildung: 5 },
    year: { '2025': 5 },
  };

  test('request parsing: its parameter and its name in `alle`', () => {
    assert.deepEqual(errors, []);
    assert.deepEqual(request.languages, ['Leichte Sprache', 'x" OR 1=1']);
    assert.deepEqual(request.topics, ['Bildung']);
    assert.deepEqual(request.expanded, ['language']);
    assert.equal(hasFilters(request, WITH_LANGUAGE), true);
    assert.equal(hasFilters(parse({ q: 'Schule' }).request, WITH_LANGUAGE), false);
    assert.equal(expandedMessage(WITH_LANGUAGE), '„alle“ muss „ministerium“, „sprache“, „thema“ oder „jahr“ sein.');
    assert.deepEqual(parse({ alle: 'absender' }).errors, [{ message: expandedMessage(WITH_LANGUAGE) }]);
    // The site's registry does not know it.
    assert.deepEqual(parseSearchRequest({ alle: 'sprache' }, { currentYear: 2026 }).errors, [
      { message: MESSAGES.expanded },
    ]);
  });

  test('filter: its values quoted, in the registry’s order', () => {
    assert.deepEqual(buildFilter(request, undefined, WITH_LANGUAGE), [
      ['language = "Leichte Sprache"', 'language = "x\\" OR 1=1"'],
      ['topics = "Bildung"'],
    ]);
    assert.deepEqual(buildFilter(request, 'language', WITH_LANGUAGE), [['topics = "Bildung"']]);
  });

  test('search plan and counts: its distribution, its own count query', async () => {
    const plan = planSearch(request, WITH_LANGUAGE);
    assert.deepEqual(plan.hits.filter, buildFilter(request, undefined, WITH_LANGUAGE));
    assert.deepEqual(plan.hits.facets, ['ministryShort', 'year']);
    assert.deepEqual(
      plan.counts.map((c) => [c.facet, c.part.facets, c.part.filter]),
      [
        ['language', ['language'], [['topics = "Bildung"']]],
        ['topic', ['topics'], [['language = "Leichte Sprache"', 'language = "x\\" OR 1=1"']]],
      ],
    );
    const outcome = await runSearch(fakeSearch({ total: 5, facetDistribution: distribution }), plan, WITH_LANGUAGE);
    assert.deepEqual(Object.keys(outcome.facets), ['ministry', 'language', 'topic', 'year']);
    assert.deepEqual(outcome.facets.language, { Deutsch: 4, 'Leichte Sprache': 1 });
  });

  test('facet groups: its legend, parameter, ids, labels, order and show-all text', () => {
    const counts = { ministry: {}, language: distribution.language, topic: {}, year: {} };
    const groups = facetGroups(request, counts, names, WITH_LANGUAGE);
    assert.deepEqual(
      groups.map((g) => g.key),
      ['ministry', 'language', 'topic', 'year'],
    );
    const group = groups[1]!;
    assert.deepEqual(
      [group.name, group.id, group.legend, group.more],
      ['sprache', 'filter-sprache', 'Sprache', undefined],
    );
    assert.deepEqual(
      group.options.map((o) => [o.id, o.value, o.count, o.checked]),
      [
        ['s0', 'Deutsch', '4', false],
        ['s1', 'Leichte Sprache', '1', true],
        ['s2', 'x" OR 1=1', '0', true],
      ],
    );
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`L${i}`, i + 1]));
    const long = facetGroups(parse({}).request, { ...counts, language: many }, names, WITH_LANGUAGE)[1]!;
    assert.equal(long.more?.label, 'Alle 12 Sprachen anzeigen');
    assert.equal(long.more?.options.length, 2);
  });

  test('active filters: labelled by its legend, each removable', () => {
    const filters = activeFilters(request, names, '', WITH_LANGUAGE)!;
    assert.deepEqual(
      filters.items.map((i) => [i.label, i.removeUrl]),
      [
        ['Sprache: Leichte Sprache', '/suche?q=Schule&sprache=x%22+OR+1%3D1&thema=Bildung&alle=sprache#ergebnisse'],
        ['Sprache: x" OR 1=1', '/suche?q=Schule&sprache=Leichte+Sprache&thema=Bildung&alle=sprache#ergebnisse'],
        ['Thema: Bildung', '/suche?q=Schule&sprache=Leichte+Sprache&sprache=x%22+OR+1%3D1&alle=sprache#ergebnisse'],
      ],
    );
    assert.equal(filters.clearUrl, '/suche?q=Schule&alle=sprache#ergebnisse');
  });

  test('links: its parameter in the registry’s order, read back to the same request', () => {
    const url = searchUrl('', stateOf(request, WITH_LANGUAGE), {}, WITH_LANGUAGE);
    assert.equal(url, '/suche?q=Schule&sprache=Leichte+Sprache&sprache=x%22+OR+1%3D1&thema=Bildung&alle=sprache');
    const again = parse(Object.fromEntries(groupParams(new URL(url, 'http://x').searchParams)));
    assert.deepEqual(again.request, request);
  });

  test('search page and JSON API: its group, its hidden `alle` field, its counts', async () => {
    const outcome = await runSearch(
      fakeSearch({ hits: [fakeRelease('a')], total: 1, facetDistribution: distribution }),
      planSearch(request, WITH_LANGUAGE),
      WITH_LANGUAGE,
    );
    const page = searchPage({ request, errors: [], outcome, names, base: '', facets: WITH_LANGUAGE });
    assert.deepEqual(page.form.expanded, ['sprache']);
    assert.equal(page.facetGroups[1]!.legend, 'Sprache');
    assert.equal(page.activeFilters!.items[0]!.label, 'Sprache: Leichte Sprache');
    assert.match(page.results!.sortLinks[0]!.url, /sprache=Leichte\+Sprache/);
    const body = apiSearchResponse(request, outcome, '', WITH_LANGUAGE);
    assert.deepEqual(Object.keys(body.facets), ['ministry', 'language', 'topic', 'year']);
    assert.deepEqual(body.facets.language, distribution.language);
  });
});

/** URLSearchParams → the query object Express makes of it (repeated names become lists). */
function groupParams(params: URLSearchParams): Array<[string, string | string[]]> {
  const names = [...new Set(params.keys())];
  return names.map((name) => {
    const values = params.getAll(name);
    return [name, values.length === 1 ? values[0]! : values];
  });
}
