/**
 * Column headers wrapped over several lines above a statistics table (pdf-table-headers.ts, as in
 * the Destatis PDFs): joined per column into one header row of `th scope="col"`; a line over
 * several columns stays text; without a header for every column there is no header row.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PdfLine } from '../../../../../ingest/extract/pdf/pdf-lines.js';
import { findTables } from '../../../../../ingest/extract/pdf/pdf-tables.js';

const SIZE = 9;
const line = (text: string, x: number, right: number, y: number): PdfLine => ({
  text,
  x,
  right,
  y,
  size: SIZE,
  page: 2,
});

/** Figures right-aligned at 128, 169 and 211, the year left-aligned at 45. */
function bodyRows(): PdfLine[] {
  return [
    ['1991', '65,5', '80,2', '89,0'],
    ['1992', '68,8', '82,3', '92,5'],
    ['1993', '71,9', '84,1', '95,8'],
  ].map((cells, r) => {
    const parts = cells.map((text, c) =>
      c === 0
        ? { text, x: 45, right: 65 }
        : { text, x: [0, 110, 151, 193][c] as number, right: [0, 128, 169, 211][c] as number },
    );
    return { ...line(cells.join(' '), 45, 211, 500 - r * 10.5), parts };
  });
}

const header = (withThird: boolean): PdfLine[] => [
  line('Preisindex gesamt', 140, 211, 600),
  line('Ver-', 101.7, 117, 580),
  line('Einzel-', 137.4, 162.8, 575),
  line('braucher-', 90.9, 127.6, 570),
  ...(withThird ? [line('Alle', 184.7, 199, 570)] : []),
  line('handel', 136.9, 163.5, 565),
  line('Jahr', 50, 65, 560),
  line('preis-', 98.5, 120.2, 560),
  ...(withThird ? [line('Haus-', 180.7, 202.8, 560)] : []),
  line('index', 98.9, 119.9, 550),
  ...(withThird ? [line('halte', 182.2, 201.5, 550)] : []),
  line('2015 = 100', 90.6, 133.6, 530),
];

const texts = (rows: ReadonlyArray<ReadonlyArray<{ text: Array<{ text: string }> }>>): string[][] =>
  rows.map((row) => row.map((cell) => cell.text.map((t) => t.text).join('')));

describe('stacked PDF table headers', () => {
  test('lines wrapped within one column each become that column’s header', () => {
    const all = [...header(true), ...bodyRows()];
    const [table, ...more] = findTables(all);
    assert.equal(more.length, 0);
    const rows = table?.block.table?.rows ?? [];
    assert.deepEqual(texts(rows)[0], ['Jahr', 'Verbraucherpreisindex', 'Einzelhandel', 'Alle Haushalte']);
    assert.ok(rows[0]?.every((cell) => cell.header && cell.scope === 'col'));
    assert.deepEqual(texts(rows)[1], ['1991', '65,5', '80,2', '89,0']);
    // Lines over several columns name no single column: they stay text.
    const kept = all.filter((l) => !table?.lines.has(l)).map((l) => l.text);
    assert.deepEqual(kept, ['Preisindex gesamt', '2015 = 100']);
  });

  test('a line of text over the table’s width ends the header: lines above it are not joined', () => {
    const all = [
      ...header(true),
      line('Die Preise stiegen im Jahr 2022 stärker als je zuvor.', 45, 211, 555),
      ...bodyRows(),
    ];
    const [table] = findTables(all);
    assert.deepEqual(texts(table?.block.table?.rows ?? [])[0], ['1991', '65,5', '80,2', '89,0']);
  });

  test('a column without a header line: no header row, the lines stay text', () => {
    const all = [...header(false), ...bodyRows()];
    const [table] = findTables(all);
    const rows = table?.block.table?.rows ?? [];
    assert.deepEqual(texts(rows)[0], ['1991', '65,5', '80,2', '89,0']);
    assert.ok(all.filter((l) => !table?.lines.has(l)).some((l) => l.text === 'braucher-'));
  });
});
