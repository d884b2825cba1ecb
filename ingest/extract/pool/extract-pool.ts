/**
 * Extraction on all cores: a pool of worker threads, one file at a time per worker. A worker that
 * crashes or exceeds the time limit is replaced and only that file fails.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractionResult } from '../extract-release.js';
import { ExtractionError } from '../extraction-error.js';
import { prepareWorkerScript, type WorkerScript } from './worker-script.js';

interface Pending {
  job: number;
  bytes: Buffer;
  filename: string;
  resolve(result: ExtractionResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  current?: Pending;
  timer?: NodeJS.Timeout;
}

export interface ExtractPool {
  extract(bytes: Buffer, filename: string): Promise<ExtractionResult>;
  close(): Promise<void>;
}

type WorkerReply = { job: number; result?: ExtractionResult; error?: { code: string; message: string } };

/** Creates a pool whose workers run `script` (see worker-script.ts). */
export function createExtractPool(script: WorkerScript, size: number, timeoutMs = 120_000): ExtractPool {
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextJob = 0;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script.source, { eval: script.eval }) };
    slot.worker.on('message', (reply: WorkerReply) => finish(slot, reply));
    slot.worker.on('error', (error) => fail(slot, `extraction crashed (${error.message})`));
    slot.worker.on('exit', (code) => {
      if (!closed) fail(slot, `extraction process ended (exit code ${code})`);
    });
    return slot;
  };

  const replace = (slot: Slot): void => {
    const index = slots.indexOf(slot);
    void slot.worker.terminate();
    if (index >= 0 && !closed) slots[index] = spawn();
    pump();
  };

  const fail = (slot: Slot, reason: string): void => {
    const job = slot.current;
    if (!job) return;
    clearTimeout(slot.timer);
    slot.current = undefined;
    job.reject(reason.startsWith('extraction took') ? new ExtractionError('timeout', reason) : new Error(reason));
    replace(slot);
  };

  const finish = (slot: Slot, reply: WorkerReply): void => {
    const job = slot.current;
    if (!job || job.job !== reply.job) return;
    clearTimeout(slot.timer);
    slot.current = undefined;
    if (reply.result) job.resolve(reply.result);
    else {
      const { code = 'internal', message = 'extraction failed' } = reply.error ?? {};
      job.reject(
        code === 'internal' ? new Error(message) : new ExtractionError(code as ExtractionError['code'], message),
      );
    }
    pump();
  };

  const pump = (): void => {
    for (const slot of slots) {
      if (slot.current || queue.length === 0) continue;
      const job = queue.shift()!;
      slot.current = job;
      slot.timer = setTimeout(() => fail(slot, `extraction took longer than ${timeoutMs / 1000} s`), timeoutMs);
      slot.worker.postMessage({ job: job.job, bytes: job.bytes, filename: job.filename });
    }
  };

  for (let i = 0; i < Math.max(1, size); i++) slots.push(spawn());

  return {
    extract(bytes, filename) {
      return new Promise<ExtractionResult>((resolve, reject) => {
        queue.push({ job: nextJob++, bytes, filename, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
      await script.dispose();
    },
  };
}

/** A pool running the bundled extraction worker (prepared once per pool). */
export async function openExtractPool(size: number, timeoutMs?: number): Promise<ExtractPool> {
  return createExtractPool(await prepareWorkerScript(), size, timeoutMs);
}
