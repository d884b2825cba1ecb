/** Test helper: PDF lines of body text as pdf-lines.ts builds them, for the layout steps after it. */
import type { PdfLine } from '../../../../../ingest/extract/pdf/pdf-lines.js';

/** Lines of body text (10 pt, 12 pt pitch) starting at y, one per string, from x (56). */
export function lines(page: number, y: number, texts: string[], size = 10, pitch = 12, x = 56): PdfLine[] {
  return texts.map((text, i) => ({ text, x, y: y - i * pitch, right: x + text.length * 5, size, page }));
}
