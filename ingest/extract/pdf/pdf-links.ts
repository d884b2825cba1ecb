/**
 * Link annotations of a PDF page: each web or mail link (a URI action) with the text under its
 * rectangle, its target through the link filter (src/archive/safe-link.ts); other targets are
 * dropped. `attachLinks` then marks that text as a link in the page's blocks, widened to whole words.
 */
import type { TextRun } from '../../../src/archive/body-structure.js';
import { safeHref } from '../../../src/archive/safe-link.js';
import { collapseWhitespace } from '../../text/clean-text.js';
import type { TextBlock } from '../extracted-document.js';
import type { Pdfium } from './pdfium-library.js';

export interface PdfLink {
  text: string;
  href: string;
}

const PDFACTION_URI = 3;
/** More links than this on one page are not read (a hostile file could hold millions). */
const MAX_LINKS_PER_PAGE = 500;
const MAX_URI_BYTES = 4096;

/** `scratch`: at least 24 bytes of module memory for out-parameters. */
export function readPageLinks(pdfium: Pdfium, doc: number, page: number, textPage: number, scratch: number): PdfLink[] {
  const m = pdfium.module;
  const heap = (): Int32Array => m.pdfium.HEAP32;
  const links: PdfLink[] = [];
  heap()[scratch >> 2] = 0; // start position
  for (let n = 0; n < MAX_LINKS_PER_PAGE && m.FPDFLink_Enumerate(page, scratch, scratch + 4); n++) {
    const link = heap()[(scratch + 4) >> 2] ?? 0;
    const action = link ? m.FPDFLink_GetAction(link) : 0;
    if (!action || m.FPDFAction_GetType(action) !== PDFACTION_URI) continue;
    const uri = readUri(pdfium, doc, action);
    if (!uri || !m.FPDFLink_GetAnnotRect(link, scratch + 8)) continue;
    const [left, top, right, bottom] = [0, 1, 2, 3].map((i) => m.pdfium.HEAPF32[((scratch + 8) >> 2) + i] ?? 0);
    const href = safeHref(uri);
    const text = href
      ? boundedText(pdfium, textPage, left!, Math.max(top!, bottom!), right!, Math.min(top!, bottom!))
      : '';
    if (href && text) links.push({ text, href });
  }
  return links;
}

function readUri(pdfium: Pdfium, doc: number, action: number): string | undefined {
  const m = pdfium.module;
  const length = m.FPDFAction_GetURIPath(doc, action, 0, 0);
  if (length <= 1 || length > MAX_URI_BYTES) return undefined;
  const buffer = m.pdfium.wasmExports.malloc(length);
  if (!buffer) return undefined;
  try {
    m.FPDFAction_GetURIPath(doc, action, buffer, length);
    // The URI is 7-bit ASCII by the standard; anything else is kept as Latin-1 and judged by the filter.
    return Buffer.from(m.pdfium.HEAPU8.subarray(buffer, buffer + length - 1)).toString('latin1');
  } finally {
    m.pdfium.wasmExports.free(buffer);
  }
}

function boundedText(
  pdfium: Pdfium,
  textPage: number,
  left: number,
  top: number,
  right: number,
  bottom: number,
): string {
  const m = pdfium.module;
  const chars = m.FPDFText_GetBoundedText(textPage, left, top, right, bottom, 0, 0);
  if (chars <= 0 || chars > 2000) return '';
  const buffer = m.pdfium.wasmExports.malloc((chars + 1) * 2);
  if (!buffer) return '';
  try {
    m.FPDFText_GetBoundedText(textPage, left, top, right, bottom, buffer, chars + 1);
    return collapseWhitespace(m.pdfium.UTF16ToString(buffer).replaceAll(String.fromCharCode(2), '-'));
  } finally {
    m.pdfium.wasmExports.free(buffer);
  }
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const inWord = (text: string, at: number): boolean =>
  at > 0 && at < text.length && WORD_CHAR.test(text[at - 1]!) && WORD_CHAR.test(text[at]!);

/**
 * Where `linkText` stands in `text`, widened to whole words: a link rectangle may end (or start)
 * inside a word, and the linked text must not cut it (the printed address would split it).
 * An occurrence that already starts and ends at word boundaries is preferred.
 */
function linkSpan(text: string, linkText: string): { start: number; end: number } | undefined {
  let first: number | undefined;
  for (let at = text.indexOf(linkText); at >= 0; at = text.indexOf(linkText, at + 1)) {
    if (!inWord(text, at) && !inWord(text, at + linkText.length)) return { start: at, end: at + linkText.length };
    first ??= at;
  }
  if (first === undefined) return undefined;
  let [start, end] = [first, first + linkText.length];
  while (inWord(text, start)) start--;
  while (inWord(text, end)) end++;
  return { start, end };
}

/** Splits `runs` so that the first occurrence of `link.text` in plain runs becomes a link run. */
function markLink(runs: TextRun[], link: PdfLink): TextRun[] | undefined {
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const span = run.href ? undefined : linkSpan(run.text, link.text);
    if (!span) continue;
    const pieces: TextRun[] = [
      { text: run.text.slice(0, span.start) },
      { text: run.text.slice(span.start, span.end), href: link.href },
      { text: run.text.slice(span.end) },
    ].filter((piece) => piece.text.length > 0);
    return [...runs.slice(0, i), ...pieces, ...runs.slice(i + 1)];
  }
  return undefined;
}

/** Marks each link's text in the blocks, in reading order (a link whose text is not found is left out). */
export function attachLinks(blocks: TextBlock[], links: readonly PdfLink[]): void {
  let from = 0;
  for (const link of links) {
    for (let i = from; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (block.table || !block.text.includes(link.text)) continue;
      const runs = markLink(block.runs ?? [{ text: block.text }], link);
      if (!runs) continue;
      block.runs = runs;
      from = i;
      break;
    }
  }
}
