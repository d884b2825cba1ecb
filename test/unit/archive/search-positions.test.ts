/**
 * The count of word positions as Meilisearch numbers them, and the search-only copy of the body cut
 * to what Meilisearch indexes. The rules were measured against Meilisearch 1.21; the integration
 * test test/integration/ingest-field-bounds.test.ts checks the limit against a real one.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toSearchDocument } from '../../../src/archive/search-document.js';
import type { Release } from '../../../src/archive/release.js';
import { countPositions, indexedParagraphs, POSITIONS_PER_ATTRIBUTE } from '../../../src/archive/search-positions.js';

describe('countPositions', () => {
  test('a word is one position after the one before; after a hard separator eight', () => {
    assert.deepEqual(countPositions(['eins zwei drei']), { positions: 2, words: 3, indexedWords: 3 });
    assert.equal(countPositions(['eins. Zwei']).positions, 8);
    assert.equal(countPositions(['eins, zwei; drei! vier? fünf']).positions, 32);
    assert.equal(countPositions(['„Eins.“ Zwei']).positions, 1, '"." before a quotation mark is soft');
  });

  test('"." and "," inside a word are soft: numbers, addresses', () => {
    assert.equal(countPositions(['3,5 Millionen']).positions, 2);
    assert.equal(countPositions(['www.sachsen.de']).positions, 2);
  });

  test('each paragraph starts eight after the last word of the one before; empty ones count', () => {
    assert.equal(countPositions(['eins zwei', 'drei']).positions, 9);
    assert.equal(countPositions(['eins', '', 'zwei']).positions, 16);
    assert.deepEqual(countPositions([]), { positions: 0, words: 0, indexedWords: 0 });
  });

  test('words from the limit on are not indexed', () => {
    const words = POSITIONS_PER_ATTRIBUTE + 10;
    const count = countPositions([Array.from({ length: words }, () => 'Wort').join(' ')]);
    assert.deepEqual(count, { positions: words - 1, words, indexedWords: POSITIONS_PER_ATTRIBUTE });
  });
});

describe('indexedParagraphs', () => {
  test('a body Meilisearch indexes completely is the same array', () => {
    const body = ['Erster Absatz.', 'Zweiter Absatz.'];
    assert.equal(indexedParagraphs(body), body);
  });

  test('an over-long body keeps its paragraphs up to a little past the limit', () => {
    const paragraph = Array.from({ length: 1000 }, () => 'Wort').join(' ');
    const body = Array.from({ length: 100 }, () => paragraph); // 100,692 positions
    const kept = indexedParagraphs(body);
    const count = countPositions(kept);
    assert.ok(count.positions >= POSITIONS_PER_ATTRIBUTE, `${count.positions} positions kept`);
    assert.ok(count.positions < POSITIONS_PER_ATTRIBUTE + 5_000, `${count.positions} positions kept`);
    assert.ok(kept.length < body.length);
    assert.ok(body[kept.length - 1]!.startsWith(kept.at(-1)!), 'the last paragraph is cut between words');
  });

  test('the search document shows the whole body and searches a copy cut so', () => {
    const body = Array.from({ length: 100 }, () => Array.from({ length: 1000 }, () => 'Wort').join(' '));
    const release = { title: 'T', summary: 'S', body } as Release;
    const document = toSearchDocument(release);
    assert.equal(document.body, body);
    assert.deepEqual(document.de_body, indexedParagraphs(body));
    assert.ok(document.de_body.length < body.length);
  });
});
