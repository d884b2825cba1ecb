/**
 * The extraction pool with OCR around it, as ingest uses it. A file is extracted; when it has pages
 * only OCR can read (OcrNeededError), their results are taken from the OCR cache or read by the OCR
 * pool (made on first use) and cached, and the file is extracted again with them. Pages read with a
 * low confidence give a warning. `ocrPagesRead` counts the pages OCR really read in this run (the
 * cached ones not), for the report.
 */
import { createHash } from 'node:crypto';
import type { OcrConfig } from '../../../src/config.js';
import type { ExtractionResult } from '../extract-release.js';
import { cacheOcrPages, cachedOcrPages } from '../ocr/ocr-cache.js';
import { OcrNeededError } from '../ocr/ocr-needed-error.js';
import type { OcrPage } from '../ocr/ocr-page.js';
import { pageList } from '../ocr/ocr-text-lines.js';
import type { ExtractPool } from './extract-pool.js';
import { openOcrPool, type OcrPool } from './ocr-pool.js';

export interface ScanReadingPool extends ExtractPool {
  /** Pages read by OCR in this pool's life (not those taken from the OCR cache). */
  readonly ocrPagesRead: number;
}

export interface ScanReadingOptions {
  ocr: OcrConfig;
  dataDir: string;
  /** Write OCR results to the cache (not in a dry run). */
  cache: boolean;
  /** The OCR pool, made on first use (tests hand in their own). */
  openOcr?: () => Promise<OcrPool>;
}

/** A warning for the pages read with a confidence below the threshold, or undefined. */
export function confidenceWarning(result: ExtractionResult, minConfidence: number): string | undefined {
  const low = (result.ocr?.pages ?? []).filter((p) => p.confidence < minConfidence);
  if (low.length === 0) return undefined;
  const values = low.map((p) => `${p.confidence} %`).join(', ');
  return (
    `page ${pageList(low.map((p) => p.page))} read by OCR with a confidence of ${values}, below ` +
    `OCR_MIN_CONFIDENCE (${minConfidence} %): check the text against the original`
  );
}

export function withScanReading(pool: ExtractPool, options: ScanReadingOptions): ScanReadingPool {
  let ocrPool: Promise<OcrPool> | undefined;
  let pagesRead = 0;
  const open = options.openOcr ?? (() => openOcrPool(options.ocr.concurrency, options.ocr.timeoutMs));

  /** The pages asked for: from the cache, the rest read by OCR (and added to the cache). */
  async function ocrPages(bytes: Buffer, needed: OcrNeededError): Promise<OcrPage[]> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const cached = await cachedOcrPages(options.dataDir, sha256);
    const missing = needed.request.pages.filter((n) => !cached.some((p) => p.page === n));
    if (missing.length === 0) return cached;
    ocrPool ??= open();
    const read = await (await ocrPool).read(bytes, { ...needed.request, pages: missing });
    pagesRead += read.length;
    const all = [...cached.filter((p) => !missing.includes(p.page)), ...read];
    if (options.cache) await cacheOcrPages(options.dataDir, sha256, all);
    return all;
  }

  return {
    get ocrPagesRead() {
      return pagesRead;
    },
    async extract(bytes, filename) {
      if (!options.ocr.enabled) return pool.extract(bytes, filename);
      let result: ExtractionResult;
      try {
        result = await pool.extract(bytes, filename, { pages: [] });
      } catch (error) {
        if (!(error instanceof OcrNeededError)) throw error;
        result = await pool.extract(bytes, filename, { pages: await ocrPages(bytes, error) });
      }
      const warning = confidenceWarning(result, options.ocr.minConfidence);
      return warning ? { ...result, warnings: [...result.warnings, warning] } : result;
    },
    async close() {
      const ocr = ocrPool;
      ocrPool = undefined;
      // A pool that failed to open has failed the file that opened it: nothing to close.
      await Promise.all([
        pool.close(),
        ocr?.then(
          (p) => p.close(),
          () => undefined,
        ),
      ]);
    },
  };
}
