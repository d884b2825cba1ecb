/**
 * How much of a PDF page its images cover: the share of the page area under image objects (0–1).
 * A scanned page is one picture of the page; a page with a logo or a photo beside its text is not.
 */
import type { Pdfium } from './pdfium-library.js';

/** FPDF_PAGEOBJ_IMAGE (fpdf_edit.h). */
const IMAGE_OBJECT = 3;

/** A page object's bounds in page coordinates (y grows upwards). */
export interface ObjectBox {
  object: number;
  left: number;
  bottom: number;
  right: number;
  top: number;
}

/** The bounds of the page objects that `keep` accepts (given each object's handle). */
export function objectBoxes({ module: m }: Pdfium, page: number, keep: (object: number) => boolean): ObjectBox[] {
  const count = m.FPDFPage_CountObjects(page);
  if (count <= 0) return [];
  const box = m.pdfium.wasmExports.malloc(16);
  if (!box) return [];
  try {
    const boxes: ObjectBox[] = [];
    for (let i = 0; i < count; i++) {
      const object = m.FPDFPage_GetObject(page, i);
      if (!object || !keep(object)) continue;
      if (!m.FPDFPageObj_GetBounds(object, box, box + 4, box + 8, box + 12)) continue;
      const f = m.pdfium.HEAPF32; // read after the call: the memory may have grown
      const at = box >> 2;
      boxes.push({ object, left: f[at] ?? 0, bottom: f[at + 1] ?? 0, right: f[at + 2] ?? 0, top: f[at + 3] ?? 0 });
    }
    return boxes;
  } finally {
    m.pdfium.wasmExports.free(box);
  }
}

/** Share of `page`'s area covered by its images (overlaps counted once per image, capped at 1). */
export function imageCover(pdfium: Pdfium, page: number): number {
  const m = pdfium.module;
  const width = m.FPDF_GetPageWidthF(page);
  const height = m.FPDF_GetPageHeightF(page);
  if (!(width > 0 && height > 0)) return 0;
  let covered = 0;
  for (const { left, bottom, right, top } of objectBoxes(
    pdfium,
    page,
    (o) => m.FPDFPageObj_GetType(o) === IMAGE_OBJECT,
  )) {
    const w = Math.min(width, right) - Math.max(0, left);
    const h = Math.min(height, top) - Math.max(0, bottom);
    if (w > 0 && h > 0) covered += w * h;
  }
  return Math.min(1, covered / (width * height));
}
