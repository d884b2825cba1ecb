/** The fair queue: order of service across keys, the bounds on waiting tasks, and slots held until a task settles. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createFairQueue, QueueRefusedError, type FairQueueOptions } from '../../../src/web/fair-queue.js';

/** Tasks that run until released, in the order they started. */
function heldTasks() {
  const started: string[] = [];
  const releases = new Map<string, () => void>();
  return {
    started,
    task: (name: string) => () =>
      new Promise<string>((resolve) => {
        started.push(name);
        releases.set(name, () => resolve(name));
      }),
    release(name: string) {
      releases.get(name)!();
    },
  };
}

/** A task the test leaves waiting or running when it ends: its refusal is of no interest. */
function leftOver(promise: Promise<unknown>): void {
  promise.catch(() => {});
}

/** Lets the queue's callbacks run (a settled task starts the next one in a later microtask). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

const OPTIONS: FairQueueOptions = { concurrency: 1, perKeyRunning: 100, perKey: 100, total: 1000, maxWaitMs: 60_000 };

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof QueueRefusedError) return error.refusal;
    throw error;
  }
  return 'ran';
}

describe('fair queue', () => {
  test('a second key is served between the tasks of a key that floods the queue', async () => {
    const queue = createFairQueue(OPTIONS);
    const held = heldTasks();
    const flood = ['f1', 'f2', 'f3', 'f4', 'f5'].map((name) => queue.run('flood', held.task(name)));
    const other = ['o1', 'o2'].map((name) => queue.run('other', held.task(name)));
    for (const name of ['f1', 'o1', 'f2', 'o2', 'f3', 'f4', 'f5']) {
      await settle();
      assert.equal(held.started.at(-1), name, `${name} runs next (so far: ${held.started.join(' ')})`);
      held.release(name);
    }
    assert.deepEqual(await Promise.all([...flood, ...other]), ['f1', 'f2', 'f3', 'f4', 'f5', 'o1', 'o2']);
  });

  test('with several slots, a newcomer takes the next free one, however many the flood has waiting', async () => {
    const queue = createFairQueue({ ...OPTIONS, concurrency: 2 });
    const held = heldTasks();
    for (let i = 1; i <= 8; i++) leftOver(queue.run('flood', held.task(`f${i}`)));
    leftOver(queue.run('other', held.task('o1')));
    await settle();
    assert.deepEqual(held.started, ['f1', 'f2']);
    held.release('f1');
    await settle();
    assert.deepEqual(held.started, ['f1', 'f2', 'o1']);
    assert.deepEqual(queue.load(), { running: 2, waiting: 6 });
  });

  test('one key runs at most perKeyRunning tasks, even with slots free; other keys take them', async () => {
    const queue = createFairQueue({ ...OPTIONS, concurrency: 6, perKeyRunning: 2 });
    const held = heldTasks();
    for (let i = 1; i <= 5; i++) leftOver(queue.run('flood', held.task(`f${i}`)));
    await settle();
    assert.deepEqual(held.started, ['f1', 'f2']);
    assert.deepEqual(queue.load(), { running: 2, waiting: 3 });
    held.release('f1');
    await settle();
    assert.deepEqual(held.started, ['f1', 'f2', 'f3'], 'one more of the flood, not all that fit');
    assert.deepEqual(queue.load(), { running: 2, waiting: 2 });
    for (const name of ['o1', 'o2', 'o3']) leftOver(queue.run('other', held.task(name)));
    await settle();
    assert.deepEqual(held.started, ['f1', 'f2', 'f3', 'o1', 'o2']);
    held.release('o1');
    await settle();
    assert.deepEqual(held.started, ['f1', 'f2', 'f3', 'o1', 'o2', 'o3']);
    assert.deepEqual(queue.load(), { running: 4, waiting: 2 });
  });

  test('never more tasks run than its concurrency, and a slot is held until its task settles', async () => {
    const queue = createFairQueue({ ...OPTIONS, concurrency: 3 });
    const running: Array<() => void> = [];
    let most = 0;
    let done = 0;
    const task = () =>
      new Promise<void>((resolve) => {
        running.push(resolve);
        most = Math.max(most, running.length);
      });
    const all = Array.from({ length: 12 }, (_, i) => queue.run(`k${i % 4}`, task).then(() => (done += 1)));
    while (done < 12) {
      await settle();
      running.shift()?.();
    }
    await Promise.all(all);
    assert.equal(most, 3);
  });

  test('a task that throws at once frees its slot', async () => {
    const queue = createFairQueue(OPTIONS);
    const failing = queue.run('a', () => {
      throw new Error('broken');
    });
    await assert.rejects(failing, /broken/);
    assert.equal(await queue.run('a', async () => 'next'), 'next');
  });

  test('a key with its share of waiting tasks is refused, while other keys still get in', async () => {
    const queue = createFairQueue({ ...OPTIONS, perKey: 2 });
    const held = heldTasks();
    leftOver(queue.run('flood', held.task('running')));
    leftOver(queue.run('flood', held.task('w1')));
    leftOver(queue.run('flood', held.task('w2')));
    assert.equal(await refusalOf(queue.run('flood', held.task('w3'))), 'key-full');
    const other = queue.run('other', held.task('o1'));
    assert.deepEqual(queue.load(), { running: 1, waiting: 3 });
    held.release('running');
    await settle();
    assert.equal(held.started.at(-1), 'o1');
    held.release('o1');
    assert.equal(await other, 'o1');
  });

  test('a full queue refuses every key', async () => {
    const queue = createFairQueue({ ...OPTIONS, perKey: 2, total: 3 });
    const held = heldTasks();
    leftOver(queue.run('a', held.task('running')));
    leftOver(queue.run('a', held.task('a1')));
    leftOver(queue.run('b', held.task('b1')));
    leftOver(queue.run('c', held.task('c1')));
    assert.equal(await refusalOf(queue.run('d', held.task('d1'))), 'queue-full');
  });

  test('a task that has not started within maxWaitMs, or by its own waitUntil, is refused', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout', 'Date'] });
    const queue = createFairQueue({ ...OPTIONS, maxWaitMs: 1000, now: Date.now });
    const held = heldTasks();
    leftOver(queue.run('a', held.task('running')));
    const waitsLong = refusalOf(queue.run('b', held.task('b1')));
    const ownLimit = refusalOf(queue.run('c', held.task('c1'), { waitUntil: Date.now() + 300 }));
    const already = refusalOf(queue.run('d', held.task('d1'), { waitUntil: Date.now() }));
    assert.equal(await already, 'waited-too-long');
    t.mock.timers.tick(300);
    assert.equal(await ownLimit, 'waited-too-long');
    assert.deepEqual(queue.load(), { running: 1, waiting: 1 });
    t.mock.timers.tick(700);
    assert.equal(await waitsLong, 'waited-too-long');
    assert.deepEqual(queue.load(), { running: 1, waiting: 0 });
    assert.deepEqual(held.started, ['running']);
  });

  test('an aborted signal takes a waiting task out of the queue', async () => {
    const queue = createFairQueue(OPTIONS);
    const held = heldTasks();
    leftOver(queue.run('a', held.task('running')));
    const controller = new AbortController();
    const gone = refusalOf(queue.run('b', held.task('b1'), { signal: controller.signal }));
    const next = queue.run('c', held.task('c1'));
    controller.abort();
    assert.equal(await gone, 'aborted');
    assert.equal(await refusalOf(queue.run('b', held.task('b2'), { signal: controller.signal })), 'aborted');
    held.release('running');
    await settle();
    held.release('c1');
    assert.equal(await next, 'c1');
    assert.deepEqual(held.started, ['running', 'c1']);
  });
});
