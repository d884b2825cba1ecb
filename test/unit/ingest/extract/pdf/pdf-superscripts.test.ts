import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PdfLine, PdfTextItem } from '../../../../../ingest/extract/pdf/pdf-lines.js';
import { markNoteNumbers, markSuperscripts } from '../../../../../ingest/extract/pdf/pdf-superscripts.js';

const item = (str: string, x: number, y: number, size = 11): PdfTextItem => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  size,
});
const texts = (items: PdfTextItem[]): string[] => items.map((i) => i.str);

describe('markSuperscripts', () => {
  test('a raised small number touching a word becomes a superscript on the word’s baseline', () => {
    const word = item('Freistaat.', 70, 700);
    const mark = item('1', 70 + word.width, 703.6, 6.4);
    const result = markSuperscripts([word, mark, item(' ', 130, 700), item('Das', 135, 700)]);
    assert.deepEqual(texts(result), ['Freistaat.', '¹', ' ', 'Das']);
    assert.equal(result[1]?.y, 700);
  });

  test('digits on the baseline, in the same size, or far from the word stay as printed', () => {
    const seite = item('Seite', 70, 700);
    const sameLine = markSuperscripts([seite, item(' ', 97.5, 700), item('2', 100, 700)]);
    assert.deepEqual(texts(sameLine), ['Seite', ' ', '2']);
    const year = item('Jahr', 70, 700);
    assert.deepEqual(texts(markSuperscripts([year, item('2024', 70 + year.width, 703.6)])), ['Jahr', '2024']);
    assert.deepEqual(texts(markSuperscripts([year, item('2', 70 + year.width, 700, 6.4)])), ['Jahr', '2']);
    assert.deepEqual(texts(markSuperscripts([year, item('2', 70 + year.width + 30, 703.6, 6.4)])), ['Jahr', '2']);
  });

  test('a raised small number starting a line before its text: a note’s number', () => {
    const result = markSuperscripts([item('Ende.', 70, 300), item('1', 70, 62.8, 4.9), item('Quelle', 76, 60, 8.5)]);
    assert.deepEqual(texts(result), ['Ende.', '¹', 'Quelle']);
  });
});

describe('markNoteNumbers', () => {
  const line = (text: string, y: number, size = 11): PdfLine => ({ text, x: 70, y, right: 500, size, page: 1 });

  test('a small line low on the page starting with the number of a mark above it is a note', () => {
    const [page] = markNoteNumbers(
      [
        [
          line('im Freistaat.¹ Das sind mehr.', 700),
          line('Seite 2 von 3', 650),
          line('2 Stück', 100, 8.5),
          line('1 Quelle: Amt.', 60, 8.5),
        ],
      ],
      11,
    );
    assert.deepEqual(
      page?.map((l) => l.text),
      ['im Freistaat.¹ Das sind mehr.', 'Seite 2 von 3', '2 Stück', '¹ Quelle: Amt.'],
    );
  });
});
