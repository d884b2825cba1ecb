/**
 * A bounded queue of tasks served fairly across keys (client addresses). At most `concurrency` tasks
 * run at once, at most `perKeyRunning` of one key; when a slot frees, the next task is taken from the
 * key with the fewest tasks running, ties going round robin (the key whose last task started longest
 * ago first; a key that has nothing running or waiting is forgotten, so it comes first when it
 * returns). A key with many tasks thus waits behind its own tasks instead of in front of everyone
 * else's, and never holds more than its share of the slots. A task is refused at once when its key
 * already has `perKey` tasks waiting or `total` tasks wait in all, and taken out again when it has
 * not started within `maxWaitMs` (or by its own `waitUntil`) or its signal aborts. A running task
 * keeps its slot until it settles.
 */

/** Why a task never ran. */
export type QueueRefusal = 'key-full' | 'queue-full' | 'waited-too-long' | 'aborted';

export class QueueRefusedError extends Error {
  override name = 'QueueRefusedError';
  constructor(readonly refusal: QueueRefusal) {
    super(`The task was not run: ${refusal}`);
  }
}

export interface FairQueueOptions {
  concurrency: number;
  /** Tasks of one key running at once. */
  perKeyRunning: number;
  /** Tasks of one key waiting at once (running ones not counted). */
  perKey: number;
  /** Tasks waiting at once, all keys together. */
  total: number;
  /** Longest wait before a task starts. */
  maxWaitMs: number;
  /** The clock of `waitUntil` (milliseconds). */
  now?: () => number;
}

export interface RunOptions {
  /** Refuse the task when it has not started by then (clock of `now`); the earlier of this and `maxWaitMs` counts. */
  waitUntil?: number;
  /** Aborting takes a waiting task out of the queue; a running task is not affected. */
  signal?: AbortSignal;
}

export interface FairQueue {
  run<T>(key: string, task: () => Promise<T>, options?: RunOptions): Promise<T>;
  /** Tasks running and waiting now. */
  load(): { running: number; waiting: number };
}

interface Waiting {
  key: string;
  start(): void;
  refuse(refusal: QueueRefusal): void;
}

export function createFairQueue(options: FairQueueOptions): FairQueue {
  const now = options.now ?? Date.now;
  const waitingByKey = new Map<string, Waiting[]>();
  const runningByKey = new Map<string, number>();
  /** When each key's last task started (a count of starts), while the key has tasks running or waiting. */
  const startedAt = new Map<string, number>();
  let starts = 0;
  let running = 0;
  let waiting = 0;

  /** The key to serve next: fewest tasks running (below its limit), then the one whose last task started longest ago. */
  function nextKey(): string | undefined {
    let best: string | undefined;
    let bestRunning = Infinity;
    let bestStart = Infinity;
    for (const key of waitingByKey.keys()) {
      const count = runningByKey.get(key) ?? 0;
      if (count >= options.perKeyRunning) continue;
      const start = startedAt.get(key) ?? 0;
      if (count < bestRunning || (count === bestRunning && start < bestStart)) {
        best = key;
        bestRunning = count;
        bestStart = start;
      }
    }
    return best;
  }

  /** A key with nothing running or waiting is forgotten. */
  function forgetIdle(key: string): void {
    if (!runningByKey.has(key) && !waitingByKey.has(key)) startedAt.delete(key);
  }

  function take(entry: Waiting): void {
    const list = waitingByKey.get(entry.key)!;
    list.splice(list.indexOf(entry), 1);
    waiting -= 1;
    if (list.length === 0) waitingByKey.delete(entry.key);
  }

  function dispatch(): void {
    while (running < options.concurrency && waiting > 0) {
      const key = nextKey();
      if (key === undefined) return;
      const entry = waitingByKey.get(key)![0]!;
      take(entry);
      entry.start();
    }
  }

  function begin<T>(key: string, task: () => Promise<T>): Promise<T> {
    running += 1;
    runningByKey.set(key, (runningByKey.get(key) ?? 0) + 1);
    starts += 1;
    startedAt.set(key, starts);
    let result: Promise<T>;
    try {
      result = task();
    } catch (error) {
      result = Promise.reject(error);
    }
    const settled = (): void => {
      running -= 1;
      const count = runningByKey.get(key)! - 1;
      if (count === 0) runningByKey.delete(key);
      else runningByKey.set(key, count);
      forgetIdle(key);
      dispatch();
    };
    result.then(settled, settled);
    return result;
  }

  return {
    run<T>(key: string, task: () => Promise<T>, { waitUntil, signal }: RunOptions = {}): Promise<T> {
      if (signal?.aborted) return Promise.reject(new QueueRefusedError('aborted'));
      // Nothing that could start waits (dispatch starts it at once), so a free slot is this task's,
      // unless its key is at its limit or has tasks waiting before it.
      const canStart =
        running < options.concurrency && (runningByKey.get(key) ?? 0) < options.perKeyRunning && !waitingByKey.has(key);
      if (canStart) return begin(key, task);
      if ((waitingByKey.get(key)?.length ?? 0) >= options.perKey) {
        return Promise.reject(new QueueRefusedError('key-full'));
      }
      if (waiting >= options.total) return Promise.reject(new QueueRefusedError('queue-full'));
      const waitMs = Math.min(options.maxWaitMs, (waitUntil ?? Infinity) - now());
      if (waitMs <= 0) return Promise.reject(new QueueRefusedError('waited-too-long'));
      return new Promise<T>((resolve, reject) => {
        const finish = (): void => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
        };
        const entry: Waiting = {
          key,
          start() {
            finish();
            begin(key, task).then(resolve, reject);
          },
          refuse(refusal) {
            finish();
            take(entry);
            forgetIdle(key);
            reject(new QueueRefusedError(refusal));
          },
        };
        const onAbort = (): void => entry.refuse('aborted');
        const timer = setTimeout(() => entry.refuse('waited-too-long'), waitMs);
        // The request waiting for the task keeps the process alive, not the timer.
        timer.unref?.();
        signal?.addEventListener('abort', onAbort, { once: true });
        const list = waitingByKey.get(key);
        if (list) list.push(entry);
        else waitingByKey.set(key, [entry]);
        waiting += 1;
      });
    },
    load: () => ({ running, waiting }),
  };
}
