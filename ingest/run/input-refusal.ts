/**
 * Why an entry of the inputs is not taken in, with a stable code for the report: `skipped` for what
 * a folder happens to hold (links, FIFOs, devices), `failed` for what the user named and cannot be
 * ingested, or a file that cannot be read (or that belongs to a release deleted for legal reasons).
 */

export type RefusalCode =
  | 'symlink'
  | 'link-outside'
  | 'link-loop'
  | 'link-broken'
  | 'duplicate'
  | 'not-a-regular-file'
  | 'not-found'
  | 'unreadable'
  | 'too-large'
  | 'deleted-release';

export interface Refusal {
  status: 'skipped' | 'failed';
  code: RefusalCode;
  reason: string;
}

export const skipped = (code: RefusalCode, reason: string): Refusal => ({ status: 'skipped', code, reason });
export const failed = (code: RefusalCode, reason: string): Refusal => ({ status: 'failed', code, reason });

/** A file of a release deleted for legal reasons (ingest/store/deleted-releases.ts), or of its identity. */
export const deletedRelease = failed(
  'deleted-release',
  'it belongs to a release that was deleted for legal reasons and is not ingested again (docs/operations.md, "Deletion for legal reasons")',
);

/**
 * Errors of the file system that concern one input and end only its entry: gone, not allowed, a
 * link where none may be, a FIFO or socket that cannot be opened, a damaged disk. Anything else
 * (too many open files, a bug) stops the run.
 */
const INPUT_ERRORS = new Set([
  'ENOENT',
  'ENOTDIR',
  'EACCES',
  'EPERM',
  'ELOOP',
  'ENXIO',
  'EIO',
  'EISDIR',
  'ENAMETOOLONG',
]);

/** The error's code when it is one of INPUT_ERRORS; otherwise the error is thrown on. */
export function inputErrorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && INPUT_ERRORS.has(code)) return code;
  throw error;
}

/** The kind of a file system object that is neither a regular file nor a folder, for a reason text. */
export function specialKind(info: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'of unknown type';
}

/** A FIFO, socket or device: refused. */
export function notRegular(kind: string, status: Refusal['status']): Refusal {
  return { status, code: 'not-a-regular-file', reason: `not a regular file (${kind}); not read` };
}
