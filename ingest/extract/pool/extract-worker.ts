/**
 * Worker thread: the task function of the extraction pool (piscina calls the default export once per
 * file). Bytes in; the ExtractionResult or the error's code and message out (an Error's own fields
 * such as `code` do not survive the trip between threads, so failures come back as data).
 */
import { extractRelease, type ExtractionResult } from '../extract-release.js';
import { ExtractionError } from '../extraction-error.js';
import { OcrNeededError } from '../ocr/ocr-needed-error.js';
import type { OcrRequest, OcrSupply } from '../ocr/ocr-page.js';

export interface WorkerRequest {
  bytes: Uint8Array;
  filename: string;
  /** OCR results so far (see ExtractOptions.ocr); absent: OCR is off. */
  ocr?: OcrSupply;
}

export type WorkerReply =
  { result: ExtractionResult } | { ocrNeeded: OcrRequest } | { error: { code: string; message: string } };

export default async function extractInWorker({ bytes, filename, ocr }: WorkerRequest): Promise<WorkerReply> {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { result: await extractRelease(buffer, filename, ocr ? { ocr } : {}) };
  } catch (error) {
    if (error instanceof OcrNeededError) return { ocrNeeded: error.request };
    const code = error instanceof ExtractionError ? error.code : 'internal';
    return { error: { code, message: (error as Error).message } };
  }
}
