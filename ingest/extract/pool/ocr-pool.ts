/**
 * OCR on worker threads: a piscina pool of its own (`OCR_CONCURRENCY` threads), made when the first
 * scan of a run needs it, with a time limit per file (`OCR_TIMEOUT_S`) apart from the extraction's.
 * A file over the limit has its thread stopped (taking its tesseract.js thread along) and fails
 * with a `timeout` ExtractionError; the next run tries it again.
 */
import { Piscina } from 'piscina';
import { ExtractionError } from '../extraction-error.js';
import type { OcrPage, OcrRequest } from '../ocr/ocr-page.js';
import { pageList } from '../ocr/ocr-text-lines.js';
import type { OcrWorkerReply, OcrWorkerRequest } from './ocr-worker.js';
import { prepareWorkerScript, type WorkerScript } from './worker-script.js';

export interface OcrPool {
  read(bytes: Uint8Array, request: OcrRequest): Promise<OcrPage[]>;
  close(): Promise<void>;
}

export function createOcrPool(script: WorkerScript, size: number, timeoutMs: number): OcrPool {
  const threads = Math.max(1, size);
  const piscina = new Piscina<OcrWorkerRequest, OcrWorkerReply>({
    filename: script.url.href,
    minThreads: 0,
    maxThreads: threads,
    // One file per thread at a time; the others wait in piscina's queue, and a file's time limit
    // starts when a thread takes it (see `read`).
    concurrentTasksPerWorker: 1,
    recordTiming: false,
    execArgv: [],
  });
  let active = 0;
  const waiting: Array<() => void> = [];
  const turn = (): Promise<void> => {
    if (active < threads) {
      active++;
      return Promise.resolve();
    }
    return new Promise((start) => waiting.push(start));
  };
  const leave = (): void => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  const controllers = new Set<AbortController>();
  let closed = false;

  return {
    async read(bytes, request) {
      await turn();
      const controller = new AbortController();
      controllers.add(controller);
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      let reply: OcrWorkerReply;
      try {
        reply = await piscina.run({ bytes, request }, { signal: controller.signal });
      } catch (error) {
        if (timedOut) {
          throw new ExtractionError(
            'timeout',
            `OCR of page ${pageList(request.pages)} took longer than ${timeoutMs / 1000} s (OCR_TIMEOUT_S)`,
          );
        }
        if (closed) throw new Error('OCR stopped: the OCR pool was closed before the file was done', { cause: error });
        throw new Error(`OCR crashed (${(error as Error).message})`, { cause: error });
      } finally {
        clearTimeout(timer);
        controllers.delete(controller);
        leave();
      }
      if ('pages' in reply) return reply.pages;
      const { code, message } = reply.error;
      throw code === 'internal'
        ? new Error(`OCR failed: ${message}`)
        : new ExtractionError(code as ExtractionError['code'], message);
    },
    async close() {
      closed = true;
      for (const controller of controllers) controller.abort();
      await piscina.destroy();
      await script.dispose();
    },
  };
}

export async function openOcrPool(size: number, timeoutMs: number): Promise<OcrPool> {
  return createOcrPool(await prepareWorkerScript('ocr-worker'), size, timeoutMs);
}
