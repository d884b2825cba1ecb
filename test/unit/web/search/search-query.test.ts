import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseSearchRequest } from '../../../../src/web/search/search-request.js';
import {
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  meiliQueryText,
  planSearch,
  readings,
  sortFor,
} from '../../../../src/web/search/search-query.js';

const plan = (query: Record<string, unknown>) => planSearch(parseSearchRequest(query, { currentYear: 2026 }).request);

describe('planSearch', () => {
  test('the empty query is one plain search, newest first, all facets on the hits query', () => {
    const p = plan({});
    assert.equal(p.federated, false);
    assert.deepEqual(p.hits.sort, ['dateNum:desc']);
    assert.deepEqual(p.hits.facets, ['ministryShort', 'topics', 'type', 'year']);
    assert.deepEqual(p.counts, []);
    assert.equal(p.hits.attributesToHighlight, undefined, 'nothing to highlight');
  });

  test('a query is federated, sorted by relevance, highlighted with sentinels in a cropped summary', () => {
    const p = plan({ q: 'Gentherapie' });
    assert.equal(p.federated, true);
    assert.equal(p.hits.sort, undefined);
    assert.deepEqual(p.hits.attributesToCrop, ['summary']);
    assert.deepEqual(p.hits.attributesToHighlight, ['summary']);
    assert.equal(p.hits.highlightPreTag, HIGHLIGHT_PRE);
    assert.equal(p.hits.highlightPostTag, HIGHLIGHT_POST);
    assert.ok(!p.hits.attributesToRetrieve.includes('body'), 'the body is never retrieved for a hit list');
  });

  test('each facet with a selection gets a count query without its own filter', () => {
    const p = plan({ q: 'x', ministerium: 'SMWK', jahr: '2024' });
    assert.deepEqual(p.hits.facets, ['topics', 'type']);
    assert.deepEqual(p.hits.filter, [['ministryShort = "SMWK"'], ['year = 2024']]);
    assert.deepEqual(
      p.counts.map((c) => [c.facet, c.part.facets, c.part.filter]),
      [
        ['ministry', ['ministryShort'], [['year = 2024']]],
        ['year', ['year'], [['ministryShort = "SMWK"']]],
      ],
    );
  });

  test('paging: offset and limit from page and perPage', () => {
    const p = plan({ seite: '3' });
    assert.equal(p.offset, 40);
    assert.equal(p.limit, 20);
  });

  test('typographic quotes become phrase quotes for Meilisearch', () => {
    assert.equal(meiliQueryText('„Hightech Agenda“ -Konferenz'), '"Hightech Agenda" -Konferenz');
    assert.equal(meiliQueryText('»Zell- und Gentherapie«'), '"Zell- und Gentherapie"');
    assert.equal(plan({ q: '“Agenda”' }).hits.q, '"Agenda"');
    assert.equal(plan({ q: '„a b“', ministerium: 'SMK' }).counts[0]!.part.q, '"a b"', 'counts read the same query');
  });

  test('sort orders', () => {
    assert.deepEqual(sortFor('neueste'), ['dateNum:desc']);
    assert.deepEqual(sortFor('aelteste'), ['dateNum:asc']);
    assert.equal(sortFor('relevanz'), undefined);
  });

  test('two readings: German (decompounding) and plain (typo tolerance)', () => {
    const [german, plain] = readings({ q: 'Zelltherapie' });
    assert.deepEqual(german!.locales, ['deu']);
    assert.ok(german!.federationOptions!.weight < 1);
    assert.deepEqual(plain!.locales, ['eng']);
    assert.equal(plain!.q, 'Zelltherapie');
  });

  test('a text query sorted by date is one plain search of real matches: every word required, counts too', () => {
    const p = plan({ q: 'Radweg Mitte', sortierung: 'neueste', ministerium: 'SMK' });
    assert.equal(p.federated, false);
    assert.equal(p.hits.matchingStrategy, 'all');
    assert.deepEqual(p.hits.locales, ['eng']);
    assert.equal(p.counts[0]!.part.matchingStrategy, 'all');
    assert.equal(p.allWords, undefined, 'every hit has every word');
    assert.equal(plan({ q: 'Radweg', sortierung: 'relevanz' }).hits.matchingStrategy, undefined);
  });

  test('several words in relevance order: a count of the hits with every word', () => {
    const p = plan({ q: 'Radweg Mitte' });
    assert.equal(p.allWords!.matchingStrategy, 'all');
    assert.equal(p.allWords!.q, 'Radweg Mitte');
    assert.deepEqual(p.allWords!.filter, p.hits.filter);
    assert.equal(plan({ q: 'Radweg' }).allWords, undefined, 'one word: no hit has only a part');
    assert.equal(plan({ q: '"Neue Nationalgalerie"' }).allWords, undefined, 'a phrase is one word');
    assert.equal(plan({ q: 'Radweg -Mitte' }).allWords, undefined, 'an excluded word is no word to match');
  });

  test('the query as read: a year beside other words is left out, a short last word matched whole', () => {
    assert.equal(plan({ q: 'Silvester 2019' }).hits.q, 'Silvester');
    assert.equal(plan({ q: 'Flughafen BER' }).hits.q, 'Flughafen BER ');
    assert.equal(plan({ q: 'a' }).hits.q, 'a ');
    const question = plan({ q: 'Was tut der Senat gegen steigende Mieten' });
    assert.equal(question.hits.q, 'Senat gegen steigende Mieten');
    assert.equal(question.hits.matchingStrategy, undefined);
  });
});
