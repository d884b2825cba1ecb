/**
 * Turns positioned text items of one page into lines: items on one baseline are joined
 * (with a space where there is a gap), a change of baseline or a jump to another column starts a
 * new line. Coordinates are PDF units with y growing upwards (baseline of the text).
 */
import { cleanLine } from '../../text/clean-text.js';

export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the text). */
  size: number;
  /** A space PDFium generated for a gap it saw (not a character of the file). */
  generated?: true;
}

export interface PdfLine {
  text: string;
  x: number;
  y: number;
  right: number;
  /** Size of the line's main text (the item with the most characters). */
  size: number;
  page: number;
  /** Pieces of the line that wide gaps (more than one and a half type sizes) separate: table cells, maybe. */
  parts?: Array<{ text: string; x: number; right: number }>;
  /** A figure's alternative text („Bild: …“, `pdf-figures.ts`): a block of its own, of no type size. */
  image?: true;
}

/** A gap wider than this many type sizes inside a line separates its parts. */
const PART_GAP = 1.5;

interface OpenLine extends PdfLine {
  mainChars: number;
  /** A space before the next item: one of the file's own, or one PDFium generated. */
  pendingSpace: 'file' | 'generated' | undefined;
  pieces: Array<{ text: string; x: number; right: number }>;
}

function startsNewLine(line: OpenLine, item: PdfTextItem): boolean {
  const size = Math.max(line.size, item.size);
  if (Math.abs(item.y - line.y) > 0.5 * size) return true;
  if (item.x < line.right - size) return true; // moved back to the left: a new line
  // A far gap is another column, unless the line so far is a label set before a tab stop („Ort:“).
  return item.x > line.right + 3 * size && !LABEL.test(line.text);
}

/** A label that a tab separates from its value: „Termin:“, „Ort:“, „Ansprechpartnerin:“. */
const LABEL = /^\p{L}[\p{L} .-]{0,28}:$/u;

/** A gap wider than this many type sizes between two items is a word gap. */
const WORD_GAP = 0.15;

/**
 * Whether a space goes between the line so far and the item `gap` to its right: a space of the file
 * always; a gap wider than WORD_GAP always; a space PDFium generated only where the item does not
 * follow within WORD_GAP — there the gap is the font's letter-spacing or kerning, which PDFium took
 * for a word gap in a spaced-out heading („Statistisches Bundesam t“ of the Destatis PDF).
 */
function spaced(line: OpenLine, item: PdfTextItem, gap: number): boolean {
  if (line.pendingSpace === 'file' || gap > WORD_GAP * item.size) return true;
  return line.pendingSpace === 'generated' && gap < 0;
}

function append(line: OpenLine, item: PdfTextItem): void {
  if (item.str.trim().length === 0) {
    // A word gap (a space of the file, or one PDFium generated): it must not join columns.
    if (line.pendingSpace !== 'file') line.pendingSpace = item.generated ? 'generated' : 'file';
    return;
  }
  const gap = item.x - line.right;
  const space = spaced(line, item, gap);
  const piece = line.pieces.at(-1);
  if (!piece || gap > PART_GAP * item.size) line.pieces.push({ text: item.str, x: item.x, right: item.x + item.width });
  else {
    piece.text += (space ? ' ' : '') + item.str;
    piece.right = Math.max(piece.right, item.x + item.width);
  }
  const needsSpace = space && !/\s$/.test(line.text) && !/^\s/.test(item.str);
  line.pendingSpace = undefined;
  line.text += (needsSpace ? ' ' : '') + item.str;
  line.right = Math.max(line.right, item.x + item.width);
  const chars = item.str.trim().length;
  if (chars > line.mainChars) {
    line.mainChars = chars;
    line.size = item.size;
    line.y = item.y;
  }
}

export function buildLines(items: readonly PdfTextItem[], page: number): PdfLine[] {
  const lines: OpenLine[] = [];
  let current: OpenLine | undefined;
  for (const item of items) {
    if (item.str.length === 0) continue;
    if (current && !startsNewLine(current, item)) {
      append(current, item);
      continue;
    }
    if (item.str.trim().length === 0) continue; // whitespace never starts a line
    current = {
      text: item.str,
      x: item.x,
      y: item.y,
      right: item.x + item.width,
      size: item.size,
      page,
      mainChars: item.str.trim().length,
      pendingSpace: undefined,
      pieces: [{ text: item.str, x: item.x, right: item.x + item.width }],
    };
    lines.push(current);
  }
  return lines
    .map(({ mainChars: _mainChars, pendingSpace: _pendingSpace, pieces, ...line }) => {
      const parts = pieces.map((p) => ({ ...p, text: cleanLine(p.text) })).filter((p) => p.text.length > 0);
      return { ...line, text: cleanLine(line.text), ...(parts.length > 1 ? { parts } : {}) };
    })
    .filter((line) => line.text.length > 0);
}
