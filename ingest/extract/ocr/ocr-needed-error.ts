/**
 * Thrown by the extractors when a file has pages that only OCR can read and the OCR results for them
 * were not handed in: the caller gets them (from the OCR cache or the OCR pool) and extracts again.
 * Not a failure of the file, so not an ExtractionError.
 */
import type { OcrRequest } from './ocr-page.js';

export class OcrNeededError extends Error {
  override readonly name = 'OcrNeededError';

  constructor(readonly request: OcrRequest) {
    super(`OCR needed for page(s) ${request.pages.join(', ')}`);
  }
}
