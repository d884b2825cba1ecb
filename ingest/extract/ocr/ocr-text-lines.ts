/** OCR pages as PDF lines, so they go through the same running-line removal and block building. */
import type { PdfLine } from '../pdf/pdf-lines.js';
import type { OcrPage } from './ocr-page.js';

export function ocrPageLines(page: OcrPage): PdfLine[] {
  return page.lines.map((line) => ({ ...line, page: page.page }));
}

/** Page numbers as a person reads them: "1–3, 5". */
export function pageList(pages: readonly number[]): string {
  const ranges: string[] = [];
  const sorted = [...pages].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i]! + 1) i++;
    ranges.push(start === sorted[i] ? String(start) : `${start}–${sorted[i]}`);
  }
  return ranges.join(', ');
}
