/** Originals are kept in DATA_DIR/originals by SHA-256, so the site can offer them and --rebuild can re-read them. */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { originalPath } from '../src/archive/originals.js';

export async function keepOriginal(dataDir: string, sha256: string, bytes: Buffer): Promise<void> {
  const file = originalPath(dataDir, sha256);
  try {
    if ((await stat(file)).size === bytes.length) return;
  } catch {
    // not kept yet
  }
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}-${randomUUID()}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, file);
}

export function readOriginal(dataDir: string, sha256: string): Promise<Buffer> {
  return readFile(originalPath(dataDir, sha256));
}
