/**
 * Worker thread of the OCR pool: reads the requested pages of one file by OCR (`ocr/read-pages.ts`).
 * Failures come back as data, like the extraction worker's.
 */
import { ExtractionError } from '../extraction-error.js';
import type { OcrPage, OcrRequest } from '../ocr/ocr-page.js';
import { readPages } from '../ocr/read-pages.js';

export interface OcrWorkerRequest {
  bytes: Uint8Array;
  request: OcrRequest;
}

export type OcrWorkerReply = { pages: OcrPage[] } | { error: { code: string; message: string } };

export default async function ocrInWorker({ bytes, request }: OcrWorkerRequest): Promise<OcrWorkerReply> {
  try {
    return { pages: await readPages(bytes, request) };
  } catch (error) {
    const code = error instanceof ExtractionError ? error.code : 'internal';
    return { error: { code, message: (error as Error).message } };
  }
}
