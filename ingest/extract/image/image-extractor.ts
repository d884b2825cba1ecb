/**
 * A scanned image file (TIFF, PNG, JPEG: faxes, photographed releases) → text blocks, all of it by
 * OCR: every page is asked for (`OcrNeededError`) and its lines go through the same running-line
 * removal and block building as a PDF's. A multi-page TIFF is one release.
 */
import { countLetters } from '../../text/clean-text.js';
import type { ExtractedDocument } from '../extracted-document.js';
import { ExtractionError } from '../extraction-error.js';
import { OcrNeededError } from '../ocr/ocr-needed-error.js';
import { summariseOcr, type OcrSupply } from '../ocr/ocr-page.js';
import { ocrPageLines, pageList } from '../ocr/ocr-text-lines.js';
import { buildBlocks } from '../pdf/pdf-blocks.js';
import { removeRunningLines } from '../pdf/pdf-running-lines.js';
import { imagePageCount, type ImageFormat } from './image-pages.js';

const MIN_LETTERS = 20;

/** `ocr`: the OCR results of the pages; absent: OCR is off. */
export function extractImage(bytes: Uint8Array, format: ImageFormat, ocr: OcrSupply | undefined): ExtractedDocument {
  const count = imagePageCount(bytes, format);
  const pages = Array.from({ length: count }, (_, i) => i + 1);
  const kind = `${format.toUpperCase()} image`;
  if (!ocr) throw new ExtractionError('no-text-layer', `scanned ${kind} without text, and OCR is turned off (OCR=0)`);
  const read = new Map(ocr.pages.map((p) => [p.page, p]));
  const missing = pages.filter((n) => !read.has(n));
  if (missing.length > 0) throw new OcrNeededError({ source: 'image', format, pages: missing });
  const used = pages.map((n) => read.get(n)!);
  const lines = used.map(ocrPageLines);
  if (lines.flat().reduce((sum, line) => sum + countLetters(line.text), 0) < MIN_LETTERS) {
    throw new ExtractionError(
      'ocr-no-text',
      `OCR found no text in the ${kind}${count > 1 ? ` (page ${pageList(pages)})` : ''}`,
    );
  }
  const { pages: cleaned, running } = removeRunningLines(lines);
  return {
    type: format,
    blocks: buildBlocks(cleaned.flat()),
    hints: { letterhead: running, senders: [] },
    ...(format === 'tiff' ? { pages: count } : {}),
    ocr: summariseOcr(used),
    warnings: [],
  };
}
