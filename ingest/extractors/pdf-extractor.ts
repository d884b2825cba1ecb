/**
 * PDF → text blocks, via pdf-parse 2 (pdf.js). pdf-parse's getText() returns lines only, without
 * positions or type sizes, so paragraphs and headings could not be told apart. We therefore read
 * the positioned text items of the pdf.js document that pdf-parse has loaded (see `loadedDocument`)
 * and fall back to getText() — with a warning — should a future pdf-parse not expose it.
 */
import type { PDFParse } from 'pdf-parse';
import { ExtractionError } from '../errors/extraction-error.js';
import { countLetters } from '../text/clean-text.js';
import type { ExtractedDocument } from './extracted-document.js';
import { buildBlocks } from './pdf-blocks.js';
import { buildLines, type PdfLine, type PdfTextItem } from './pdf-lines.js';
import { pdfError } from './pdf-errors.js';
import { loadPdfParse } from './pdf-library.js';
import { readPdfInfo } from './pdf-info.js';
import { removeRunningLines } from './pdf-running-lines.js';

/** The parts of pdf.js's document and page objects that we use. */
interface PdfJsItem {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
}
interface PdfJsPage {
  view: number[];
  getTextContent(params?: { includeMarkedContent?: boolean }): Promise<{ items: PdfJsItem[] }>;
  cleanup(): unknown;
}
interface PdfJsDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfJsPage>;
}

/** pdf-parse 2.4 keeps the loaded pdf.js document behind its (TypeScript-)private `load()`. */
async function loadedDocument(parser: PDFParse): Promise<PdfJsDocument | undefined> {
  const load: unknown = Reflect.get(parser, 'load');
  if (typeof load !== 'function') return undefined;
  const doc: unknown = await load.call(parser);
  return doc && typeof (doc as PdfJsDocument).getPage === 'function' ? (doc as PdfJsDocument) : undefined;
}

function toItem(raw: PdfJsItem): PdfTextItem | undefined {
  const t = raw.transform;
  if (typeof raw.str !== 'string' || !Array.isArray(t) || t.length < 6) return undefined;
  const [a, b, c, d, x, y] = t.map(Number) as [number, number, number, number, number, number];
  if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) return undefined; // rotated text
  return { str: raw.str, x, y, width: Number(raw.width) || 0, size: Math.hypot(c, d) || Math.abs(a) };
}

async function readPages(doc: PdfJsDocument, deadline: number): Promise<PdfLine[][]> {
  const pages: PdfLine[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    if (Date.now() > deadline)
      throw new ExtractionError('timeout', `PDF text extraction took too long (stopped at page ${n})`);
    const page = await doc.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: false });
    pages.push(
      buildLines(
        content.items.map(toItem).filter((item) => item !== undefined),
        n,
      ),
    );
    page.cleanup();
  }
  return pages;
}

/** Degraded path: pdf-parse's plain page texts, without geometry (all lines alike). */
async function readPlainPages(parser: PDFParse): Promise<PdfLine[][]> {
  const result = await parser.getText({ pageJoiner: '', lineEnforce: true });
  return result.pages.map((page) =>
    page.text
      .split('\n')
      .map((text, i) => ({ text: text.trim(), x: 0, y: -i * 12, right: text.length * 5, size: 10, page: page.num })),
  );
}

export interface PdfExtractOptions {
  /** Epoch milliseconds after which extraction stops with a `timeout` error. */
  deadline: number;
}

export async function extractPdf(bytes: Uint8Array, options: PdfExtractOptions): Promise<ExtractedDocument> {
  const { PDFParse } = await loadPdfParse();
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 });
  const warnings: string[] = [];
  try {
    const info = await readPdfInfo(parser);
    const doc = await loadedDocument(parser);
    if (!doc) warnings.push('pdf.js layout not available; paragraphs and headings were guessed from plain text');
    const pages = doc ? await readPages(doc, options.deadline) : await readPlainPages(parser);
    const letters = pages.flat().reduce((sum, line) => sum + countLetters(line.text), 0);
    if (letters < 20) {
      throw new ExtractionError('no-text-layer', 'scanned PDF without text layer; OCR is not available yet');
    }
    const { pages: cleaned, running } = removeRunningLines(pages);
    return {
      type: 'pdf',
      blocks: buildBlocks(cleaned.flat()),
      hints: { title: info.title, fallbackDate: info.creationDate, letterhead: running, senders: [] },
      pages: info.pages,
      warnings,
    };
  } catch (error) {
    throw pdfError(error);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
