/**
 * The one line `npm run ingest` prints when a run stops: the message of errors the operator can act
 * on (usage, settings, search-config/, the state journal, the file system, Meilisearch), and
 * "internal error" for anything else, which is a bug of ours and is logged with its stack.
 */
import { ConfigError } from '../../src/errors/config-error.js';
import { SearchConfigError } from '../../src/errors/search-config-error.js';
import { StartupError } from '../../src/errors/startup-error.js';
import { TaskFailedError } from '../../src/errors/task-failed-error.js';
import { StateJournalError } from '../store/state-journal-error.js';
import { UsageError } from './cli-args.js';

/** Errors of the Meilisearch client that mean the server cannot be reached (undici's fetch says `fetch failed`). */
function isUnreachable(error: unknown): boolean {
  const name = (error as Error).name;
  if (name === 'MeilisearchRequestError' || name === 'MeilisearchRequestTimeOutError') return true;
  return error instanceof TypeError && error.message === 'fetch failed';
}

/** One line for the operator; `internal` when the error is a bug of ours, not a problem they can fix. */
export function describeFailure(error: unknown, host: string | undefined): { line: string; internal: boolean } {
  const known = [UsageError, StartupError, ConfigError, SearchConfigError, StateJournalError];
  if (known.some((kind) => error instanceof kind)) return { line: (error as Error).message, internal: false };
  if (error instanceof TaskFailedError)
    return { line: `Meilisearch refused a write: ${error.message}`, internal: false };
  if (isUnreachable(error)) {
    const line = `Meilisearch at ${host ?? '?'} is no longer reachable (was npm start stopped?). What was finished stays indexed; run the same command again to continue.`;
    return { line, internal: false };
  }
  if ((error as Error).name === 'MeilisearchApiError') {
    // Meilisearch answered with an error: a wrong key, a missing permission, an index it refuses.
    return { line: `Meilisearch refused the request: ${(error as Error).message}`, internal: false };
  }
  const io = error as NodeJS.ErrnoException;
  if (typeof io.code === 'string' && typeof io.syscall === 'string') {
    // The file system of DATA_DIR (cache, originals, journal): permissions, a full disk, a damaged
    // folder. Writes through a file handle carry no path.
    const where = typeof io.path === 'string' ? ` on ${io.path}` : '';
    return {
      line: `${io.syscall} failed${where} (${io.code}); what was finished stays indexed; fix it and run the same command again.`,
      internal: false,
    };
  }
  return { line: `internal error, please report it: ${(error as Error).message}`, internal: true };
}
