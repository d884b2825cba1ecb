/**
 * Tables of a PDF page where the layout clearly is one: at least three consecutive rows of at least
 * three cells each (lines on one baseline, which `pdf-lines.ts` splits at far gaps), the same number
 * of cells in every row and each column aligned at its left or right edge (text left, numbers
 * right). A first row without figures above rows with figures is the header (`<th scope="col">`), a
 * first column of text beside figures heads its rows (`<th scope="row">`). Headers wrapped over several
 * lines above the table are joined per column (`pdf-table-headers.ts`). Anything less regular
 * stays text: a wrong table is worse for a screen-reader user than lines.
 */
import type { TableCell } from '../../../src/archive/body-structure.js';
import type { TextBlock } from '../extracted-document.js';
import { tableLines } from '../html/html-table.js';
import type { PdfLine } from './pdf-lines.js';
import { stackedHeader, type ColumnSpan } from './pdf-table-headers.js';

const MIN_ROWS = 3;
const MIN_CELLS = 3;

/** A figure cell: numbers, signs, units and the dashes statistics write for „nothing“. */
const FIGURE = /^[-–—+±.,%€$()\d\s/x×]*\d[-–—+±.,%€$()\d\s/x×]*$|^[-–—.x/]$/u;
const isFigure = (text: string): boolean => FIGURE.test(text.trim());

/** A cell: a line, or a part of a line that wide gaps separate; `source` is the line it is of. */
interface Cell {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  page: number;
  source: PdfLine;
}

interface Row {
  cells: Cell[];
  page: number;
  y: number;
}

/** A cell of the line's geometry with `span`'s text and ends. */
const cellOf = (line: PdfLine, span: { text: string; x: number; right: number }): Cell => ({
  text: span.text,
  x: span.x,
  right: span.right,
  y: line.y,
  size: line.size,
  page: line.page,
  source: line,
});

const cellsOf = (line: PdfLine): Cell[] =>
  line.parts ? line.parts.map((part) => cellOf(line, part)) : [cellOf(line, line)];

/** The index of the first row of `sorted` (by baseline) whose baseline is at least `y`. */
function firstAtOrAbove(sorted: readonly Row[], y: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as Row).y < y) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Cells of one page on one baseline, left to right. A cell joins the first row made (in reading
 * order) whose baseline is within three tenths of its type size; the rows of a page are also kept
 * sorted by baseline, so that row is found without looking at every row of the page.
 */
function rowsOf(lines: readonly PdfLine[]): Row[] {
  const rows: Row[] = [];
  const byPage = new Map<number, Array<Row & { made: number }>>();
  for (const line of lines.flatMap(cellsOf)) {
    const onPage = byPage.get(line.page) ?? [];
    byPage.set(line.page, onPage);
    const tolerance = 0.3 * line.size;
    let row: (Row & { made: number }) | undefined;
    // The window is a little wider than the tolerance; the test itself is the exact one.
    for (let i = firstAtOrAbove(onPage, line.y - tolerance - 1); i < onPage.length; i++) {
      const candidate = onPage[i] as Row & { made: number };
      if (candidate.y > line.y + tolerance + 1) break;
      if (Math.abs(candidate.y - line.y) <= tolerance && (!row || candidate.made < row.made)) row = candidate;
    }
    if (row) row.cells.push(line);
    else {
      const created = { cells: [line], page: line.page, y: line.y, made: rows.length };
      onPage.splice(firstAtOrAbove(onPage, line.y), 0, created);
      rows.push(created);
    }
  }
  for (const row of rows) row.cells.sort((a, b) => a.x - b.x);
  return rows.sort((a, b) => a.page - b.page || b.y - a.y);
}

/**
 * Whether every column of the rows added so far lines up at its left or its right edge (within one
 * and a half type sizes): the spreads are kept per column as rows are added, so a table's run of
 * rows is checked row by row rather than all over again for each row.
 */
class Alignment {
  private readonly columns: Array<{ x: [number, number]; right: [number, number]; size: number }> = [];

  constructor(rows: readonly Row[]) {
    for (const row of rows) this.add(row);
  }

  /** Adds a row (of the same number of cells as the others) and tells whether all are still aligned. */
  add(row: Row): boolean {
    let aligned = true;
    row.cells.forEach((cell, i) => {
      const column = this.columns[i] ?? { x: [cell.x, cell.x], right: [cell.right, cell.right], size: cell.size };
      this.columns[i] = column;
      column.x = [Math.min(column.x[0], cell.x), Math.max(column.x[1], cell.x)];
      column.right = [Math.min(column.right[0], cell.right), Math.max(column.right[1], cell.right)];
      column.size = Math.max(column.size, cell.size);
      const tolerance = 1.5 * column.size;
      if (column.x[1] - column.x[0] > tolerance && column.right[1] - column.right[0] > tolerance) aligned = false;
    });
    return aligned;
  }
}

/** A header row of text above a row of figures: its cells must lie over the columns in order. */
function fitsAsHeader(header: Row, body: Row): boolean {
  if (header.page !== body.page || header.cells.length !== body.cells.length) return false;
  if (header.cells.some((cell) => isFigure(cell.text))) return false;
  return header.cells.every((cell, i) => {
    const below = body.cells[i] as Cell;
    const next = body.cells[i + 1];
    return cell.right > below.x - 2 * cell.size && (!next || cell.x < next.x);
  });
}

function cell(line: { text: string }, header: boolean, scope?: 'col' | 'row'): TableCell {
  const text = [{ text: line.text }];
  return scope ? { header, scope, text } : { header, text };
}

function tableBlock(rows: readonly Row[], hasHeader: boolean): TextBlock {
  const bodyRows = hasHeader ? rows.slice(1) : rows;
  const rowHeads =
    bodyRows.every((row) => !isFigure(row.cells[0]?.text ?? '')) &&
    bodyRows.some((row) => row.cells.slice(1).some((c) => isFigure(c.text)));
  const cells: TableCell[][] = rows.map((row, r) =>
    row.cells.map((line, c) => {
      if (hasHeader && r === 0) return cell(line, true, 'col');
      return rowHeads && c === 0 ? cell(line, true, 'row') : cell(line, false);
    }),
  );
  const lines = tableLines(cells);
  return { kind: 'paragraph', text: lines.join(' '), lines, table: { rows: cells } };
}

export interface PdfTable {
  /** The lines the table is made of (left out of the text). */
  lines: Set<PdfLine>;
  /** Its first line in reading order: where the table stands in the text. */
  first: PdfLine;
  block: TextBlock;
}

/**
 * A header set over several lines above the table's first row (`pdf-table-headers.ts`), as a row
 * of one cell per column, and the lines it is made of; `pageLines` are the lines of the table's
 * page from the bottom up (in reading order where they share a baseline).
 */
function headerAbove(run: readonly Row[], pageLines: readonly PdfLine[], taken: ReadonlySet<PdfLine>) {
  const [first] = run;
  if (!first) return undefined;
  const columns = first.cells.map((_, i) => {
    const cells = run.map((row) => row.cells[i] as Cell);
    return { x: Math.min(...cells.map((c) => c.x)), right: Math.max(...cells.map((c) => c.right)) };
  });
  const size = Math.max(...first.cells.map((c) => c.size));
  // The page's lines above the first row, bottom up (`stackedHeader` takes no other lines anyway).
  const floor = first.y + 0.5 * size;
  let [low, high] = [0, pageLines.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((pageLines[middle] as PdfLine).y > floor) high = middle;
    else low = middle + 1;
  }
  const above = pageLines.slice(low).filter((l) => !taken.has(l));
  const found = stackedHeader(columns, { page: first.page, y: first.y, size }, above, isFigure);
  const source = found?.lines[0];
  if (!found || !source) return undefined;
  const row: Row = {
    page: first.page,
    y: source.y,
    cells: found.texts.map((text, i) => cellOf(source, { text, ...(columns[i] as ColumnSpan) })),
  };
  return { row, lines: found.lines };
}

/** The clearly aligned tables among the lines of a document. */
export function findTables(lines: readonly PdfLine[]): PdfTable[] {
  const rows = rowsOf(lines);
  const order = new Map(lines.map((line, i) => [line, i]));
  /** The lines of each page from the bottom up: a header is looked for above its table only. */
  const byPage = new Map<number, PdfLine[]>();
  for (const line of lines) {
    const onPage = byPage.get(line.page) ?? [];
    byPage.set(line.page, onPage);
    onPage.push(line);
  }
  for (const onPage of byPage.values()) onPage.sort((a, b) => a.y - b.y);
  const tables: PdfTable[] = [];
  const taken = new Set<PdfLine>();
  let start = 0;
  while (start < rows.length) {
    const first = rows[start] as Row;
    let end = start + 1;
    if (first.cells.length >= MIN_CELLS) {
      // A first row of text may be the header: its cells are centred over their columns, not aligned.
      const from = first.cells.every((c) => !isFigure(c.text)) ? start + 1 : start;
      const sameShape = (row: Row | undefined): boolean =>
        row !== undefined && row.page === first.page && row.cells.length === first.cells.length;
      const alignment = new Alignment(rows.slice(from, end));
      while (end < rows.length && sameShape(rows[end]) && alignment.add(rows[end] as Row)) end++;
    }
    const run = rows.slice(start, end);
    // Three columns of prose on one baseline line up too: a table has figures in it.
    if (run.length >= MIN_ROWS && run.slice(1).some((r) => r.cells.some((c) => isFigure(c.text)))) {
      const [head, second] = run;
      const hasHeader =
        head !== undefined &&
        second !== undefined &&
        fitsAsHeader(head, second) &&
        run.slice(1).some((r) => r.cells.some((c) => isFigure(c.text)));
      const stacked = hasHeader ? undefined : headerAbove(run, byPage.get(first.page) ?? [], taken);
      const used = [...new Set([...run.flatMap((r) => r.cells.map((c) => c.source)), ...(stacked?.lines ?? [])])];
      for (const line of used) taken.add(line);
      const firstLine = used.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))[0] as PdfLine;
      const block = stacked ? tableBlock([stacked.row, ...run], true) : tableBlock(run, hasHeader);
      tables.push({ lines: new Set(used), first: firstLine, block });
    }
    start = end;
  }
  return tables;
}
