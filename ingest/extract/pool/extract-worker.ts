/**
 * Worker thread: the task function of the extraction pool (piscina calls the default export once per
 * file). Bytes in; the ExtractionResult or the error's code and message out (an Error's own fields
 * such as `code` do not survive the trip between threads, so failures come back as data).
 */
import { extractRelease, type ExtractionResult } from '../extract-release.js';
import { ExtractionError } from '../extraction-error.js';

export interface WorkerRequest {
  bytes: Uint8Array;
  filename: string;
}

export type WorkerReply = { result: ExtractionResult } | { error: { code: string; message: string } };

export default async function extractInWorker({ bytes, filename }: WorkerRequest): Promise<WorkerReply> {
  try {
    return { result: await extractRelease(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), filename) };
  } catch (error) {
    const code = error instanceof ExtractionError ? error.code : 'internal';
    return { error: { code, message: (error as Error).message } };
  }
}
