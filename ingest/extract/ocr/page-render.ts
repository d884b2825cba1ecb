/**
 * Renders a PDF page with PDFium into a greyscale bitmap for OCR (FPDFBitmap_CreateEx with
 * FPDFBitmap_Gray, FPDF_RenderPageBitmap): 300 dpi, fewer for pages so large that the bitmap would
 * exceed MAX_PIXELS.
 */
import { PDFIUM_ERROR, PdfiumError, type Pdfium } from '../pdf/pdfium-library.js';
import type { GrayImage } from './gray-image.js';

export const RENDER_DPI = 300;
/** About an A3 page at 300 dpi; an A0 poster is rendered at ~100 dpi instead of 1.4 GB of pixels. */
const MAX_PIXELS = 36_000_000;
/** fpdfview.h: FPDFBitmap_Gray, FPDF_ANNOT (draw annotations, e.g. stamps), FPDF_GRAYSCALE. */
const BITMAP_GRAY = 1;
const RENDER_FLAGS = 0x01 | 0x08;

/** Page `n` (from 1) of the open document `doc`, with its size in points. */
export function renderPage(
  { module: m }: Pdfium,
  doc: number,
  n: number,
): { image: GrayImage; widthPt: number; heightPt: number } {
  const page = m.FPDF_LoadPage(doc, n - 1);
  if (!page) throw new PdfiumError(PDFIUM_ERROR.page, `page ${n} cannot be read`);
  try {
    const [widthPt, heightPt] = [m.FPDF_GetPageWidthF(page), m.FPDF_GetPageHeightF(page)];
    const fit = Math.sqrt(MAX_PIXELS / Math.max(1, ((widthPt * heightPt) / 72 / 72) * RENDER_DPI * RENDER_DPI));
    const dpi = RENDER_DPI * Math.min(1, fit);
    const width = Math.max(1, Math.round((widthPt * dpi) / 72));
    const height = Math.max(1, Math.round((heightPt * dpi) / 72));
    const bitmap = m.FPDFBitmap_CreateEx(width, height, BITMAP_GRAY, 0, 0);
    if (!bitmap) throw new PdfiumError(PDFIUM_ERROR.unknown, `out of memory for page ${n} (${width} × ${height})`);
    try {
      m.FPDFBitmap_FillRect(bitmap, 0, 0, width, height, 0xffffffff);
      m.FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, RENDER_FLAGS);
      const buffer = m.FPDFBitmap_GetBuffer(bitmap);
      const stride = m.FPDFBitmap_GetStride(bitmap);
      const heap = m.pdfium.HEAPU8;
      const data = new Uint8Array(width * height);
      for (let y = 0; y < height; y++)
        data.set(heap.subarray(buffer + y * stride, buffer + y * stride + width), y * width);
      return { image: { width, height, data, dpi }, widthPt, heightPt };
    } finally {
      m.FPDFBitmap_Destroy(bitmap);
    }
  } finally {
    m.FPDF_ClosePage(page);
  }
}
