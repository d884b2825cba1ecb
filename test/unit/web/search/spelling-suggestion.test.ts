import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  chooseCorrections,
  correctedQuery,
  correctionCandidates,
  suggestedQuery,
  WEAK_RESULT,
} from '../../../../src/web/search/spelling-suggestion.js';

const counts = new Map([
  ['kita', 80],
  ['pankow', 40],
  ['polzei', 1],
  ['straße', 300],
  ['selten', 2],
]);

describe('correctionCandidates', () => {
  test('free words the list lacks or holds in few releases, only when the result is weak', () => {
    assert.deepEqual(correctionCandidates('Kiat Pankow Polzei selten', counts, 0), ['kiat', 'polzei', 'selten']);
    assert.deepEqual(correctionCandidates('Kiat Pankow', counts, WEAK_RESULT), [], 'not weak');
    assert.deepEqual(correctionCandidates('Kiat Pankow', counts, WEAK_RESULT - 1), ['kiat']);
  });

  test('not: words in phrases, excluded words, short words, numbers, words with a known ß/ss spelling', () => {
    assert.deepEqual(correctionCandidates('"Kiat Lolo" -Wlad Abc U2 2019 Strasse', counts, 0), []);
  });
});

describe('chooseCorrections', () => {
  const similar = new Map([
    ['kiat', [{ word: 'kita', count: 80, typos: 1 }]],
    [
      'polzei',
      [
        { word: 'polzei', count: 1, typos: 0 },
        { word: 'pulzei', count: 9, typos: 1 },
        { word: 'polizei', count: 10, typos: 1 },
      ],
    ],
    ['selten', [{ word: 'selten', count: 2, typos: 0 }]],
    ['wenig', [{ word: 'wenige', count: 3, typos: 1 }]],
  ]);

  test('the first similar word in enough more releases; the word itself and rarer words are passed over', () => {
    assert.deepEqual(chooseCorrections(['kiat', 'polzei', 'selten'], similar, counts, 0), [
      { word: 'kiat', by: 'kita' },
      { word: 'polzei', by: 'polizei' },
    ]);
  });

  test('a suggestion must be in more releases than the result has hits (else the search found it already)', () => {
    assert.deepEqual(chooseCorrections(['wenig'], similar, counts, 2), [{ word: 'wenig', by: 'wenige' }]);
    assert.deepEqual(chooseCorrections(['wenig'], similar, counts, 3), []);
  });
});

describe('correctedQuery', () => {
  test('each corrected word in the case it was typed in; phrases, exclusions and the rest kept', () => {
    const corrections = [
      { word: 'kiat', by: 'kita' },
      { word: 'polzei', by: 'polizei' },
    ];
    assert.equal(correctedQuery('Kiat in pankow', corrections), 'Kita in pankow');
    assert.equal(correctedQuery('KIAT polzei', corrections), 'KITA polizei');
    assert.equal(correctedQuery('„Kiat“ Polzei -kiat', corrections), '„Kiat“ Polizei -kiat');
    assert.equal(correctedQuery('Strase', [{ word: 'strase', by: 'straße' }]), 'Straße');
  });

  test('suggestedQuery: none without corrections or when nothing changes', () => {
    assert.equal(suggestedQuery('Kiat', undefined), undefined);
    assert.equal(suggestedQuery('Kiat', []), undefined);
    assert.equal(suggestedQuery('"Kiat"', [{ word: 'kiat', by: 'kita' }]), undefined);
    assert.equal(suggestedQuery('Kiat', [{ word: 'kiat', by: 'kita' }]), 'Kita');
  });
});
