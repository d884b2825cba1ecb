import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cleanLine, collapseWhitespace, countLetters } from '../../../../ingest/text/clean-text.js';

describe('cleanLine', () => {
  test('removes invisible characters inside words (zero-width space, joiner, BOM, soft hyphen)', () => {
    assert.equal(
      cleanLine('\ufeffStaats\u200bminis\u00adterium\u2060 für\u200d Kultus'),
      'Staatsministerium für Kultus',
    );
  });

  test('turns tabs and exotic spaces into single spaces and trims', () => {
    assert.equal(cleanLine('\t Dresden,\u00a0\u00a012.\u202fMärz\u3000 2024 \u2003'), 'Dresden, 12. März 2024');
  });

  test('collapses runs of ordinary spaces', () => {
    assert.equal(cleanLine('Freistaat     Sachsen'), 'Freistaat Sachsen');
  });

  test('normalizes to NFC (decomposed umlauts become single code points)', () => {
    const decomposed = 'Mu\u0308ller Stra\u00dfe';
    const result = cleanLine(decomposed);
    assert.equal(result, 'Müller Straße');
    assert.equal(result.length, 'Müller Straße'.length);
  });

  test('keeps a soft hyphen at the very end of the line (word hyphenated at the line end)', () => {
    assert.equal(cleanLine('Forschungs\u00ad'), 'Forschungs\u00ad');
    assert.equal(cleanLine('  Forschungs\u00ad  '), 'Forschungs\u00ad');
  });

  test('a soft hyphen that is not at the end is removed', () => {
    assert.equal(cleanLine('Forschungs\u00adeinrichtung'), 'Forschungseinrichtung');
  });

  test('a line of only a soft hyphen becomes empty', () => {
    assert.equal(cleanLine('\u00ad'), '');
    assert.equal(cleanLine(' \u200b\u00a0'), '');
  });
});

describe('collapseWhitespace', () => {
  test('joins line breaks and whitespace runs into single spaces', () => {
    assert.equal(collapseWhitespace('  Erste Zeile\r\n\n  zweite\tZeile \n'), 'Erste Zeile zweite Zeile');
  });

  test('also cleans invisible characters', () => {
    assert.equal(collapseWhitespace('Kul\u200btus\nministerium'), 'Kultus ministerium');
  });
});

describe('countLetters', () => {
  test('counts letters of any script, not digits, punctuation or spaces', () => {
    assert.equal(countLetters('Öffentl. 12 – ß'), 8);
    assert.equal(countLetters('Ελλάδα и Россия'), 13);
  });

  test('page furniture without letters counts zero', () => {
    assert.equal(countLetters('- 3 -'), 0);
    assert.equal(countLetters(''), 0);
  });

  test('a letter beyond the BMP counts once, a lone surrogate or an emoji not at all', () => {
    assert.equal(countLetters('𝐀𝐁 a'), 3);
    assert.equal(countLetters('\ud835x\udc00'), 1);
    assert.equal(countLetters('Gut 👍'), 3);
  });
});
