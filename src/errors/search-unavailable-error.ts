/** Meilisearch could not be reached or answered with a server error. */
export class SearchUnavailableError extends Error {
  override name = 'SearchUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
