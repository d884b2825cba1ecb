/**
 * Groups PDF lines into blocks (paragraphs, headings, small print) by their geometry: a larger
 * vertical gap than the usual line pitch, a change of type size or a jump to another column
 * starts a new block; a short line ending a sentence ends its paragraph. A paragraph cut by a page
 * break is joined again.
 */
import type { BlockKind, TextBlock } from '../extracted-document.js';
import type { PdfLine } from './pdf-lines.js';
import { joinWrappedLines } from '../../text/join-lines.js';
import { findTables, type PdfTable } from './pdf-tables.js';

const TERMINAL = /[.!?:;»«“”"')]$/;
/** A sentence end: a paragraph whose last line on a page ends otherwise continues on the next. */
const SENTENCE_END = /[.!?…]["“”»«’')]*$/u;

const sizeKey = (size: number): number => Math.round(size * 2) / 2;

/** The type size that carries the most characters: the body text. */
export function bodySize(lines: readonly PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines.filter((l) => !l.image))
    chars.set(sizeKey(line.size), (chars.get(sizeKey(line.size)) ?? 0) + line.text.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 10;
}

/** The 90th percentile of at least three numbers. */
function percentile90(values: readonly number[]): number | undefined {
  if (values.length < 3) return undefined;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.floor(sorted.length * 0.9)];
}

/** Where most lines end (the 90th percentile of their right ends), given at least three lines. */
const rightEdge = (lines: readonly PdfLine[]): number | undefined => percentile90(lines.map((l) => l.right));

/**
 * The right edge of the column whose lines start at `left`: where most body lines starting within
 * two type sizes of it end (of the page, `textRight`, when there are fewer than three). Asked for
 * every line, so the lines are sorted by their left ends once and each `left` is answered once.
 */
function columnEdges(bodyLines: readonly PdfLine[], textRight: number): (left: number) => number {
  // Plain arrays of numbers: a table page has thousands of lines, and each edge looks at hundreds.
  const byX = [...bodyLines].sort((a, b) => a.x - b.x);
  const xs = Float64Array.from(byX, (l) => l.x);
  const sizes = Float64Array.from(byX, (l) => l.size);
  const rights = Float64Array.from(byX, (l) => l.right);
  const reach = 2 * sizes.reduce((max, size) => Math.max(max, size), 0);
  const edges = new Map<number, number>();
  return (left) => {
    let edge = edges.get(left);
    if (edge !== undefined) return edge;
    let [low, high] = [0, xs.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((xs[middle] as number) < left - reach) low = middle + 1;
      else high = middle;
    }
    const column: number[] = [];
    for (let i = low; i < xs.length && (xs[i] as number) <= left + reach; i++)
      if (Math.abs((xs[i] as number) - left) <= 2 * (sizes[i] as number)) column.push(rights[i] as number);
    edge = percentile90(column) ?? textRight;
    edges.set(left, edge);
    return edge;
  };
}

/** The usual distance between baselines of consecutive lines of one size. */
function linePitches(lines: readonly PdfLine[]): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1], lines[i]];
    if (!a || !b || a.page !== b.page || sizeKey(a.size) !== sizeKey(b.size)) continue;
    const dy = a.y - b.y;
    if (dy < 0.8 * a.size || dy > 2.5 * a.size) continue;
    const perSize = counts.get(sizeKey(a.size)) ?? new Map<number, number>();
    perSize.set(Math.round(dy * 4) / 4, (perSize.get(Math.round(dy * 4) / 4) ?? 0) + 1);
    counts.set(sizeKey(a.size), perSize);
  }
  const pitches = new Map<number, number>();
  for (const [size, perSize] of counts) {
    const [pitch] = [...perSize.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [size * 1.2];
    pitches.set(size, pitch);
  }
  return pitches;
}

function kindOf(size: number, body: number): BlockKind {
  if (size >= body * 1.12) return 'heading';
  return size <= body * 0.9 ? 'small' : 'paragraph';
}

/** A line that starts with a superscript number: a footnote at the page foot, a block of its own. */
const NOTE = /^[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]* /u;

function breaksBetween(a: PdfLine, b: PdfLine, pitch: number, textRight: number, left: number): boolean {
  if (NOTE.test(b.text)) return true;
  if (a.page !== b.page || Math.abs(a.size - b.size) > 0.1 * a.size) return true;
  const dy = a.y - b.y;
  if (dy <= 0 || dy > pitch * 1.3) return true;
  if (Math.abs(b.x - left) > 2 * a.size) return true;
  const width = textRight - left;
  return TERMINAL.test(a.text) && width > 0 && a.right - left < 0.8 * width;
}

/** `headingSizes`: the type sizes of the document's headings, largest first (their rank). */
function toBlock(lines: PdfLine[], body: number, headingSizes: readonly number[]): TextBlock {
  const [first] = lines;
  if (first?.image) return { kind: 'paragraph', text: first.text, lines: [first.text], image: true };
  const size = lines[0]?.size ?? body;
  const texts = lines.map((line) => line.text);
  const kind = kindOf(size, body);
  return {
    kind,
    text: joinWrappedLines(texts),
    lines: texts.map((t) => t.replace(/\u00ad$/, '-')),
    ...(kind === 'heading' ? { rank: Math.max(1, headingSizes.indexOf(sizeKey(size)) + 1) } : {}),
  };
}

interface Group {
  lines: PdfLine[];
  /** A table found in the layout (`pdf-tables.ts`): its lines are its cells. */
  table?: TextBlock;
}

/**
 * Whether the first word of `next` would still have fitted on `last`: if so, `last` ended its
 * paragraph by choice; if not, the line was simply full and the paragraph may go on.
 */
function nextWordWouldFit(last: PdfLine, next: PdfLine, textRight: number): boolean {
  const word = next.text.split(' ')[0] ?? '';
  const charWidth = (next.right - next.x) / Math.max(1, next.text.length);
  return last.right + charWidth * (word.length + 1) <= textRight;
}

/**
 * Joins a paragraph that continues in the next column or on the next page: its last line ends
 * mid-sentence, or (at a page break) it ends a sentence but both the line and the page were full
 * (the next page's first word would not have fitted, and there was no room for three more lines
 * above the footnotes or page bottom).
 */
function joinAcrossPages(groups: Group[], body: number, textRight: number, pageBottom: number): Group[] {
  const result: Group[] = [];
  /** The last group of `result` not in small type: the paragraph a group may continue. */
  let index = -1;
  const add = (group: Group): void => {
    result.push(group);
    if (kindOf(group.lines[0]?.size ?? body, body) !== 'small') index = result.length - 1;
  };
  for (const group of groups) {
    const first = group.lines[0];
    if (group.table) {
      add(group);
      continue;
    }
    const previous = result[index];
    const last = previous?.lines.at(-1);
    /**
     * The top of the text below the paragraph on its page (footnotes, small print), else the page
     * bottom: needed only at a page break after a sentence end, so gathered only then.
     */
    const floor = (): number => {
      let top = -Infinity;
      for (const g of result.slice(index + 1))
        for (const l of g.lines) if (l.page === last?.page) top = Math.max(top, l.y + l.size);
      return top === -Infinity ? pageBottom : top;
    };
    const full = (l: PdfLine, next: PdfLine): boolean =>
      l.y - floor() < 3.75 * l.size && !nextWordWouldFit(l, next, textRight);
    const nextPage = first && last && last.page === first.page - 1;
    // The top of the next column: higher up on the same page, right of where the line ended.
    const nextColumn =
      first && last && last.page === first.page && first.y > last.y + last.size && first.x > last.right;
    const continues =
      first &&
      last &&
      previous &&
      !previous.table &&
      (nextPage || nextColumn) &&
      kindOf(first.size, body) === 'paragraph' &&
      sizeKey(last.size) === sizeKey(first.size) &&
      (!SENTENCE_END.test(last.text) || (nextPage && full(last, first)));
    if (continues && previous) previous.lines.push(...group.lines);
    else add(group);
  }
  return result;
}

export function buildBlocks(all: readonly PdfLine[]): TextBlock[] {
  const lines = all.filter((l) => !l.image);
  const body = bodySize(lines);
  const pitches = linePitches(lines);
  const bodyLines = lines.filter((l) => sizeKey(l.size) === body);
  const textRight = rightEdge(bodyLines) ?? 0;
  const columnRight = columnEdges(bodyLines, textRight);

  const tables = new Map<PdfLine, PdfTable>();
  for (const table of findTables(lines)) for (const line of table.lines) tables.set(line, table);
  const groups: Group[] = [];
  let current: Group | undefined;
  for (const line of all) {
    if (line.image) {
      groups.push({ lines: [line] });
      current = undefined;
      continue;
    }
    const table = tables.get(line);
    if (table) {
      if (table.first === line) groups.push({ lines: [...table.lines], table: table.block });
      current = undefined;
      continue;
    }
    const previous = current?.lines.at(-1);
    const left = current?.lines[0]?.x ?? line.x;
    const pitch = pitches.get(sizeKey(line.size)) ?? line.size * 1.2;
    if (!current || !previous || breaksBetween(previous, line, pitch, columnRight(left), left)) {
      current = { lines: [line] };
      groups.push(current);
    } else {
      current.lines.push(line);
    }
  }
  const pageBottom = Math.min(...lines.filter((l) => sizeKey(l.size) === body).map((l) => l.y));
  const joined = joinAcrossPages(groups, body, textRight, pageBottom);
  const headingSizes = [...new Set(joined.filter((g) => !g.table).map((g) => sizeKey(g.lines[0]?.size ?? body)))]
    .filter((size) => kindOf(size, body) === 'heading')
    .sort((a, b) => b - a);
  return joined.map((group) => group.table ?? toBlock(group.lines, body, headingSizes));
}
