import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ocrLines, type TesseractBlock } from '../../../../../ingest/extract/ocr/ocr-lines.js';

/** A line of Tesseract's output at 300 dpi: top of its box, baseline and row height in pixels. */
const line = (text: string, top: number, row: number, x0 = 300) => ({
  text: `${text}\n`,
  bbox: { x0, y0: top, x1: x0 + 20 * text.length, y1: top + row },
  baseline: { y0: top + row * 0.8, y1: top + row * 0.8 },
  rowAttributes: { rowHeight: row },
});

test('OCR lines: points from the bottom of the page, one size per kind of type', () => {
  const blocks: TesseractBlock[] = [
    {
      paragraphs: [
        // Tesseract put the headline (59 px rows, 15 pt) into the paragraph of the body (41–44 px).
        {
          lines: [
            line('Pflegeausbildung: Zahl der Auszubildenden steigt', 1083, 59),
            line('Immer mehr junge Menschen in Sachsen entscheiden sich', 1200, 41),
            line('für eine Ausbildung in der Pflege. Im Jahr 2021', 1260, 42),
            line('haben 4.370 Frauen und Männer begonnen', 1320, 44),
          ],
        },
        { lines: [line('Sächsisches Staatsministerium für', 432, 37.5, 1523), line('14.03.2022', 476, 36, 1523)] },
      ],
    },
  ];
  const lines = ocrLines(blocks, 3508, 300);
  const byText = new Map(lines.map((l) => [l.text, l]));
  const headline = byText.get('Pflegeausbildung: Zahl der Auszubildenden steigt')!;
  const body = ['Immer mehr junge Menschen in Sachsen entscheiden sich', 'haben 4.370 Frauen und Männer begonnen'].map(
    (t) => byText.get(t)!,
  );
  assert.equal(body[0]!.size, body[1]!.size, 'body lines of slightly different heights get one size');
  assert.ok(headline.size > body[0]!.size * 1.25, `headline ${headline.size} stays larger than body ${body[0]!.size}`);
  assert.ok(byText.get('14.03.2022')!.size < body[0]!.size * 0.9, 'the 9 pt sender column stays smaller');
  assert.ok(Math.abs(body[0]!.size - 10.5) < 1, `about 10.5 pt, got ${body[0]!.size}`);
  // Baseline of the headline: 1083 + 47.2 px from the top of a 3508 px page, in points from the bottom.
  assert.ok(Math.abs(headline.y - ((3508 - 1083 - 59 * 0.8) * 72) / 300) < 0.01);
  assert.equal(headline.x, (300 * 72) / 300);
  assert.ok(!headline.text.includes('\n'));
});
