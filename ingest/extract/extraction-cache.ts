/**
 * Extraction results cached by file hash in DATA_DIR/cache, so --rebuild after a change in
 * search-config/ does not parse every file again: sender and topics are classified anew from the
 * cached result with the current vocabularies. EXTRACTOR_VERSION invalidates the cache when the
 * extractors change.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileReplacing } from '../../src/archive/atomic-file.js';
import type { ExtractionResult } from './extract-release.js';

let extractorModule: Promise<typeof import('./extract-release.js')> | undefined;
/**
 * The extractor module is loaded only when a cache entry is used (it is large; start-up stays fast),
 * and once: an `import()` per cached file costs a module resolution each time (through the loader
 * hooks of tsx, a message to its thread), about a millisecond of the ingest's main thread per file.
 */
const extractor = () => (extractorModule ??= import('./extract-release.js'));

interface CacheEntry {
  version: string;
  result: ExtractionResult;
}

/** Where the entry of a file with this hash is kept (a deletion for legal reasons removes it). */
export function entryPath(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'cache', 'extraction', sha256.slice(0, 2), `${sha256}.json`);
}

/**
 * The cached extraction of a file, classified with the current vocabularies; undefined when there is
 * none (ENOENT), it is from another extractor version, or it is not valid JSON (a damaged entry is
 * rewritten after the file is extracted again). Any other error (no permission, a disk error, a
 * broken vocabulary) is thrown: it would otherwise fail every file one by one.
 */
export async function cachedExtraction(dataDir: string, sha256: string): Promise<ExtractionResult | undefined> {
  let text: string;
  try {
    text = await readFile(entryPath(dataDir, sha256), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let entry: Partial<CacheEntry>;
  try {
    entry = JSON.parse(text) as Partial<CacheEntry>;
  } catch (error) {
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
  const { applyVocabularies, EXTRACTOR_VERSION } = await extractor();
  if (entry?.version !== EXTRACTOR_VERSION || !entry.result) return undefined;
  return applyVocabularies(entry.result);
}

export async function cacheExtraction(dataDir: string, sha256: string, result: ExtractionResult): Promise<void> {
  const { EXTRACTOR_VERSION } = await extractor();
  const entry = JSON.stringify({ version: EXTRACTOR_VERSION, result } satisfies CacheEntry);
  await writeFileReplacing(entryPath(dataDir, sha256), entry);
}
