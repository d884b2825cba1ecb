/** The integer facet kind (years): validated whole numbers in a range, unquoted in filters, highest first. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { integerFacet, integerInRange } from '../../../../../src/web/search/facets/integer-facet.js';

const facet = integerFacet({
  key: 'year',
  field: 'years',
  param: 'jahr',
  attribute: 'year',
  legend: 'Jahr',
  showAll: (n) => `Alle ${n} Jahre anzeigen`,
  min: 1900,
  max: 2100,
  invalid: 'ungültig',
});

describe('integerInRange', () => {
  test('digits only (at most nine), within the bounds', () => {
    assert.equal(integerInRange('2024', 1900, 2100), 2024);
    assert.equal(integerInRange('02024', 1900, 2100), 2024);
    for (const text of [undefined, '', '1899', '2101', '-2024', '2024.0', '1e3', ' 2024', '0000002024']) {
      assert.equal(integerInRange(text, 1900, 2100), undefined, String(text));
    }
  });
});

describe('integerFacet', () => {
  test('values become distinct numbers; one bad value makes the parameter an error', () => {
    assert.deepEqual(facet.parse(['2024', '02024', '2020']), { values: [2024, 2020] });
    assert.deepEqual(facet.parse(['2024', 'zwanzig']), { error: 'ungültig' });
    assert.deepEqual(facet.parse(['1800']), { error: 'ungültig' });
    assert.deepEqual(facet.parse([]), { values: [] });
  });

  test('filters on unquoted integers and refuses anything else', () => {
    assert.deepEqual(facet.filter([2024, 2020]), ['year = 2024', 'year = 2020']);
    assert.throws(() => facet.filter([20.5]));
  });

  test('the list runs from the highest value down; a shortened list keeps the first', () => {
    const values = ['2019', '2024', '2021'].map((value) => ({ value, label: value }));
    assert.deepEqual(
      values.sort(facet.compare).map((v) => v.value),
      ['2024', '2021', '2019'],
    );
    assert.equal(facet.shortList, 'first');
    assert.equal(facet.label('2024', new Map()), '2024');
  });
});
