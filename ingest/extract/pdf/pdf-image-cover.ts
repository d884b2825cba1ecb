/**
 * How much of a PDF page its images cover: the share of the page area under image objects (0–1).
 * A scanned page is one picture of the page; a page with a logo or a photo beside its text is not.
 */
import type { Pdfium } from './pdfium-library.js';

/** FPDF_PAGEOBJ_IMAGE (fpdf_edit.h). */
const IMAGE_OBJECT = 3;

/** Share of `page`'s area covered by its images (overlaps counted once per image, capped at 1). */
export function imageCover({ module: m }: Pdfium, page: number): number {
  const width = m.FPDF_GetPageWidthF(page);
  const height = m.FPDF_GetPageHeightF(page);
  if (!(width > 0 && height > 0)) return 0;
  const count = m.FPDFPage_CountObjects(page);
  if (count <= 0) return 0;
  const box = m.pdfium.wasmExports.malloc(16);
  if (!box) return 0;
  try {
    let covered = 0;
    for (let i = 0; i < count; i++) {
      const object = m.FPDFPage_GetObject(page, i);
      if (!object || m.FPDFPageObj_GetType(object) !== IMAGE_OBJECT) continue;
      if (!m.FPDFPageObj_GetBounds(object, box, box + 4, box + 8, box + 12)) continue;
      const f = m.pdfium.HEAPF32; // read after the call: the memory may have grown
      const [left, bottom, right, top] = [f[box >> 2], f[(box >> 2) + 1], f[(box >> 2) + 2], f[(box >> 2) + 3]];
      const w = Math.min(width, right ?? 0) - Math.max(0, left ?? 0);
      const h = Math.min(height, top ?? 0) - Math.max(0, bottom ?? 0);
      if (w > 0 && h > 0) covered += w * h;
    }
    return Math.min(1, covered / (width * height));
  } finally {
    m.pdfium.wasmExports.free(box);
  }
}
