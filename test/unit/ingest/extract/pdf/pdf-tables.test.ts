/**
 * Tables of a PDF (pdf-tables.ts): a table set with aligned columns (text left, figures right) in a
 * release made with pdfkit becomes a table with column and row headers; lines that are merely side
 * by side (two columns of text, a label and its value) stay text.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractPdf } from '../../../../../ingest/extract/pdf/pdf-extractor.js';
import { buildLines } from '../../../../../ingest/extract/pdf/pdf-lines.js';
import { findTables } from '../../../../../ingest/extract/pdf/pdf-tables.js';
import { renderPdf } from '../../../../fixtures/generator/pdf-writer.js';
import { lines } from './pdf-test-lines.js';

const ROWS = [
  ['Landkreis', 'Schulen', 'Fördersumme', 'Anteil'],
  ['Bautzen', '41', '1.230.000 €', '87 %'],
  ['Meißen', '38', '990.500 €', '81 %'],
  ['Görlitz', '29', '870.000 €', '76 %'],
  ['Zwickau', '44', '1.410.250 €', '90 %'],
];
const COLUMNS = [70, 200, 300, 430];
const RIGHTS = [0, 250, 400, 500];

function tablePdf(): Promise<Buffer> {
  return renderPdf((doc) => {
    doc.font('Helvetica-Bold').fontSize(14).text('Ganztag: Geld für 152 Schulen', 70, 80, { lineBreak: false });
    doc.font('Helvetica').fontSize(10);
    doc.text('Das Land fördert den Ausbau der Ganztagsangebote an Grundschulen in vier Landkreisen.', 70, 110, {
      lineBreak: false,
    });
    ROWS.forEach((row, r) => {
      const y = 150 + r * 16;
      row.forEach((text, c) => {
        const font = r === 0 ? 'Helvetica-Bold' : 'Helvetica';
        doc.font(font);
        const x = c === 0 ? (COLUMNS[0] as number) : (RIGHTS[c] as number) - doc.widthOfString(text);
        doc.text(text, x, y, { lineBreak: false });
      });
    });
    doc
      .font('Helvetica')
      .text('Die Anträge stellen die Schulträger bis zum 30. Juni 2026.', 70, 250, { lineBreak: false });
  });
}

describe('PDF tables', () => {
  test('aligned columns become a table with column headers and row headers', async () => {
    const doc = await extractPdf(await tablePdf(), { deadline: Date.now() + 30_000 });
    const tables = doc.blocks.filter((b) => b.table);
    assert.equal(tables.length, 1);
    const rows = tables[0]?.table?.rows ?? [];
    assert.deepEqual(
      rows.map((row) => row.map((cell) => cell.text.map((t) => t.text).join(''))),
      ROWS,
    );
    assert.deepEqual(
      rows[0]?.map((c) => [c.header, c.scope]),
      Array.from({ length: 4 }, () => [true, 'col']),
    );
    assert.deepEqual(
      rows[2]?.map((c) => [c.header, c.scope ?? null]),
      [
        [true, 'row'],
        [false, null],
        [false, null],
        [false, null],
      ],
    );
    assert.deepEqual(tables[0]?.lines[1], 'Bautzen | 41 | 1.230.000 € | 87 %');
    assert.ok(doc.blocks.some((b) => !b.table && b.text.startsWith('Die Anträge stellen')));
  });

  test('cells set closer than a column gap (two type sizes apart, as statistics tables do) are still cells', () => {
    const item = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 4, size: 8 });
    const rows = [
      ['1948', '-', '28,5', '42,5'],
      ['1949', '-', '28,2', '39,7'],
      ['1950', '-', '26,4', '35,9'],
    ];
    const items = rows.flatMap((row, r) =>
      row.map((text, c) => item(text, 70 + c * 34 - text.length * 4, 700 - r * 10)),
    );
    const [table] = findTables(buildLines(items, 1));
    assert.deepEqual(table?.block.lines, [
      '1948 | - | 28,5 | 42,5',
      '1949 | - | 28,2 | 39,7',
      '1950 | - | 26,4 | 35,9',
    ]);
  });

  test('two columns of text side by side, or rows that do not line up, are no table', () => {
    const twoColumns = [
      ...lines(1, 700, ['Der linke Absatz beginnt hier', 'und geht weiter', 'bis hierher.'], 10, 12, 70),
      ...lines(1, 700, ['Der rechte Absatz steht daneben', 'und läuft parallel', 'bis zum Ende.'], 10, 12, 320),
    ];
    assert.deepEqual(findTables(twoColumns), []);
    const ragged = [
      ...lines(1, 700, ['eins'], 10, 12, 70),
      ...lines(1, 700, ['zwei'], 10, 12, 200),
      ...lines(1, 700, ['drei'], 10, 12, 330),
      ...lines(1, 688, ['vier'], 10, 12, 120),
      ...lines(1, 688, ['fünf'], 10, 12, 260),
      ...lines(1, 688, ['sechs'], 10, 12, 420),
      ...lines(1, 676, ['sieben'], 10, 12, 70),
      ...lines(1, 676, ['acht'], 10, 12, 200),
      ...lines(1, 676, ['neun'], 10, 12, 330),
    ];
    assert.deepEqual(findTables(ragged), []);
    // Three columns of prose whose lines share baselines and left edges: aligned, but no figures.
    const threeColumns = [
      ...lines(1, 700, ['Im ersten Teil', 'steht die Einleitung', 'der Mitteilung.'], 10, 12, 70),
      ...lines(1, 700, ['Der zweite Teil', 'führt sie fort', 'mit Einzelheiten.'], 10, 12, 240),
      ...lines(1, 700, ['Am Schluss steht', 'was noch folgt', 'und wann.'], 10, 12, 410),
    ];
    assert.deepEqual(findTables(threeColumns), []);
  });
});
