/**
 * Originals are kept in DATA_DIR/originals by SHA-256, so the site can offer them and --rebuild can
 * re-read them. Public documents, but written 0600 in folders made 0700 like the rest of DATA_DIR:
 * the web server reading them runs as the same user.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PRIVATE_DIR, PRIVATE_FILE } from '../../src/archive/data-dir.js';
import { originalPath } from '../../src/archive/originals.js';

export async function keepOriginal(dataDir: string, sha256: string, bytes: Buffer): Promise<void> {
  const file = originalPath(dataDir, sha256);
  try {
    // Kept already, unless damaged on disk (then it is written again from these bytes).
    if ((await stat(file)).size === bytes.length && sha256Of(await readFile(file)) === sha256) return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // else: not kept yet
  }
  await mkdir(path.dirname(file), { recursive: true, mode: PRIVATE_DIR });
  const tmp = `${file}.${process.pid}-${randomUUID()}.tmp`;
  await writeFile(tmp, bytes, { mode: PRIVATE_FILE });
  await rename(tmp, file);
}

export function readOriginal(dataDir: string, sha256: string): Promise<Buffer> {
  return readFile(originalPath(dataDir, sha256));
}

/** The hex SHA-256 of a file's bytes: the key of its kept original. */
export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
