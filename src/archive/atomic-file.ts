/**
 * Replacing a small file so that a crash leaves either the old or the new content, never a mix:
 * write a temporary file beside it (0600), fsync it, rename it over the old one, fsync the folder.
 * A crash before the rename leaves a stray `*.tmp` file and the old content; `beforeRename` lets a
 * test stop exactly there.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
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
