/**
 * HTML tables: a data table (rows and columns of short cells, or one with header cells or a
 * caption) becomes a table block with its caption, its cells and their scope; a layout table
 * (one column, nested tables, role="presentation", long text in its cells) is read as text.
 */
import type { AnyNode, Element } from 'domhandler';
import type { TableCell } from '../../../src/archive/body-structure.js';
import { safeHref } from '../../../src/archive/safe-link.js';
import { cleanLine } from '../../text/clean-text.js';
import { cleanPieces, piecesToRuns, type Piece } from './html-pieces.js';

export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** A cell with more text than this holds prose: the table lays out a page. */
const MAX_CELL_CHARS = 600;
const MAX_SPAN = 50;

const tag = (node: AnyNode): Element | undefined => (node.type === 'tag' ? node : undefined);
const named = (node: AnyNode, ...names: string[]): boolean =>
  node.type === 'tag' && names.includes(node.name.toLowerCase());

function descendants(node: AnyNode, out: Element[] = []): Element[] {
  if ('children' in node)
    for (const child of node.children) {
      const element = tag(child);
      if (element) {
        out.push(element);
        descendants(element, out);
      }
    }
  return out;
}

function rowsOf(table: Element): Array<{ row: Element; inHead: boolean }> {
  const rows: Array<{ row: Element; inHead: boolean }> = [];
  for (const child of table.children) {
    if (named(child, 'tr')) rows.push({ row: child as Element, inHead: false });
    else if (named(child, 'thead', 'tbody', 'tfoot'))
      for (const row of (child as Element).children)
        if (named(row, 'tr')) rows.push({ row: row as Element, inHead: named(child, 'thead') });
  }
  return rows;
}

const cellsOf = (row: Element): Element[] => row.children.filter((c) => named(c, 'td', 'th')) as Element[];

function plainText(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  return 'children' in node ? node.children.map(plainText).join(' ') : '';
}

export function isDataTable(table: Element): boolean {
  const role = (table.attribs['role'] ?? '').toLowerCase();
  if (role === 'presentation' || role === 'none') return false;
  const inner = descendants(table);
  if (inner.some((e) => e.name.toLowerCase() === 'table')) return false;
  const rows = rowsOf(table);
  const cells = rows.flatMap(({ row }) => cellsOf(row));
  if (cells.some((cell) => cleanLine(plainText(cell).replace(/\s+/g, ' ')).length > MAX_CELL_CHARS)) return false;
  const marked = inner.some((e) => ['th', 'caption'].includes(e.name.toLowerCase()));
  const columns = Math.max(0, ...rows.map(({ row }) => cellsOf(row).length));
  return marked ? cells.length > 0 : rows.length >= 2 && columns >= 2;
}

function collectPieces(node: AnyNode, href: string | undefined, base: string | undefined, out: Piece[]): void {
  if (node.type === 'text') {
    out.push({ text: node.data.replace(/\s+/g, ' '), bold: false, underline: false, ...(href ? { href } : {}) });
    return;
  }
  const element = tag(node);
  if (!element) return;
  const name = element.name.toLowerCase();
  if (name === 'br' || BLOCK_TAGS.has(name)) out.push({ text: ' ', bold: false, underline: false });
  let target = href;
  if (name === 'a' && element.attribs['href'] !== undefined) target = safeHref(element.attribs['href'], base) ?? href;
  for (const child of element.children) collectPieces(child, target, base, out);
  if (BLOCK_TAGS.has(name)) out.push({ text: ' ', bold: false, underline: false });
}

function span(value: string | undefined): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? Math.min(n, MAX_SPAN) : undefined;
}

function scopeOf(cell: Element, index: number, rowCells: Element[], inHead: boolean): 'col' | 'row' {
  const given = (cell.attribs['scope'] ?? '').toLowerCase();
  if (given === 'col' || given === 'colgroup') return 'col';
  if (given === 'row' || given === 'rowgroup') return 'row';
  if (inHead || rowCells.every((c) => named(c, 'th'))) return 'col';
  return index === 0 ? 'row' : 'col';
}

export function readTable(table: Element, base: string | undefined): { caption?: string; rows: TableCell[][] } {
  const captionElement = table.children.find((c) => named(c, 'caption'));
  const caption = captionElement ? cleanLine(plainText(captionElement).replace(/\s+/g, ' ')) : '';
  const rows = rowsOf(table)
    .map(({ row, inHead }) => {
      const rowCells = cellsOf(row);
      return rowCells.map((cell, index): TableCell => {
        const pieces: Piece[] = [];
        for (const child of cell.children) collectPieces(child, undefined, base, pieces);
        const header = named(cell, 'th');
        const colspan = span(cell.attribs['colspan']);
        const rowspan = span(cell.attribs['rowspan']);
        return {
          header,
          ...(header ? { scope: scopeOf(cell, index, rowCells, inHead) } : {}),
          text: piecesToRuns(cleanPieces(pieces)),
          ...(colspan ? { colspan } : {}),
          ...(rowspan ? { rowspan } : {}),
        };
      });
    })
    .filter((cells) => cells.length > 0);
  return { ...(caption ? { caption } : {}), rows };
}

/** The rows as text for the plain body and the parser: cells joined by „ | “. */
export function tableLines(rows: readonly TableCell[][]): string[] {
  return rows
    .map((cells) =>
      cells
        .map((cell) => cell.text.map((run) => run.text).join(''))
        .filter((text) => text.length > 0)
        .join(' | '),
    )
    .filter((line) => line.length > 0);
}
