/**
 * What the decorators of the search service share (search-tally.ts, queued-search.ts): which methods
 * send searches, and a wrapper that routes every method call of a service through one function.
 */
import type { SearchService } from './search-service.js';

/**
 * The methods that send searches: a new one of those is named here. Every other method (the index
 * version the cache reads, a release, the health check, one added later) is no search.
 */
export const SEARCHES: ReadonlySet<PropertyKey> = new Set<keyof SearchService>([
  'search',
  'multiSearch',
  'federatedSearch',
  // The word list read before a text query's search (it waits in the queue like the search).
  'wordCounts',
  // The spelling suggestions of a weak result („Meinten Sie …?“).
  'similarWords',
]);

/**
 * `service` with every method call made through `around`. A Proxy, so every method the service has,
 * including one added to SearchService later, is wrapped without being listed here.
 */
export function aroundMethods<T extends object>(
  service: T,
  around: (method: PropertyKey, call: () => unknown) => unknown,
): T {
  return new Proxy(service, {
    get(target, method, receiver) {
      const value: unknown = Reflect.get(target, method, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => around(method, () => Reflect.apply(value, target, args));
    },
  });
}
