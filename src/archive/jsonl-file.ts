/**
 * Append-only JSON-lines files that survive a crash mid-write: a last line without its newline was
 * torn by an interrupted append and is handed to the reader apart from the whole lines, so it can be
 * skipped. Appends are fsync'ed, written 0600 in a folder made 0700. Used by the state journal
 * (ingest/store/archive-state.ts) and the audit log (src/admin/audit/audit-log.ts).
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PRIVATE_DIR, PRIVATE_FILE } from './data-dir.js';

export interface JsonlContent {
  /** The lines that ended with their newline, empty ones included, in order. */
  lines: string[];
  /** The text after the last newline, when the file does not end with one: a torn append. */
  tornTail: string | undefined;
  /** Bytes before the torn tail (the whole file when there is none). */
  intactBytes: number;
}

/** Reads a JSON-lines file; a missing one is empty. Any other read error is thrown. */
export async function readJsonl(file: string): Promise<JsonlContent> {
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const end = text.lastIndexOf('\n') + 1;
  const lines = end === 0 ? [] : text.slice(0, end - 1).split('\n');
  const tail = text.slice(end);
  return { lines, tornTail: tail === '' ? undefined : tail, intactBytes: Buffer.byteLength(text.slice(0, end)) };
}

export interface AppendOptions {
  /**
   * The journal's single writer read it up to here (before a torn tail): the tail is cut off before
   * appending. Without it (several writers may append), a file that does not end with a newline gets
   * one first, so the torn line stays a line of its own that readers skip.
   */
  cutTo?: number;
}

/** Appends one line per value in one write and fsyncs. */
export async function appendJsonl(
  file: string,
  values: readonly unknown[],
  options: AppendOptions = {},
): Promise<void> {
  if (values.length === 0) return;
  await mkdir(path.dirname(file), { recursive: true, mode: PRIVATE_DIR });
  const handle = await open(file, 'a+', PRIVATE_FILE);
  try {
    let prefix = '';
    if (options.cutTo !== undefined) {
      await handle.truncate(options.cutTo);
    } else {
      const { size } = await handle.stat();
      if (size > 0) {
        const last = Buffer.alloc(1);
        await handle.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) prefix = '\n';
      }
    }
    await handle.appendFile(prefix + values.map((v) => JSON.stringify(v)).join('\n') + '\n');
    await handle.sync();
  } finally {
    await handle.close();
  }
}
