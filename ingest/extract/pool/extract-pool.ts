/**
 * Extraction on all cores: a piscina pool of worker threads, one file at a time per worker. A file
 * that exceeds the time limit has its worker stopped (a `timeout` ExtractionError); a worker that
 * crashes fails only its file and is replaced; `close()` rejects the files still running or waiting.
 */
import { Piscina } from 'piscina';
import type { ExtractionResult } from '../extract-release.js';
import { ExtractionError } from '../extraction-error.js';
import { OcrNeededError } from '../ocr/ocr-needed-error.js';
import type { OcrSupply } from '../ocr/ocr-page.js';
import type { WorkerReply, WorkerRequest } from './extract-worker.js';
import { prepareWorkerScript, type WorkerScript } from './worker-script.js';

export interface ExtractPool {
  /**
   * `ocr`: the OCR results of the file's scanned pages so far; absent: OCR is off. Throws an
   * OcrNeededError when pages that need OCR are missing from it.
   */
  extract(bytes: Buffer, filename: string, ocr?: OcrSupply): Promise<ExtractionResult>;
  close(): Promise<void>;
}

interface Job {
  controller: AbortController;
  /** Why the pool stopped the job (timeout, close), in place of piscina's AbortError. */
  stop?: Error;
}

interface Waiting {
  start(): void;
  stop(error: Error): void;
}

/**
 * Creates a pool whose workers run `script` (see worker-script.ts). At most `size` files are handed
 * to piscina at once, so each starts at once and its time limit counts from its start, not from the
 * time it waited behind other files.
 */
export function createExtractPool(script: WorkerScript, size: number, timeoutMs = 120_000): ExtractPool {
  const threads = Math.max(1, size);
  const piscina = new Piscina<WorkerRequest, WorkerReply>({
    filename: script.url.href,
    minThreads: threads,
    maxThreads: threads,
    recordTiming: false,
    // Not the parent's `--import tsx`: the bundle is plain JavaScript (the fallback registers tsx
    // itself), and with tsx loaded piscina's workers took 1.7–2.5 s of CPU instead of 1.2 s to start
    // (two workers, one file each).
    execArgv: [],
  });
  const running = new Set<Job>();
  const waiting: Waiting[] = [];
  let admitted = 0;
  /** Set once by close(), or when workers fail outside a job: every later file is rejected with it. */
  let stopped: Error | undefined;

  const stopAll = (error: Error): void => {
    stopped ??= error;
    for (const next of waiting.splice(0)) next.stop(stopped);
    for (const job of running) {
      job.stop ??= stopped;
      job.controller.abort(job.stop);
    }
  };

  // Piscina reports a worker failing with no job running (any failure during a job rejects that job):
  // a worker that cannot load its module, and its replacements would fail alike while files wait.
  piscina.on('error', (error: Error) => stopAll(new Error(`extraction crashed (${error.message})`)));

  const admit = (): Promise<void> => {
    if (stopped) return Promise.reject(stopped);
    if (admitted < threads) {
      admitted++;
      return Promise.resolve();
    }
    return new Promise((start, stop) => waiting.push({ start, stop }));
  };
  const leave = (): void => {
    const next = waiting.shift();
    if (next) next.start();
    else admitted--;
  };

  return {
    async extract(bytes, filename, ocr) {
      await admit();
      const job: Job = { controller: new AbortController() };
      running.add(job);
      const timer = setTimeout(() => {
        job.stop ??= new ExtractionError('timeout', `extraction took longer than ${timeoutMs / 1000} s`);
        job.controller.abort(job.stop);
      }, timeoutMs);
      let reply: WorkerReply;
      try {
        const request: WorkerRequest = ocr ? { bytes, filename, ocr } : { bytes, filename };
        reply = await piscina.run(request, { signal: job.controller.signal });
      } catch (error) {
        // Piscina rejects a job when we abort it (its worker is stopped) or when its worker crashed or exited.
        throw job.stop ?? new Error(`extraction crashed (${(error as Error).message})`);
      } finally {
        clearTimeout(timer);
        running.delete(job);
        leave();
      }
      if ('result' in reply) return reply.result;
      if ('ocrNeeded' in reply) throw new OcrNeededError(reply.ocrNeeded);
      const { code, message } = reply.error;
      throw code === 'internal' ? new Error(message) : new ExtractionError(code as ExtractionError['code'], message);
    },
    async close() {
      stopAll(new Error('extraction stopped: the extraction pool was closed before the file was done'));
      await piscina.destroy();
      await script.dispose();
    },
  };
}

/** A pool running the bundled extraction worker (prepared once per pool). */
export async function openExtractPool(size: number, timeoutMs?: number): Promise<ExtractPool> {
  return createExtractPool(await prepareWorkerScript(), size, timeoutMs);
}
