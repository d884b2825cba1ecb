/**
 * A data file in search-config/ (ministries.json, topics.json) is missing or invalid.
 * The message always names the file and the key, e.g.
 * `search-config/topics.json: topics[3].terms[0]: must be a lower-case string`.
 */
export class SearchConfigError extends Error {
  override readonly name = 'SearchConfigError';
  readonly file: string;
  readonly key: string;

  constructor(file: string, key: string, problem: string, options: { cause?: unknown } = {}) {
    super(
      `${file}: ${key || '(root)'}: ${problem}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.file = file;
    this.key = key;
  }
}
