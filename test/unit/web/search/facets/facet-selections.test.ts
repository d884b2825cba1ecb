/** Selections read and written through the registry, never by a field's name. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SENDER_FACET, TOPIC_FACET, YEAR_FACET } from '../../../../../src/web/search/facets/facet-registry.js';
import {
  canonicalSelections,
  emptySelections,
  hasSelection,
  selectionChange,
  selectionOf,
  selectionsOf,
} from '../../../../../src/web/search/facets/facet-selections.js';

const state = { q: 'x', ministries: ['smk'], topics: [], types: [], years: [2024], page: 2 };

describe('facet selections', () => {
  test('a facet reads its values from its field; a missing field is no selection', () => {
    assert.deepEqual(selectionOf(state, SENDER_FACET), ['smk']);
    assert.deepEqual(selectionOf(state, YEAR_FACET), [2024]);
    assert.deepEqual(selectionOf({}, TOPIC_FACET), []);
  });

  test('empty selections, only the selections, a change of some', () => {
    assert.deepEqual(emptySelections(), { ministries: [], topics: [], types: [], years: [] });
    assert.deepEqual(selectionsOf(state), { ministries: ['smk'], topics: [], types: [], years: [2024] });
    assert.deepEqual(selectionChange([[TOPIC_FACET, ['Bildung']]]), { topics: ['Bildung'] });
  });

  test('anything selected in any facet', () => {
    assert.equal(hasSelection(state), true);
    assert.equal(hasSelection({ ...state, ministries: [], years: [] }), false);
  });

  test('names resolved by each facet, the rest of the request kept', () => {
    const names = new Map([['SMK', 'Sächsisches Staatsministerium für Kultus']]);
    assert.deepEqual(canonicalSelections(state, names), { ...state, ministries: ['SMK'] });
  });
});
