/**
 * Tesseract's lines (pixels, y growing downwards) → OCR lines in points from the bottom of the page,
 * like the text layer's. Tesseract measures each line's height with its ascenders and descenders,
 * which differs a little from line to line ("14.03.2022" has no descender, 9 pt lines measured
 * 8.8–10.6 pt). So a line close to its paragraph's median size takes that median (a headline that
 * Tesseract put into the paragraph below keeps its own), and then the sizes are grouped: the size
 * carrying the most characters first, with every size within 7 % of it, and so on. Block building
 * then sees one size per kind of type, as in a text layer.
 */
import type { OcrLine } from './ocr-page.js';

/** The parts of tesseract.js's result that are used (`blocks` output). */
export interface TesseractBlock {
  paragraphs: Array<{
    lines: Array<{
      text: string;
      bbox: { x0: number; y0: number; x1: number; y1: number };
      baseline: { y0: number; y1: number };
      rowAttributes?: { rowHeight: number };
    }>;
  }>;
}

/** Tesseract's row height (ascender to descender) is about 0.95 of the type size (measured on Helvetica). */
const ROW_TO_SIZE = 1.05;
/** A line within this factor of its paragraph's median size takes the median. */
const PARAGRAPH_SPAN = 1.12;
/** Sizes within this factor of a group's leading size belong to the group. */
const GROUP_SPAN = 1.07;

type Measured = OcrLine & { chars: number };

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const within = (a: number, b: number, factor: number): boolean => Math.max(a, b) <= Math.min(a, b) * factor;

/** Each line's size: its group's leading size (the sizes rounded to 0.1 pt carrying the most characters first). */
function groupSizes(lines: readonly Measured[]): Map<Measured, number> {
  const sizes = new Map<Measured, number>();
  let rest = [...lines];
  while (rest.length > 0) {
    const chars = new Map<number, number>();
    for (const line of rest) {
      const key = Math.round(line.size * 10) / 10;
      chars.set(key, (chars.get(key) ?? 0) + line.chars);
    }
    const lead = [...chars.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
    for (const line of rest) if (within(line.size, lead, GROUP_SPAN)) sizes.set(line, lead);
    rest = rest.filter((line) => !sizes.has(line));
  }
  return sizes;
}

export function ocrLines(blocks: readonly TesseractBlock[], imageHeight: number, dpi: number): OcrLine[] {
  const scale = 72 / dpi;
  const lines: Measured[] = [];
  for (const block of blocks) {
    for (const paragraph of block.paragraphs) {
      const rows = paragraph.lines.map((l) => l.rowAttributes?.rowHeight ?? l.bbox.y1 - l.bbox.y0);
      const typical = median(rows);
      paragraph.lines.forEach((line, i) => {
        const text = line.text.replace(/\s+/g, ' ').trim();
        if (text.length === 0) return;
        const baseline = (line.baseline.y0 + line.baseline.y1) / 2;
        const own = rows[i] ?? typical;
        const row = within(own, typical, PARAGRAPH_SPAN) ? typical : own;
        lines.push({
          text,
          x: line.bbox.x0 * scale,
          right: line.bbox.x1 * scale,
          y: (imageHeight - baseline) * scale,
          size: row * scale * ROW_TO_SIZE,
          chars: text.length,
        });
      });
    }
  }
  const sizes = groupSizes(lines);
  return lines.map(({ chars: _chars, ...line }, i) => ({ ...line, size: sizes.get(lines[i]!) ?? line.size }));
}
