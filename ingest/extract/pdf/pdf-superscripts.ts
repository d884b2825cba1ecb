/**
 * Superscript digits of a PDF: word processors set a footnote mark („Freistaat.¹“) and the power of
 * a unit („m²“) as plain digits in smaller type on a raised baseline. They are told by their
 * geometry, never by the text alone (a year or „Seite 2“ stays as printed): digits in at most
 * four fifths of the size of the text they touch, whose baseline lies at least a sixth of that size
 * above the text's. They become Unicode superscripts, which the parser reads as marks
 * (`footnote-marks.ts`). The notes at the page foot start with the same number, raised (Word) or
 * on the baseline in small type (LibreOffice can): such a line's number becomes a superscript too,
 * when the text above has that mark.
 */
import type { PdfLine, PdfTextItem } from './pdf-lines.js';

const DIGITS = /^\d{1,3}$/;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** At most this share of the size of the text beside it … */
const MAX_SIZE = 0.8;
/** … and its baseline raised by at least this share of that size (and by less than its whole height). */
const MIN_RISE = 0.15;
const MAX_RISE = 0.75;
/** The mark touches its word: a gap of at most this share of the word's size. */
const TOUCH = 0.35;

const toSuperscript = (digits: string): string => [...digits].map((d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d).join('');

const isBlank = (item: PdfTextItem): boolean => item.str.trim().length === 0;

/** `mark` is raised small type beside `text` (whose baseline it is set on). */
function raisedBeside(mark: PdfTextItem, text: PdfTextItem): boolean {
  const rise = mark.y - text.y;
  return mark.size <= MAX_SIZE * text.size && rise >= MIN_RISE * text.size && rise <= MAX_RISE * text.size;
}

/**
 * The items of a page with raised small digits as superscripts, moved onto the baseline of the text
 * they belong to: after a word they touch (a mark or a power), or at the start of a line before
 * the text that follows (a note's number at the page foot).
 */
export function markSuperscripts(items: readonly PdfTextItem[]): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  items.forEach((item, index) => {
    if (!DIGITS.test(item.str)) {
      out.push(item);
      return;
    }
    // The word before it, across a space PDFium may have put between them.
    const blanks = out.length - out.findLastIndex((o) => !isBlank(o)) - 1;
    const before = out[out.length - 1 - blanks];
    if (
      before &&
      /[\p{L}\p{N}.,;:!?)»«“”"'’]$/u.test(before.str) &&
      raisedBeside(item, before) &&
      item.x - (before.x + before.width) <= TOUCH * before.size &&
      item.x >= before.x + before.width - TOUCH * before.size
    ) {
      out.splice(out.length - blanks, blanks);
      out.push({ ...item, str: toSuperscript(item.str), y: before.y });
      return;
    }
    let next = index + 1;
    while (next < items.length && isBlank(items[next] as PdfTextItem)) next++;
    const after = items[next]; // without copying the rest of the page for every figure of a table
    const startsLine = !before || Math.abs(before.y - item.y) > before.size;
    const gap = after ? after.x - (item.x + item.width) : Infinity;
    if (startsLine && after && raisedBeside(item, after) && gap >= 0 && gap <= after.size) {
      out.push({ ...item, str: toSuperscript(item.str), y: after.y });
      return;
    }
    out.push(item);
  });
  return out;
}

const NOTE_START = /^(\d{1,3}) (?=\S)/;
/** Small type, as `pdf-blocks.ts` tells it. */
const SMALL = 0.9;
const MARKS_IN = /(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;

/**
 * A note at the page foot whose number is set on the baseline: a line in small type (at most nine
 * tenths of the body's `bodySize`) in the lower half of the page, below the text that has its
 * mark, starting with the mark's number and a space. Its number becomes a superscript, so the note
 * is read as one.
 */
export function markNoteNumbers(pages: readonly (readonly PdfLine[])[], bodySize: number): PdfLine[][] {
  const marks = new Set<string>();
  return pages.map((lines) => {
    const top = Math.max(...lines.map((l) => l.y));
    const bottom = Math.min(...lines.map((l) => l.y));
    return lines.map((line) => {
      const number = NOTE_START.exec(line.text)?.[1];
      const mark = number ? toSuperscript(number) : undefined;
      const isNote =
        mark !== undefined && marks.has(mark) && line.size <= SMALL * bodySize && line.y < (top + bottom) / 2;
      for (const found of line.text.matchAll(MARKS_IN)) marks.add(found[0]);
      if (!isNote || !number || !mark) return line;
      const renumber = (text: string): string => text.replace(NOTE_START, `${mark} `);
      return {
        ...line,
        text: renumber(line.text),
        ...(line.parts ? { parts: line.parts.map((p, i) => (i === 0 ? { ...p, text: renumber(p.text) } : p)) } : {}),
      };
    });
  });
}
