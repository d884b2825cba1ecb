/**
 * Reads one input file safely: opened without following a link in its last name and without
 * waiting (O_NOFOLLOW | O_NONBLOCK: a FIFO put there after the walk does not hang the run), checked
 * to be a regular file on the open handle (fstat, so nothing can be swapped in between), and read
 * to at most the limit plus one byte, so a file that grows or whose size the file system does not
 * tell (/proc, devices) cannot exceed MAX_FILE_MB.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { inputErrorCode, notRegular, specialKind, type Refusal } from './input-refusal.js';

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
/** Read size once the expected bytes are in (the read that finds the end, or a file that grew). */
const CHUNK = 65536;
/** One read returns at most 2 GiB − 1 bytes (MAX_FILE_MB allows 4096). */
const MAX_READ = 1 << 30;

/** Reads from the handle's position until its end or until `limit` bytes are read; `expected`: the size fstat told. */
export async function readAtMost(handle: FileHandle, limit: number, expected = 0): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    // The size fstat told in one read, into a buffer of its own (it is copied whole to a worker).
    const want = Math.min(limit - total, total < expected ? expected - total : CHUNK, MAX_READ);
    const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafeSlow(want), 0, want, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

function tooLarge(maxBytes: number): Refusal {
  const mb = Math.round(maxBytes / 1048576);
  return { status: 'failed', code: 'too-large', reason: `file is larger than the limit of ${mb} MB (MAX_FILE_MB)` };
}

function unreadable(error: unknown): Refusal {
  const code = inputErrorCode(error);
  if (code === 'ELOOP') return { status: 'failed', code: 'symlink', reason: 'file became a symbolic link; not read' };
  return { status: 'failed', code: 'unreadable', reason: `file cannot be read (${code})` };
}

/** The file's bytes, or why they were not read. `file`: the exact path (bytes where a name is not UTF-8). */
export async function readInputFile(file: string | Buffer, maxBytes: number): Promise<Buffer | Refusal> {
  let handle: FileHandle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (error) {
    return unreadable(error);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return notRegular(specialKind(info), 'failed');
    if (info.size > maxBytes) return tooLarge(maxBytes);
    const bytes = await readAtMost(handle, maxBytes + 1, info.size);
    return bytes.length > maxBytes ? tooLarge(maxBytes) : bytes;
  } catch (error) {
    return unreadable(error);
  } finally {
    await handle.close();
  }
}
