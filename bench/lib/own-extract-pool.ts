/**
 * The benchmark's reference: the hand-written pool of worker threads that ingest used until
 * 2 December 2026 (ingest/extract/pool/extract-pool.ts now runs on piscina), unchanged but for how
 * its workers load the task function (and that, like the new pool's, they start without the parent's
 * `--import tsx`, which the bundle does not need), so `npm run bench:pool` can measure one against the other.
 * Its `close()` leaves running and waiting files unsettled; it is closed here only when all are done.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractionResult } from '../../ingest/extract/extract-release.js';
import { ExtractionError } from '../../ingest/extract/extraction-error.js';
import type { ExtractPool } from '../../ingest/extract/pool/extract-pool.js';
import { prepareWorkerScript, type WorkerScript } from '../../ingest/extract/pool/worker-script.js';

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

type WorkerReply = { job: number; result?: ExtractionResult; error?: { code: string; message: string } };

/** The old worker's message loop around the task function piscina calls (extract-worker.ts). */
function messageLoop(script: WorkerScript): string {
  return `const { parentPort } = require('node:worker_threads');
    import(${JSON.stringify(script.url.href)}).then(({ default: extract }) =>
      parentPort.on('message', async ({ job, bytes, filename }) =>
        parentPort.postMessage({ job, ...(await extract({ bytes, filename })) })));`;
}

/** Creates a pool whose workers run `script` (see worker-script.ts). */
export function createOwnExtractPool(script: WorkerScript, size: number, timeoutMs = 120_000): ExtractPool {
  const loop = messageLoop(script);
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextJob = 0;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(loop, { eval: true, execArgv: [] }) };
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

/** The reference pool running the bundled extraction worker (prepared once per pool). */
export async function openOwnExtractPool(size: number, timeoutMs?: number): Promise<ExtractPool> {
  return createOwnExtractPool(await prepareWorkerScript(), size, timeoutMs);
}
