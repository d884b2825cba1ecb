/**
 * Why a file could not be turned into a release. The code is stable (logs, reports, tests);
 * the message is English and names the problem in words a person can act on.
 */
export type ExtractionErrorCode =
  | 'empty-file'
  | 'unsupported-type'
  | 'corrupt-pdf'
  | 'password-protected'
  | 'no-text-layer'
  | 'too-little-text'
  | 'ocr-no-text'
  | 'corrupt-image'
  | 'error-page'
  | 'no-date'
  | 'no-title'
  | 'too-complex'
  | 'too-large'
  | 'timeout';

export class ExtractionError extends Error {
  override readonly name = 'ExtractionError';
  readonly code: ExtractionErrorCode;

  constructor(code: ExtractionErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}

export function isExtractionError(value: unknown): value is ExtractionError {
  return value instanceof ExtractionError;
}
