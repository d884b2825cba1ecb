/**
 * Who a search is made for. The middleware keeps, for each web request: the client's address as the
 * fair queue counts it (client-address.ts; `req.ip`, so behind a proxy it depends on TRUST_PROXY),
 * the deadline for the page's answers from Meilisearch (SEARCH_TIMEOUT_MS after it arrived), and a
 * signal that aborts when the client has gone or one of the page's searches was refused (its other
 * waiting searches are then of no use). The queued search service (queued-search.ts) reads it, as the
 * Server-Timing tally reads its own per-request store.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import { clientAddressKey } from './client-address.js';

export interface SearchClient {
  /** The key of the client's address in the fair queue. */
  readonly address: string;
  /** When the page must have its answers (clock of the middleware's `now`, milliseconds). */
  readonly deadline: number;
  /** Aborts when the client has gone or the page has given up. */
  readonly signal: AbortSignal;
  /** The page has given up (a search was refused): its searches still waiting leave the queue. */
  giveUp(): void;
}

const storage = new AsyncLocalStorage<SearchClient>();

/** Middleware: everything done while handling the request knows its client and deadline. */
export function searchClients(timeoutMs: number, now: () => number = Date.now): RequestHandler {
  return (req, res, next) => {
    const controller = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const client: SearchClient = {
      address: clientAddressKey(req.ip),
      deadline: now() + timeoutMs,
      signal: controller.signal,
      giveUp: () => controller.abort(),
    };
    storage.run(client, next);
  };
}

export function currentClient(): SearchClient | undefined {
  return storage.getStore();
}

/** Runs `work` as the middleware runs a request of `client` (for tests and the benchmark's own calls). */
export function asClient<T>(client: SearchClient, work: () => T): T {
  return storage.run(client, work);
}
