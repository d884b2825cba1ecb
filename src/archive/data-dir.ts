/**
 * The runtime data folder (DATA_DIR): created on demand (mode 0700: it holds the master key and
 * personal data), checked for writability, holds the master key. Files with keys or personal data
 * are written 0600 and the folders made for them 0700 (PRIVATE_FILE, PRIVATE_DIR).
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { StartupError } from '../errors/startup-error.js';
import type { Logger } from '../log.js';

export const MASTER_KEY_FILE = 'meili-master-key';
/** Mode of the archive's files: only the service user may read them. */
export const PRIVATE_FILE = 0o600;
/** Mode of the folders the archive makes. */
export const PRIVATE_DIR = 0o700;

/**
 * Creates DATA_DIR (0700) when it is missing and checks that it is writable. An existing folder
 * keeps its mode: it may be the operator's (a mount point, a folder shared with a backup group), so
 * it is not changed behind their back; when other users may enter it, a warning names the fix on
 * every start and ingest (docs/operations.md, "Service user and file modes").
 */
export async function ensureDataDir(
  dataDir: string,
  log: Logger,
  /** The bundled Meilisearch keeps its master key here (made on its first start, after this check). */
  options: { bundledMeili: boolean },
): Promise<void> {
  const probe = path.join(dataDir, `.write-test-${process.pid}`);
  try {
    await mkdir(dataDir, { recursive: true, mode: PRIVATE_DIR });
    await writeFile(probe, 'ok');
    await rm(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new StartupError(`DATA_DIR ${dataDir} is not writable (${code}); choose another folder with DATA_DIR.`, {
      cause: error,
    });
  }
  const mode = (await stat(dataDir)).mode & 0o777;
  if (mode & 0o007) {
    // With MEILI_HOST there is no key here (unless one is left from the bundled Meilisearch).
    const holds =
      options.bundledMeili || (await exists(path.join(dataDir, MASTER_KEY_FILE)))
        ? 'the master key, feedback reports and sessions'
        : 'feedback reports and sessions';
    log.warn(
      { dataDir, mode: mode.toString(8) },
      `DATA_DIR may be read by every user of this machine (mode ${mode.toString(8)}); it holds ${holds}. Run: chmod 700 ${dataDir}`,
    );
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Reads the master key of the bundled Meilisearch, generating it (mode 0600) on first use. */
export async function readOrCreateMasterKey(dataDir: string): Promise<string> {
  const file = path.join(dataDir, MASTER_KEY_FILE);
  try {
    const key = (await readFile(file, 'utf8')).trim();
    if ((await stat(file)).mode & 0o077) await chmod(file, PRIVATE_FILE);
    if (key.length >= 16) return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32).toString('base64url');
  await writeFile(file, `${key}\n`, { mode: PRIVATE_FILE, flag: 'w' });
  await chmod(file, PRIVATE_FILE);
  return key;
}

/** Reads the master key without creating it (an ingest run joining a running archive). */
export async function readMasterKey(dataDir: string): Promise<string> {
  return (await readFile(path.join(dataDir, MASTER_KEY_FILE), 'utf8')).trim();
}
