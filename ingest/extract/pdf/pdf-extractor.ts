/**
 * PDF → text blocks, via PDFium (`pdfium-library.ts`). PDFium's text page gives every character
 * with its position, font size and the text object it belongs to; characters of one text object on
 * one baseline become one positioned text item, like a text-showing operator of the PDF. From there
 * the items are joined into lines (`pdf-lines.ts`) and blocks (`pdf-blocks.ts`), so paragraphs and
 * headings can be told apart by their geometry. A scanned page (an image over most of it and
 * (almost) no text) is read by OCR instead: its lines come from the OCR results handed in, or the
 * extractor asks for them (`OcrNeededError`).
 */
import { ExtractionError } from '../extraction-error.js';
import { countLetters } from '../../text/clean-text.js';
import type { ExtractedDocument } from '../extracted-document.js';
import { OcrNeededError } from '../ocr/ocr-needed-error.js';
import { summariseOcr, type OcrSupply } from '../ocr/ocr-page.js';
import { ocrPageLines, pageList } from '../ocr/ocr-text-lines.js';
import { imageCover } from './pdf-image-cover.js';
import { readFigures, withFigures } from './pdf-figures.js';
import { bodySize, buildBlocks } from './pdf-blocks.js';
import { pdfError } from './pdf-errors.js';
import { readPdfInfo } from './pdf-info.js';
import { xmpSourceUrl } from './pdf-xmp.js';
import { buildLines, type PdfLine, type PdfTextItem } from './pdf-lines.js';
import { attachLinks, readPageLinks, type PdfLink } from './pdf-links.js';
import { removeRunningLines } from './pdf-running-lines.js';
import { markNoteNumbers, markSuperscripts } from './pdf-superscripts.js';
import {
  loadPdfium,
  PDFIUM_ERROR,
  PdfiumError,
  withPdfDocument,
  type Pdfium,
  type PdfiumTextExports,
} from './pdfium-library.js';

interface PageText {
  lines: PdfLine[];
  /** Web and mail links of the page's link annotations, with the text under them. */
  links: PdfLink[];
  /** Letters in `lines`. */
  letters: number;
  /**
   * Share of the page covered by images (0–1), measured only on a page with too few letters to be
   * anything but a scan (walking a table page's thousands of objects for it costs more than its text).
   */
  cover: number;
}

/** A page is a scan when images cover at least this share of it … */
const SCAN_COVER = 0.5;
/** … and it carries fewer letters than this (a stamp or a page number may be text). */
const SCAN_MAX_LETTERS = 30;
/** Fewer letters than this in the whole document are no release. */
const MIN_LETTERS = 20;

const lettersOf = (lines: readonly PdfLine[]): number => lines.reduce((sum, line) => sum + countLetters(line.text), 0);

/** The characters of one text object on one baseline, so far. */
interface Run {
  object: number;
  str: string;
  x: number;
  y: number;
  size: number;
  rotated: boolean;
  last: number;
  lastX: number;
}

const LINE_BREAK = new Set([0x0a, 0x0d]);
/** PDFium reports a hyphen at the end of a line as U+0002; joining wrapped lines needs the hyphen. */
const HYPHEN_MARK = 0x02;
const REPLACEMENT = '\uFFFD';

/** Reads the pages of one open document; owns 32 bytes of module memory for out-parameters. */
class PageReader {
  private readonly t: PdfiumTextExports;
  private readonly scratch: number;

  constructor(private readonly pdfium: Pdfium) {
    this.t = pdfium.text;
    this.scratch = pdfium.module.pdfium.wasmExports.malloc(32);
    if (!this.scratch) throw new PdfiumError(PDFIUM_ERROR.unknown, 'out of memory');
  }

  close(): void {
    this.pdfium.module.pdfium.wasmExports.free(this.scratch);
  }

  /** The page's text as lines (`pdf-lines.ts`) and the share of it its images cover; `n` counts from 1. */
  readPage(doc: number, n: number): PageText {
    const page = this.t.FPDF_LoadPage(doc, n - 1);
    if (!page) throw new PdfiumError(PDFIUM_ERROR.page, `page ${n} cannot be read`);
    try {
      const text = this.t.FPDFText_LoadPage(page);
      if (!text) throw new PdfiumError(PDFIUM_ERROR.page, `text of page ${n} cannot be read`);
      try {
        const lines = withFigures(
          buildLines(markSuperscripts(this.readItems(text)), n),
          readFigures(this.pdfium, page),
          n,
        );
        const links = readPageLinks(this.pdfium, doc, page, text, this.scratch);
        const letters = lettersOf(lines);
        return { lines, links, letters, cover: letters < SCAN_MAX_LETTERS ? imageCover(this.pdfium, page) : 0 };
      } finally {
        this.t.FPDFText_ClosePage(text);
      }
    } finally {
      this.t.FPDF_ClosePage(page);
    }
  }

  // The memory views are read on every use: growing the module's memory replaces them.
  private f64(index: number): number {
    return this.pdfium.module.pdfium.HEAPF64[(this.scratch >> 3) + index] ?? 0;
  }

  private f32(index: number): number {
    return this.pdfium.module.pdfium.HEAPF32[(this.scratch >> 2) + index] ?? 0;
  }

  /** The positioned text items of one page, in PDFium's reading order. */
  private readItems(text: number): PdfTextItem[] {
    const t = this.t;
    const items: PdfTextItem[] = [];
    let run: Run | undefined;
    const count = t.FPDFText_CountChars(text);
    for (let index = 0; index < count; index++) {
      const code = t.FPDFText_GetUnicode(text, index);
      if (t.FPDFText_IsGenerated(text, index)) {
        // PDFium's own word gaps and line ends: a space stays with the line, a line end ends the run.
        if (run) {
          this.endRun(text, run, items);
          if (!LINE_BREAK.has(code) && !run.rotated)
            items.push({ str: ' ', x: run.lastX, y: run.y, width: 0, size: run.size, generated: true });
        }
        run = undefined;
        continue;
      }
      if (code === 0 || LINE_BREAK.has(code)) continue;
      const object = t.FPDFText_GetTextObject(text, index);
      t.FPDFText_GetCharOrigin(text, index, this.scratch, this.scratch + 8);
      const [x, y] = [this.f64(0), this.f64(1)];
      if (run && !continuesRun(run, object, x, y)) {
        this.endRun(text, run, items);
        run = undefined;
      }
      run ??= this.startRun(text, index, object, x, y);
      run.str += this.character(text, index, code);
      run.last = index;
      run.lastX = x;
    }
    if (run) this.endRun(text, run, items);
    return items;
  }

  /**
   * The character as text. Without a Unicode mapping PDFium passes the glyph's code on, which can
   * be beyond Unicode (and arrives as a signed 32-bit number).
   */
  private character(text: number, index: number, code: number): string {
    if (code === HYPHEN_MARK) return this.t.FPDFText_IsHyphen(text, index) ? '-' : '';
    const unsigned = code >>> 0;
    return unsigned > 0x10ffff ? REPLACEMENT : String.fromCodePoint(unsigned);
  }

  private startRun(text: number, index: number, object: number, x: number, y: number): Run {
    const fontSize = this.t.FPDFText_GetFontSize(text, index);
    let size = fontSize;
    let rotated = false;
    if (this.t.FPDFText_GetMatrix(text, index, this.scratch)) {
      const [a, b, c, d] = [this.f32(0), this.f32(1), this.f32(2), this.f32(3)];
      rotated = Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d);
      size = fontSize * (Math.hypot(c, d) || Math.abs(a) || 1);
    }
    return { object, str: '', x, y, size, rotated, last: index, lastX: x };
  }

  private endRun(text: number, run: Run, items: PdfTextItem[]): void {
    if (run.rotated || run.str.length === 0) return; // rotated text (stamps, margins) is left out
    const right = this.t.FPDFText_GetLooseCharBox(text, run.last, this.scratch) ? this.f32(2) : run.lastX;
    items.push({ str: run.str, x: run.x, y: run.y, width: Math.max(0, right - run.x), size: run.size });
  }
}

/** A character continues the run when it belongs to the same text object, on its baseline, further right. */
function continuesRun(run: Run, object: number, x: number, y: number): boolean {
  return (
    object === run.object &&
    Math.abs(y - run.y) <= 0.05 * run.size &&
    x >= run.lastX - 0.05 * run.size &&
    x <= run.lastX + 3 * run.size
  );
}

function readPages(pdfium: Pdfium, doc: number, deadline: number): PageText[] {
  const reader = new PageReader(pdfium);
  try {
    const pages: PageText[] = [];
    const count = pdfium.text.FPDF_GetPageCount(doc);
    for (let n = 1; n <= count; n++) {
      if (Date.now() > deadline)
        throw new ExtractionError('timeout', `PDF text extraction took too long (stopped at page ${n})`);
      pages.push(reader.readPage(doc, n));
    }
    return pages;
  } finally {
    reader.close();
  }
}

export interface PdfExtractOptions {
  /** Epoch milliseconds after which extraction stops with a `timeout` error. */
  deadline: number;
  /** OCR results of scanned pages; absent: OCR is off and scanned pages are not read. */
  ocr?: OcrSupply;
}

/**
 * The lines of every page: the text layer's, or for scanned pages the OCR's. Without OCR, scanned
 * pages are left out with a warning (or the file fails when nothing else is left).
 */
function pageLines(pages: readonly PageText[], ocr: OcrSupply | undefined, warnings: string[]) {
  const scans = pages.flatMap((p, i) => (p.cover >= SCAN_COVER && p.letters < SCAN_MAX_LETTERS ? [i + 1] : []));
  const textLetters = pages.reduce((sum, p, i) => sum + (scans.includes(i + 1) ? 0 : p.letters), 0);
  const lines = pages.map((p) => p.lines);
  if (scans.length === 0) {
    if (textLetters < MIN_LETTERS) {
      throw new ExtractionError(
        'too-little-text',
        `too little text for a release (${textLetters} letters) and no scanned page`,
      );
    }
    return { lines };
  }
  if (!ocr) {
    if (textLetters < MIN_LETTERS) {
      throw new ExtractionError(
        'no-text-layer',
        `scanned PDF without text layer (page ${pageList(scans)}), and OCR is turned off (OCR=0)`,
      );
    }
    warnings.push(`page ${pageList(scans)} is a scan and was not read: OCR is turned off (OCR=0)`);
    return { lines };
  }
  const read = new Map(ocr.pages.map((p) => [p.page, p]));
  const missing = scans.filter((n) => !read.has(n));
  if (missing.length > 0) throw new OcrNeededError({ source: 'pdf', pages: missing });
  const used = scans.map((n) => read.get(n)!);
  for (const page of used) lines[page.page - 1] = ocrPageLines(page);
  if (textLetters + used.reduce((sum, page) => sum + lettersOf(ocrPageLines(page)), 0) < MIN_LETTERS) {
    throw new ExtractionError('ocr-no-text', `OCR found no text on the scanned page ${pageList(scans)}`);
  }
  return { lines, ocr: summariseOcr(used) };
}

export async function extractPdf(bytes: Uint8Array, options: PdfExtractOptions): Promise<ExtractedDocument> {
  const pdfium = await loadPdfium(); // outside the try: a broken installation is not a corrupt PDF
  try {
    return withPdfDocument(pdfium, bytes, (doc) => {
      const info = readPdfInfo(pdfium, doc);
      const warnings: string[] = [];
      const pages = readPages(pdfium, doc, options.deadline);
      const { lines, ocr } = pageLines(pages, options.ocr, warnings);
      const { pages: cleaned, running } = removeRunningLines(lines);
      const blocks = buildBlocks(markNoteNumbers(cleaned, bodySize(cleaned.flat())).flat());
      attachLinks(
        blocks,
        pages.flatMap((p) => p.links),
      );
      const sourceUrl = xmpSourceUrl(bytes);
      return {
        type: 'pdf',
        blocks,
        hints: {
          title: info.title,
          fallbackDate: info.creationDate,
          letterhead: running,
          senders: [],
          ...(sourceUrl ? { sourceUrl } : {}),
        },
        pages: info.pages,
        warnings,
        ...(ocr ? { ocr } : {}),
      };
    });
  } catch (error) {
    if (error instanceof OcrNeededError) throw error;
    throw pdfError(error);
  }
}
