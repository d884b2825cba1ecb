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

const generatedSpace = (x: number, y: number, size: number): PdfTextItem => ({
  ...item(' ', x, y, size, 0),
  generated: true,
});

/** The texts of the lines the items of page 1 make. */
const lineTexts = (items: PdfTextItem[]): string[] => buildLines(items, 1).map((l) => l.text);

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

  test('a space PDFium generated counts only where the next item does not follow within the letter-spacing', () => {
    // The Destatis PDF's heading, as PDFium gives it: a generated space inside the spaced-out
    // „Bundesamt“ (0.12 type sizes to the „t“) and one between the two words (0.28).
    assert.deepEqual(
      lineTexts([
        item('Statistisches', 385.92, 778.88, 11.68, 68.39),
        generatedSpace(448.81, 778.88, 11.68),
        item('Bundesam', 457.57, 778.88, 11.68, 56.22),
        generatedSpace(504.42, 778.88, 11.68),
        item('t', 515.16, 778.88, 11.68, 3.62),
      ]),
      ['Statistisches Bundesamt'],
    );
    // A space of the file always counts, even of no width with the next piece close (a font whose
    // space glyph has no width); a generated one counts before an overlap.
    assert.deepEqual(
      lineTexts([
        item('Tel.', 56, 700, 10, 16),
        item(' ', 72, 700, 10, 0),
        item('0351', 73, 700, 10, 20),
        generatedSpace(93, 700, 10),
        item('564', 92, 700, 10, 15),
      ]),
      ['Tel. 0351 564'],
    );
  });
});
