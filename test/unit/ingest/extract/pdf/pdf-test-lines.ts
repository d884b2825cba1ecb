/** Test helper: PDF lines of body text as pdf-lines.ts builds them, for the layout steps after it. */
import type { PdfLine } from '../../../../../ingest/extract/pdf/pdf-lines.js';

/** Lines of body text (10 pt, 12 pt pitch) starting at y, one per string. */
export function lines(page: number, y: number, texts: string[], size = 10, pitch = 12): PdfLine[] {
  return texts.map((text, i) => ({ text, x: 56, y: y - i * pitch, right: 56 + text.length * 5, size, page }));
}
