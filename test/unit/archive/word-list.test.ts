/** The word list's words (src/archive/word-list.ts): what a release adds to `<MEILI_INDEX>_words`. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalWord, wordsOfText } from '../../../src/archive/word-list.js';

/** The words as they were counted before the faster counting (issue 19): the reference. */
function reference(text: string): Set<string> {
  const words = new Set<string>();
  for (const [token] of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const length = [...token].length;
    if (length < 2 || length > 40 || !/\p{L}/u.test(token)) continue;
    words.add(token.normalize('NFC').toLocaleLowerCase('de'));
  }
  return words;
}

describe('word list words', () => {
  test('lower-case by German rules, NFC, ß kept, ẞ lowered', () => {
    assert.equal(normalWord('STRAẞE'), 'straße');
    assert.equal(normalWord('Öffentlich'), 'öffentlich');
    assert.equal(normalWord('O\u0308ffentlich'), 'öffentlich');
    assert.equal(normalWord('ΟΔΟΣ'), 'οδος');
  });

  test('2 to 40 characters with a letter; a letter beyond the BMP is one character', () => {
    const astral = '𝐀'.repeat(40);
    assert.deepEqual([...wordsOfText(`a 12 ab 𝐀 𝐀𝐀 ${astral} ${astral}𝐀 x${'y'.repeat(40)}`)], ['ab', '𝐀𝐀', astral]);
  });

  test('the same words as before, for text in several scripts and forms', () => {
    const text = [
      'Die Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen teilt mit: 2.300 Wohnungen (ca. 12 %) – ÖPNV-Anbindung!',
      'Straße STRASSE Maßnahme ẞ İstanbul Iğdır ΟΔΟΣ Σας Ελλάδα Россия',
      'O\u0308ffentlich Cafe\u0301 e\u0301e\u0301 =\u0338abc ǅemal ﬁnal Ⅻ 3D x2 𝐀𝐁𝐂 😀Emoji',
      `kurz a b ${'Donaudampfschifffahrtsgesellschaftskapitän'} ${'x'.repeat(41)}`,
    ].join('\n');
    assert.deepEqual([...wordsOfText(text)].sort(), [...reference(text)].sort());
    for (const word of reference(text)) assert.equal(normalWord(word), word);
  });
});
