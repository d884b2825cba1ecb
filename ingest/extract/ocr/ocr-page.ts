/**
 * What OCR reads from one page, in the units of the PDF text layer (points, y growing upwards from
 * the bottom of the page), so OCR lines and text-layer lines go through the same line and block
 * building (`pdf-blocks.ts`).
 */
import type { SourceOcr } from '../../../src/archive/release.js';

export interface OcrLine {
  text: string;
  /** Left edge and right edge of the line. */
  x: number;
  right: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  /** Estimated type size (the same for every line of one paragraph of the same size). */
  size: number;
}

export interface OcrPage {
  /** Page number, from 1. */
  page: number;
  /** Page size in points. */
  width: number;
  height: number;
  /** Tesseract's mean word confidence for the page, 0–100 (0 when nothing was found). */
  confidence: number;
  lines: OcrLine[];
}

/** What the extractor asks the OCR pool for: these pages (from 1) of a PDF, or of an image file. */
export type OcrRequest =
  { source: 'pdf'; pages: number[] } | { source: 'image'; format: 'tiff' | 'png' | 'jpeg'; pages: number[] };

/** OCR results handed to the extractor (from the OCR cache or the OCR pool). */
export interface OcrSupply {
  pages: OcrPage[];
}

/** Which pages were read by OCR, and how sure the OCR was: the record's `ocr` of the source. */
export function summariseOcr(pages: readonly OcrPage[]): SourceOcr {
  const confidence = pages.reduce((sum, p) => sum + p.confidence, 0) / Math.max(1, pages.length);
  return {
    pages: pages.map((p) => ({ page: p.page, confidence: Math.round(p.confidence) })),
    confidence: Math.round(confidence),
  };
}
