/** Start-up failed for a reason the user can fix (binary, port, data folder, lock): one clear line. */
export class StartupError extends Error {
  override name = 'StartupError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
