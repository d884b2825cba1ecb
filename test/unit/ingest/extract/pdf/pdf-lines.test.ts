import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildLines, type PdfTextItem } from '../../../../../ingest/extract/pdf/pdf-lines.js';

const item = (str: string, x: number, y: number, size = 10, width = str.length * size * 0.5): PdfTextItem => ({
  str,
  x,
  y,
  width,
  size,
});

describe('buildLines', () => {
  test('joins items on one baseline, with a space across a gap', () => {
    const result = buildLines([item('Hightech', 56, 700), item('Agenda', 100, 700), item('Zweite Zeile', 56, 688)], 1);
    assert.deepEqual(
      result.map((l) => l.text),
      ['Hightech Agenda', 'Zweite Zeile'],
    );
  });

  test('a label set before a tab stop stays on the line of its value; a far gap after text is another column', () => {
    const result = buildLines(
      [
        item('Ort:', 70, 600, 11, 18),
        item('Schulgarten, Talstraße 9', 130, 600, 11),
        item('Links', 70, 580),
        item('Rechts', 300, 580),
      ],
      1,
    );
    assert.deepEqual(
      result.map((l) => l.text),
      ['Ort: Schulgarten, Talstraße 9', 'Links', 'Rechts'],
    );
  });

  test('a wide space item does not glue two columns together', () => {
    const result = buildLines(
      [
        item('Medieninformation', 56, 766, 22, 196),
        item(' ', 252, 766, 22, 128),
        item('Sächsisches Staatsministerium', 380, 775, 9),
      ],
      1,
    );
    assert.deepEqual(
      result.map((l) => l.text),
      ['Medieninformation', 'Sächsisches Staatsministerium'],
    );
  });
});
