/**
 * A search refused before it reached Meilisearch: its client address has too many searches waiting
 * or sent too many requests (`address`, a 429), or the queue of all searches is full or the search
 * waited too long in it (`overloaded`, a 503). Meilisearch itself may be fine.
 */
export type SearchBusyReason = 'address' | 'overloaded';

export class SearchBusyError extends Error {
  override name = 'SearchBusyError';
  constructor(
    readonly reason: SearchBusyReason,
    message: string,
  ) {
    super(message);
  }

  /** 429 Too Many Requests for one address over its share, 503 for an overloaded search. */
  get status(): 429 | 503 {
    return this.reason === 'address' ? 429 : 503;
  }
}
