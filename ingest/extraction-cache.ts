/**
 * Extraction results cached by file hash in DATA_DIR/cache, so --rebuild after a change in
 * search-config/ does not parse every file again. EXTRACTION_VERSION invalidates the cache when the
 * extractors change.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExtractionResult } from './extract.js';

export const EXTRACTION_VERSION = 1;

interface CacheEntry {
  version: number;
  result: ExtractionResult;
}

function entryPath(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'cache', 'extraction', sha256.slice(0, 2), `${sha256}.json`);
}

export async function cachedExtraction(dataDir: string, sha256: string): Promise<ExtractionResult | undefined> {
  try {
    const entry = JSON.parse(await readFile(entryPath(dataDir, sha256), 'utf8')) as CacheEntry;
    return entry.version === EXTRACTION_VERSION ? entry.result : undefined;
  } catch {
    return undefined;
  }
}

export async function cacheExtraction(dataDir: string, sha256: string, result: ExtractionResult): Promise<void> {
  const file = entryPath(dataDir, sha256);
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify({ version: EXTRACTION_VERSION, result } satisfies CacheEntry));
  await rename(tmp, file);
}
