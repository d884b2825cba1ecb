/**
 * Removes running headers and footers from PDF pages: page numbers ("Seite 2 von 3", "- 2 -",
 * "2/3") and lines repeated at the top or bottom of most pages (a letterhead, a sender line).
 * The repeated texts are returned, because a letterhead names the sender.
 */
import type { PdfLine } from './pdf-lines.js';

/** How many lines at the top and at the bottom of a page are candidates. */
const ZONE = 4;

const PAGE_NUMBER = [
  /^(?:seite|page|s\.)\s*#+(?:\s*(?:von|of|aus|\/)\s*#+)?$/,
  /^[-–—]\s*#+\s*[-–—]$/,
  /^#+\s*(?:\/|von|of)\s*#+$/,
  /^#+$/,
];

const BARE_NUMBER = /^#+$/;

function keyOf(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function isPageNumber(key: string): boolean {
  return PAGE_NUMBER.some((pattern) => pattern.test(key));
}

/** The lines of a page that lie in its top or bottom zone. */
function zoneLines(lines: readonly PdfLine[]): Set<PdfLine> {
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  return new Set([...byHeight.slice(0, ZONE), ...byHeight.slice(-ZONE)]);
}

export interface RunningLinesResult {
  pages: PdfLine[][];
  /** Repeated header/footer texts other than page numbers (first occurrence, as printed). */
  running: string[];
}

export function removeRunningLines(pages: readonly (readonly PdfLine[])[]): RunningLinesResult {
  const zones = pages.map(zoneLines);
  const pagesWithKey = new Map<string, number>();
  for (const zone of zones) {
    for (const key of new Set([...zone].map((line) => keyOf(line.text)))) {
      pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const isRepeated = (key: string): boolean => pages.length >= 2 && (pagesWithKey.get(key) ?? 0) >= needed;

  const running: string[] = [];
  const result = pages.map((lines, index) => {
    const zone = zones[index];
    /** Furniture other than a bare number: a page number in words, a repeated header or footer. */
    const isFurniture = (line: PdfLine): boolean => {
      const key = keyOf(line.text);
      return zone?.has(line) === true && !BARE_NUMBER.test(key) && (isPageNumber(key) || isRepeated(key));
    };
    return lines.filter((line) => {
      if (!zone?.has(line)) return true;
      const key = keyOf(line.text);
      // A bare number beside other text on its baseline is a table cell, not a page number — unless
      // that text is a running footer itself („Pressestelle · Kultus“ … „2“ on one baseline).
      const besideText =
        BARE_NUMBER.test(key) &&
        lines.some((other) => other !== line && Math.abs(other.y - line.y) < 0.3 * line.size && !isFurniture(other));
      if (isPageNumber(key) && !besideText) return false;
      if (!isRepeated(key)) return true;
      if (!running.some((text) => keyOf(text) === key)) running.push(line.text);
      return false;
    });
  });
  return { pages: result, running };
}
