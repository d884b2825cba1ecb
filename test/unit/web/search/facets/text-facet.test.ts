/** The text facet kind (topics): values as given, quoted in filters, German alphabetical order, most frequent first when shortened. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { byLabel, textFacet } from '../../../../../src/web/search/facets/text-facet.js';

const facet = textFacet({
  key: 'topic',
  field: 'topics',
  param: 'thema',
  attribute: 'topics',
  legend: 'Thema',
  showAll: (n) => `Alle ${n} Themen anzeigen`,
});

describe('textFacet', () => {
  test('keeps what the definition states', () => {
    assert.equal(facet.param, 'thema');
    assert.equal(facet.legend, 'Thema');
    assert.equal(facet.showAll(12), 'Alle 12 Themen anzeigen');
    assert.equal(facet.shortList, 'most-frequent');
  });

  test('every text is a value; names are not resolved; a value is its label', () => {
    assert.deepEqual(facet.parse(['Bildung', '" OR 1=1']), { values: ['Bildung', '" OR 1=1'] });
    assert.deepEqual(facet.canonical(['bildung'], new Map([['bildung', 'Bildung']])), ['bildung']);
    assert.equal(facet.label('Bildung', new Map()), 'Bildung');
  });

  test('values reach the filter only quoted', () => {
    assert.deepEqual(facet.filter(['Bildung', 'x" OR topics = "y', 'a\\']), [
      'topics = "Bildung"',
      'topics = "x\\" OR topics = \\"y"',
      'topics = "a\\\\"',
    ]);
  });

  test('German alphabetical order of the labels (umlauts with their vowel)', () => {
    const labels = ['Umwelt', 'Äpfel', 'Bildung', 'Arbeit'].map((label) => ({ value: label, label }));
    assert.deepEqual(
      labels.sort(byLabel).map((v) => v.label),
      ['Äpfel', 'Arbeit', 'Bildung', 'Umwelt'],
    );
  });
});
