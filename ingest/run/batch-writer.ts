/**
 * Writes batches in order with a bounded number in flight: each batch is enqueued after the one
 * before it, Meilisearch's tasks are awaited in parallel, and the outcomes are recorded in the order
 * the batches were started, so the state journal follows the files. Meilisearch indexes queued
 * tasks together, so a second batch in flight keeps it busy while the first is confirmed.
 */
import type { BatchOutcome, PendingWrite } from './index-writer.js';

export interface BatchSteps<T> {
  /** Builds and enqueues a batch; resolves once Meilisearch has accepted its task. */
  enqueue(batch: T[]): Promise<PendingWrite>;
  /** Records the outcome of a confirmed batch (called in the order the batches were started). */
  record(batch: T[], outcome: BatchOutcome): Promise<void>;
}

/** Batches written before the previous one is confirmed. */
export const MAX_BATCHES_IN_FLIGHT = 2;

export class OrderedBatchWriter<T> {
  private outstanding: Array<Promise<void>> = [];
  private enqueueChain: Promise<unknown> = Promise.resolve();
  private recordChain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly steps: BatchSteps<T>,
    private readonly maxInFlight = MAX_BATCHES_IN_FLIGHT,
  ) {}

  /** Starts writing `batch`; waits only while too many batches are in flight. */
  async write(batch: T[]): Promise<void> {
    this.start(batch);
    while (this.outstanding.length >= this.maxInFlight) await this.outstanding.shift();
  }

  /** Waits until every batch is confirmed and recorded; rejects with the first failure. */
  async drain(): Promise<void> {
    const all = this.outstanding;
    this.outstanding = [];
    await Promise.all(all);
  }

  private start(batch: T[]): void {
    const enqueued = this.enqueueChain.then(() => this.steps.enqueue(batch));
    this.enqueueChain = enqueued.catch(() => undefined);
    const settled = enqueued.then((write) => write.settle());
    // Its failure surfaces through `recorded` below; until the previous batch is recorded, nobody
    // awaits it yet, and an unobserved rejection would end the process with a stack trace.
    settled.catch(() => undefined);
    const recorded = this.recordChain.then(() => settled).then((outcome) => this.steps.record(batch, outcome));
    this.recordChain = recorded.catch(() => undefined);
    recorded.catch(() => undefined); // handled where the batch is awaited (write/drain)
    this.outstanding.push(recorded);
  }
}
