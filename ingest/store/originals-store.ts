/**
 * Originals are kept in DATA_DIR/originals by SHA-256, so the site can offer them and --rebuild can
 * re-read them. Public documents, but written 0600 in folders made 0700 like the rest of DATA_DIR:
 * the web server reading them runs as the same user.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { writeFileReplacing } from '../../src/archive/atomic-file.js';
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
  await writeFileReplacing(file, bytes, { file: PRIVATE_FILE, folder: PRIVATE_DIR });
}

export function readOriginal(dataDir: string, sha256: string): Promise<Buffer> {
  return readFile(originalPath(dataDir, sha256));
}

/** The hex SHA-256 of a file's bytes: the key of its kept original. */
export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
