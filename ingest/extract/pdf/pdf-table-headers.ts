/**
 * Column headers of a PDF table set over several lines: statistics tables centre a header over its
 * column and wrap it in the column's width („Ver-“ / „braucher-“ / „preis-“ / „index“), each
 * column on baselines of its own, so no single row above the figures holds the headers. Directly
 * above a table's first row, the lines that each fit within one column's span (from the right edge
 * of the column before to its own right edge) are joined per column into one header — when every
 * column gets one and none holds a figure. Lines that span several columns (a group heading, a
 * unit such as „2015 = 100“) are left as text: they name no single column; a line over most of the
 * table's width is text above the table and ends the header.
 */
import { joinWrappedLines } from '../../text/join-lines.js';
import type { PdfLine } from './pdf-lines.js';

export interface ColumnSpan {
  x: number;
  right: number;
}

/** The header lines lie no further apart (baseline to baseline) than this many type sizes. */
const MAX_GAP = 4;
/** A header may stick out of its column's span by this many type sizes. */
const SLACK = 0.5;
/** A line over more than this share of the table's width is text above it, not a header. */
const PROSE_WIDTH = 0.6;

type Piece = { text: string; x: number; right: number; y: number };

const piecesOf = (line: PdfLine): Piece[] =>
  (line.parts ?? [line]).map((p) => ({ text: p.text, x: p.x, right: p.right, y: line.y }));

/**
 * The header of each column of a table whose first row stands at `top` (page, baseline, type
 * size), from the lines of the page above it that no table holds, or undefined when they are not
 * clearly one; `lines` are the lines joined into it.
 */
export function stackedHeader(
  columns: readonly ColumnSpan[],
  top: { page: number; y: number; size: number },
  candidates: readonly PdfLine[],
  isFigure: (text: string) => boolean,
): { texts: string[]; lines: PdfLine[] } | undefined {
  const { size } = top;
  const left = Math.min(...columns.map((c) => c.x)) - size;
  const right = Math.max(...columns.map((c) => c.right)) + size;
  const slots = columns.map((column, i) => ({
    from: i === 0 ? left : (columns[i - 1] as ColumnSpan).right,
    to: column.right,
  }));
  const above = candidates
    .filter((l) => l.page === top.page && l.y > top.y + 0.5 * size && !l.image)
    .sort((a, b) => a.y - b.y);
  const stacks: Piece[][] = columns.map(() => []);
  const used: PdfLine[] = [];
  let lastY = top.y;
  for (const line of above) {
    if (line.y - lastY > MAX_GAP * size) break;
    if (line.x < left || line.right > right || line.size > 1.2 * size) break;
    const pieces = piecesOf(line);
    if (pieces.some((p) => isFigure(p.text))) return undefined;
    lastY = line.y;
    const placed = pieces.map((p) => {
      const centre = (p.x + p.right) / 2;
      return slots.findIndex(
        (s) => centre > s.from && centre <= s.to && p.x >= s.from - SLACK * size && p.right <= s.to + SLACK * size,
      );
    });
    if (placed.some((slot) => slot < 0)) {
      if (line.right - line.x > PROSE_WIDTH * (right - left)) break; // a line of text above the table
      continue; // spans columns: a group heading or a unit
    }
    pieces.forEach((p, i) => stacks[placed[i] as number]?.push(p));
    used.push(line);
  }
  if (stacks.some((stack) => stack.length === 0)) return undefined;
  const texts = stacks.map((stack) =>
    joinWrappedLines(stack.sort((a, b) => b.y - a.y || a.x - b.x).map((p) => p.text)),
  );
  return { texts, lines: used };
}
