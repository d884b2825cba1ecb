import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OrderedBatchWriter } from '../../../../ingest/run/batch-writer.js';
import type { BatchOutcome, PendingWrite } from '../../../../ingest/run/index-writer.js';

/** A promise with its resolve and reject in hand. */
function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: Error): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Batches of ids; each batch's task is confirmed when the test says so. */
function steps() {
  const log: string[] = [];
  const confirmations = new Map<string, ReturnType<typeof deferred<BatchOutcome>>>();
  return {
    log,
    confirm: (name: string, outcome?: BatchOutcome) =>
      confirmations.get(name)!.resolve(outcome ?? { written: [name], failed: [] }),
    fail: (name: string, error: Error) => confirmations.get(name)!.reject(error),
    steps: {
      enqueue: async (batch: string[]): Promise<PendingWrite> => {
        const name = batch.join('+');
        log.push(`enqueue ${name}`);
        const confirmed = deferred<BatchOutcome>();
        confirmations.set(name, confirmed);
        return { settle: () => confirmed.promise };
      },
      record: async (batch: string[], outcome: BatchOutcome) => {
        log.push(`record ${batch.join('+')} written=${outcome.written.join(',')}`);
      },
    },
  };
}

test('outcomes are recorded in the order the batches started, whatever order Meilisearch confirms them in', async () => {
  const s = steps();
  const writer = new OrderedBatchWriter(s.steps, 3);
  await writer.write(['a']);
  await writer.write(['b']);
  await tick();
  s.confirm('b');
  await tick();
  assert.deepEqual(s.log, ['enqueue a', 'enqueue b'], 'b waits for a to be recorded');
  s.confirm('a');
  await writer.drain();
  assert.deepEqual(s.log, ['enqueue a', 'enqueue b', 'record a written=a', 'record b written=b']);
});

test('write waits while the limit of batches is in flight', async () => {
  const s = steps();
  const writer = new OrderedBatchWriter(s.steps, 2);
  await writer.write(['a']);
  let third = false;
  const second = writer.write(['b']).then(() => (third = true));
  await tick();
  assert.equal(third, false, 'the second write waits for the first batch');
  s.confirm('a');
  await second;
  assert.equal(third, true);
  s.confirm('b');
  await writer.drain();
  assert.deepEqual(
    s.log.filter((l) => l.startsWith('record')),
    ['record a written=a', 'record b written=b'],
  );
});

test('a failed batch rejects drain and is never recorded; the next batch is still recorded after it', async () => {
  const s = steps();
  const writer = new OrderedBatchWriter(s.steps, 3);
  await writer.write(['a']);
  await writer.write(['b']);
  await tick();
  s.fail('a', new Error('Meilisearch went away'));
  s.confirm('b');
  await assert.rejects(writer.drain(), /Meilisearch went away/);
  await tick();
  // The failed batch is never recorded; the next one is, after the failure (its documents are in the index).
  assert.deepEqual(s.log, ['enqueue a', 'enqueue b', 'record b written=b']);
});
