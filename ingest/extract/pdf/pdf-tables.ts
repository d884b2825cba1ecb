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
import { stackedHeader } from './pdf-table-headers.js';

const MIN_ROWS = 3;
const MIN_CELLS = 3;

/** A figure cell: numbers, signs, units and the dashes statistics write for „nothing“. */
const FIGURE = /^[-–—+±.,%€$()\d\s/x×]*\d[-–—+±.,%€$()\d\s/x×]*$|^[-–—.x/]$/u;
const isFigure = (text: string): boolean => FIGURE.test(text.trim());

/** A cell: a line, or a part of a line that wide gaps separate; `source` is the line it is of. */
type Cell = PdfLine & { source: PdfLine };

interface Row {
  cells: Cell[];
  page: number;
  y: number;
}

const cellsOf = (line: PdfLine): Cell[] =>
  line.parts
    ? line.parts.map((part) => ({ ...line, text: part.text, x: part.x, right: part.right, source: line }))
    : [{ ...line, source: line }];

/** Cells of one page on one baseline, left to right. */
function rowsOf(lines: readonly PdfLine[]): Row[] {
  const rows: Row[] = [];
  const byPage = new Map<number, Row[]>();
  for (const line of lines.flatMap(cellsOf)) {
    const onPage = byPage.get(line.page) ?? [];
    byPage.set(line.page, onPage);
    const row = onPage.find((r) => Math.abs(r.y - line.y) <= 0.3 * line.size);
    if (row) row.cells.push(line);
    else {
      const created = { cells: [line], page: line.page, y: line.y };
      onPage.push(created);
      rows.push(created);
    }
  }
  for (const row of rows) row.cells.sort((a, b) => a.x - b.x);
  return rows.sort((a, b) => a.page - b.page || b.y - a.y);
}

/** Every column of `rows` lines up at its left or its right edge (within one and a half type sizes). */
function aligned(rows: readonly Row[]): boolean {
  const count = rows[0]?.cells.length ?? 0;
  for (let column = 0; column < count; column++) {
    const cells = rows.map((row) => row.cells[column] as Cell);
    const tolerance = 1.5 * Math.max(...cells.map((c) => c.size));
    const spread = (values: number[]): number => Math.max(...values) - Math.min(...values);
    if (spread(cells.map((c) => c.x)) > tolerance && spread(cells.map((c) => c.right)) > tolerance) return false;
  }
  return true;
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

function cell(line: PdfLine, header: boolean, scope?: 'col' | 'row'): TableCell {
  return { header, ...(scope ? { scope } : {}), text: [{ text: line.text }] };
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
 * of one cell per column, and the lines it is made of.
 */
function headerAbove(run: readonly Row[], lines: readonly PdfLine[], taken: ReadonlySet<PdfLine>) {
  const [first] = run;
  if (!first) return undefined;
  const columns = first.cells.map((_, i) => {
    const cells = run.map((row) => row.cells[i] as Cell);
    return { x: Math.min(...cells.map((c) => c.x)), right: Math.max(...cells.map((c) => c.right)) };
  });
  const size = Math.max(...first.cells.map((c) => c.size));
  const found = stackedHeader(
    columns,
    { page: first.page, y: first.y, size },
    lines.filter((l) => !taken.has(l)),
    isFigure,
  );
  const source = found?.lines[0];
  if (!found || !source) return undefined;
  const row: Row = {
    page: first.page,
    y: source.y,
    cells: found.texts.map((text, i) => ({ ...source, text, ...columns[i], source })),
  };
  return { row, lines: found.lines };
}

/** The clearly aligned tables among the lines of a document. */
export function findTables(lines: readonly PdfLine[]): PdfTable[] {
  const rows = rowsOf(lines);
  const order = new Map(lines.map((line, i) => [line, i]));
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
      while (end < rows.length && sameShape(rows[end]) && aligned(rows.slice(from, end + 1))) end++;
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
      const stacked = hasHeader ? undefined : headerAbove(run, lines, taken);
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
