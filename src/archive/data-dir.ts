/** The runtime data folder (DATA_DIR): created on demand, checked for writability, holds the master key. */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { StartupError } from '../errors/startup-error.js';

export const MASTER_KEY_FILE = 'meili-master-key';

export async function ensureDataDir(dataDir: string): Promise<void> {
  const probe = path.join(dataDir, `.write-test-${process.pid}`);
  try {
    await mkdir(dataDir, { recursive: true });
    await writeFile(probe, 'ok');
    await rm(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new StartupError(`DATA_DIR ${dataDir} is not writable (${code}); choose another folder with DATA_DIR.`, {
      cause: error,
    });
  }
}

/** Reads the master key of the bundled Meilisearch, generating it (mode 0600) on first use. */
export async function readOrCreateMasterKey(dataDir: string): Promise<string> {
  const file = path.join(dataDir, MASTER_KEY_FILE);
  try {
    const key = (await readFile(file, 'utf8')).trim();
    if ((await stat(file)).mode & 0o077) await chmod(file, 0o600);
    if (key.length >= 16) return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32).toString('base64url');
  await writeFile(file, `${key}\n`, { mode: 0o600, flag: 'w' });
  await chmod(file, 0o600);
  return key;
}

/** Reads the master key without creating it (an ingest run joining a running archive). */
export async function readMasterKey(dataDir: string): Promise<string> {
  return (await readFile(path.join(dataDir, MASTER_KEY_FILE), 'utf8')).trim();
}
