/**
 * The archive's state journal exists but cannot be read (a directory in its place, no permission,
 * a disk error, a damaged line). Ingest, rebuild and removal stop before they write anything: an empty state would
 * make a rebuild swap an empty index into the live site.
 */
export class StateJournalError extends Error {
  override readonly name = 'StateJournalError';

  constructor(
    readonly file: string,
    options: { cause: unknown; reason?: string },
  ) {
    const reason = options.reason ?? (options.cause as NodeJS.ErrnoException).code ?? String(options.cause);
    super(
      `the archive's state journal ${file} cannot be read (${reason}); nothing was changed. ` +
        'Restore it from a backup (docs/operations.md, "Data folder and backup") and run the command again.',
      { cause: options.cause },
    );
  }
}
