/**
 * OCR of the requested pages of one file: PDF pages rendered by PDFium, or the pages of an image
 * file, each read by Tesseract. Runs in an OCR pool thread (`pool/ocr-worker.ts`).
 */
import { imagePage, type ImageFormat } from '../image/image-pages.js';
import { pdfError } from '../pdf/pdf-errors.js';
import { loadPdfium, withPdfDocument } from '../pdf/pdfium-library.js';
import { encodePgm } from './gray-image.js';
import type { OcrPage, OcrRequest } from './ocr-page.js';
import { renderPage } from './page-render.js';
import { recognize } from './tesseract-reader.js';

async function readPdfPages(bytes: Uint8Array, pages: readonly number[]): Promise<OcrPage[]> {
  const pdfium = await loadPdfium();
  const out: OcrPage[] = [];
  for (const n of pages) {
    // The document is opened per page, so it is not held open while Tesseract reads (it may be large).
    let rendered;
    try {
      rendered = withPdfDocument(pdfium, bytes, (doc) => renderPage(pdfium, doc, n));
    } catch (error) {
      throw pdfError(error);
    }
    const { image, widthPt, heightPt } = rendered;
    const { confidence, lines } = await recognize(encodePgm(image), image.height, image.dpi);
    out.push({ page: n, width: widthPt, height: heightPt, confidence, lines });
  }
  return out;
}

async function readImagePages(bytes: Uint8Array, format: ImageFormat, pages: readonly number[]): Promise<OcrPage[]> {
  const out: OcrPage[] = [];
  for (const n of pages) {
    const { encoded, width, height, dpi } = imagePage(bytes, format, n);
    const { confidence, lines } = await recognize(encoded, height, dpi);
    out.push({ page: n, width: (width * 72) / dpi, height: (height * 72) / dpi, confidence, lines });
  }
  return out;
}

export function readPages(bytes: Uint8Array, request: OcrRequest): Promise<OcrPage[]> {
  return request.source === 'pdf'
    ? readPdfPages(bytes, request.pages)
    : readImagePages(bytes, request.format, request.pages);
}
