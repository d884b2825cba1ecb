/**
 * Replacing a small file so that a crash leaves either the old or the new content, never a mix:
 * write a temporary file beside it (0600), fsync it, rename it over the old one, fsync the folder.
 * A crash before the rename leaves a stray `*.tmp` file and the old content; `beforeRename` lets a
 * test stop exactly there.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PRIVATE_DIR, PRIVATE_FILE } from './data-dir.js';

export interface AtomicWriteHooks {
  /** Runs after the temporary file is written and synced, before the rename (tests: a crash there). */
  beforeRename?: (tmpFile: string) => Promise<void> | void;
}

export async function writeFileAtomic(file: string, text: string, hooks: AtomicWriteHooks = {}): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(tmp, 'wx', PRIVATE_FILE);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(tmp, { force: true });
    throw error;
  }
  await handle.close();
  // A hook that throws stands for a crash: the temporary file stays, as it would.
  await hooks.beforeRename?.(tmp);
  await rename(tmp, file);
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** Folders `writeFileReplacing` has made (or found) in this process: each is made once. */
const madeFolders = new Set<string>();

async function makeFolder(dir: string, mode: number | undefined): Promise<void> {
  await mkdir(dir, { recursive: true, ...(mode === undefined ? {} : { mode }) });
  madeFolders.add(dir);
}

/**
 * Writes a file that can be made again (a cache entry, a copy kept by its hash) so that no reader
 * ever sees half of it: a temporary file beside it, renamed over it — not synced, so a crash may
 * lose it but never tear it. Its folder is made on first use in this process (an ingest writes
 * hundreds of files into a few hundred folders), and again if it has gone since. `mode`: of the
 * file and of a folder made (default: the process's defaults).
 */
export async function writeFileReplacing(
  file: string,
  data: string | Uint8Array,
  mode: { file?: number; folder?: number } = {},
): Promise<void> {
  const dir = path.dirname(file);
  if (!madeFolders.has(dir)) await makeFolder(dir, mode.folder);
  const tmp = `${file}.${process.pid}-${randomUUID()}.tmp`;
  const options = mode.file === undefined ? {} : { mode: mode.file };
  try {
    await writeFile(tmp, data, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await makeFolder(dir, mode.folder); // removed since this process made it
    await writeFile(tmp, data, options);
  }
  await rename(tmp, file);
}
