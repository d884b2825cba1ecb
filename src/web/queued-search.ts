/**
 * The fair queue in front of Meilisearch, as a decorator of the search service. createApp puts it
 * below the search cache, so answers from the cache never wait. For a web request (search-client.ts):
 * - each search (search, multiSearch, federatedSearch) waits its turn in the fair queue under the
 *   request's client address; a refusal is a SearchBusyError (429 for an address over its share, 503
 *   for a full queue or a wait too long), and the page's other waiting searches leave the queue;
 * - each search and release read ends by the page's deadline: a SearchUnavailableError (503) once it
 *   has passed, without waiting for Meilisearch. The call itself keeps its place in the queue until
 *   the client's own timeout ends it, so no more than the queue's concurrency reach Meilisearch.
 * The index version (read by the cache) and the health check pass through with only the client's
 * timeout: a deadline missed there would empty the search cache. Calls made outside a web request
 * pass through unchanged.
 */
import { AsyncResource } from 'node:async_hooks';
import { SearchBusyError } from '../errors/search-busy-error.js';
import { SearchUnavailableError } from '../errors/search-unavailable-error.js';
import { QueueRefusedError, type FairQueue, type QueueRefusal } from './fair-queue.js';
import { currentClient, type SearchClient } from './search-client.js';
import { aroundMethods, SEARCHES } from './search-methods.js';
import type { SearchService } from './search-service.js';

/** Methods that are neither queued nor held to the deadline (see above). */
const UNBOUNDED: ReadonlySet<PropertyKey> = new Set<keyof SearchService>(['indexVersion', 'healthy']);

export interface QueuedSearchOptions {
  /** The clock of the clients' deadlines. */
  now?: () => number;
  /** Told of every search the queue refused (for a log line). */
  onRefused?: (refusal: QueueRefusal) => void;
}

function busy(refusal: QueueRefusal): SearchBusyError {
  return refusal === 'key-full'
    ? new SearchBusyError('address', 'Too many searches of this client address are waiting')
    : new SearchBusyError('overloaded', `The search was not sent to Meilisearch: ${refusal}`);
}

function missedDeadline(): SearchUnavailableError {
  return new SearchUnavailableError('Meilisearch did not answer before the deadline of the page');
}

/** `answer`, or a SearchUnavailableError once the deadline has passed (`answer` itself is left to settle). */
function beforeDeadline<T>(answer: Promise<T>, client: SearchClient, now: () => number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(missedDeadline()), client.deadline - now());
  });
  answer.catch(() => {});
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

export function queuedSearchService(
  service: SearchService,
  queue: FairQueue,
  { now = Date.now, onRefused }: QueuedSearchOptions = {},
): SearchService {
  function queued(client: SearchClient, call: () => Promise<unknown>): Promise<unknown> {
    // Bound to the request's async context: the queue may start it from another request's callback.
    const task = AsyncResource.bind(call);
    return queue.run(client.address, task, { waitUntil: client.deadline, signal: client.signal }).catch((error) => {
      if (!(error instanceof QueueRefusedError)) throw error;
      onRefused?.(error.refusal);
      client.giveUp();
      throw busy(error.refusal);
    });
  }

  return aroundMethods(service, (method, call) => {
    const client = currentClient();
    if (client === undefined || UNBOUNDED.has(method)) return call();
    if (client.deadline <= now()) return Promise.reject(missedDeadline());
    const answer = SEARCHES.has(method) ? queued(client, call as () => Promise<unknown>) : (call() as Promise<unknown>);
    return beforeDeadline(answer, client, now);
  });
}
