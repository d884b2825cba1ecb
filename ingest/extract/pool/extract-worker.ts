/** Worker thread: extracts one file per message (bytes in, ExtractionResult or error out). */
import { parentPort } from 'node:worker_threads';
import { extractRelease } from '../extract-release.js';
import { ExtractionError } from '../extraction-error.js';

export interface WorkerRequest {
  job: number;
  bytes: Uint8Array;
  filename: string;
}

parentPort?.on('message', async ({ job, bytes, filename }: WorkerRequest) => {
  try {
    const result = await extractRelease(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), filename);
    parentPort?.postMessage({ job, result });
  } catch (error) {
    const code = error instanceof ExtractionError ? error.code : 'internal';
    parentPort?.postMessage({ job, error: { code, message: (error as Error).message } });
  }
});
