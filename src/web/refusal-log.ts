/**
 * One warning a minute at most while the fair queue refuses searches, with how many it refused since
 * the last one: a flood must not flood the log too.
 */
import type { Logger } from '../log.js';
import type { QueueRefusal } from './fair-queue.js';

export const REFUSAL_LOG_INTERVAL_MS = 60_000;

export function refusalLog(log: Logger, now: () => number = Date.now): (refusal: QueueRefusal) => void {
  let counts: Partial<Record<QueueRefusal, number>> = {};
  let loggedAt = -Infinity;
  return (refusal) => {
    counts[refusal] = (counts[refusal] ?? 0) + 1;
    if (now() - loggedAt < REFUSAL_LOG_INTERVAL_MS) return;
    log.warn({ refused: counts }, 'Searches refused by the fair queue (SEARCH_QUEUE_* settings)');
    counts = {};
    loggedAt = now();
  };
}
