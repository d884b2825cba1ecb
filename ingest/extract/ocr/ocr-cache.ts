/**
 * OCR results cached by file hash in DATA_DIR/cache/ocr, apart from the extraction cache: a new
 * extractor version renews the extraction cache, but the pages OCR read stay valid, so a rebuild
 * reads no scan again. Keyed by OCR_VERSION (engine, model, rendering), which changes only when OCR
 * itself would read differently. One entry per file holds every page read so far.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OcrPage } from './ocr-page.js';

/** tesseract.js 7.0.0, `@tesseract.js-data/deu` 4.0.0_best_int, pages rendered at 300 dpi, ocr-lines.ts v1. */
export const OCR_VERSION = 'tesseract.js-7.0.0/deu-4.0.0_best_int/300dpi/1';

interface OcrCacheEntry {
  version: string;
  pages: OcrPage[];
}

/** Where the entry of a file with this hash is kept (a deletion for legal reasons removes it). */
export function entryPath(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'cache', 'ocr', sha256.slice(0, 2), `${sha256}.json`);
}

/**
 * The pages of a file read so far; none when there is no entry (ENOENT), it is from another OCR
 * version, or it is damaged (it is rewritten after OCR). Other errors are thrown.
 */
export async function cachedOcrPages(dataDir: string, sha256: string): Promise<OcrPage[]> {
  let text: string;
  try {
    text = await readFile(entryPath(dataDir, sha256), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let entry: Partial<OcrCacheEntry> | null;
  try {
    entry = JSON.parse(text) as Partial<OcrCacheEntry> | null;
  } catch (error) {
    if (error instanceof SyntaxError) return [];
    throw error;
  }
  return entry?.version === OCR_VERSION && Array.isArray(entry.pages) ? entry.pages : [];
}

/** Stores `pages` (all pages of the file read so far) atomically. */
export async function cacheOcrPages(dataDir: string, sha256: string, pages: readonly OcrPage[]): Promise<void> {
  const file = entryPath(dataDir, sha256);
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}-${randomUUID()}.tmp`;
  const sorted = [...pages].sort((a, b) => a.page - b.page);
  await writeFile(tmp, JSON.stringify({ version: OCR_VERSION, pages: sorted } satisfies OcrCacheEntry));
  await rename(tmp, file);
}
