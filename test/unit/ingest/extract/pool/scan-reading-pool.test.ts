/** OCR around the extraction pool: cache by file hash, OCR calls counted, OCR=0, low confidence (fake pools). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractionResult } from '../../../../../ingest/extract/extract-release.js';
import { OcrNeededError } from '../../../../../ingest/extract/ocr/ocr-needed-error.js';
import type { OcrPage, OcrRequest, OcrSupply } from '../../../../../ingest/extract/ocr/ocr-page.js';
import type { ExtractPool } from '../../../../../ingest/extract/pool/extract-pool.js';
import type { OcrPool } from '../../../../../ingest/extract/pool/ocr-pool.js';
import { withScanReading } from '../../../../../ingest/extract/pool/scan-reading-pool.js';
import { tempDir } from '../../../../helpers/temp-dir.js';

async function withTempDir(use: (dir: string) => Promise<void>): Promise<void> {
  const dir = await tempDir();
  try {
    await use(dir.path);
  } finally {
    await dir.remove();
  }
}

const page = (n: number, confidence = 93): OcrPage => ({ page: n, width: 595, height: 842, confidence, lines: [] });

/** An extractor that needs OCR of pages 1 and 2 and reports what it was given. */
function fakeExtractor(calls: Array<OcrSupply | undefined>): ExtractPool {
  return {
    async extract(_bytes, _filename, ocr) {
      calls.push(ocr);
      if (ocr && ocr.pages.length < 2) throw new OcrNeededError({ source: 'pdf', pages: [1, 2] });
      const pages = (ocr?.pages ?? []).map((p) => ({ page: p.page, confidence: p.confidence }));
      return {
        type: 'pdf',
        warnings: [],
        ...(ocr ? { ocr: { pages, confidence: 90 } } : {}),
      } as unknown as ExtractionResult;
    },
    close: async () => undefined,
  };
}

function fakeOcr(requests: OcrRequest[], confidence = 93): () => Promise<OcrPool> {
  return async () => ({
    async read(_bytes, request) {
      requests.push(request);
      return request.pages.map((n) => page(n, confidence));
    },
    close: async () => undefined,
  });
}

const settings = { enabled: true, concurrency: 1, timeoutMs: 60_000, minConfidence: 70 };

test('a scan is read by OCR once: the second time its pages come from the OCR cache', async () => {
  await withTempDir(async (dataDir) => {
    const requests: OcrRequest[] = [];
    const calls: Array<OcrSupply | undefined> = [];
    const open = fakeOcr(requests);
    const first = withScanReading(fakeExtractor(calls), { ocr: settings, dataDir, cache: true, openOcr: open });
    const result = await first.extract(Buffer.from('scan A'), 'a.pdf');
    assert.deepEqual(result.ocr?.pages, [
      { page: 1, confidence: 93 },
      { page: 2, confidence: 93 },
    ]);
    assert.deepEqual(requests, [{ source: 'pdf', pages: [1, 2] }]);
    assert.equal(first.ocrPagesRead, 2);
    await first.close();

    // A new run (a rebuild after a new extractor version: the extraction is done again) reads no page.
    const second = withScanReading(fakeExtractor(calls), { ocr: settings, dataDir, cache: true, openOcr: open });
    await second.extract(Buffer.from('scan A'), 'a.pdf');
    assert.equal(requests.length, 1, 'no OCR call');
    assert.equal(second.ocrPagesRead, 0);
    // Other bytes are read again.
    await second.extract(Buffer.from('scan B'), 'b.pdf');
    assert.equal(requests.length, 2);
    assert.equal(second.ocrPagesRead, 2);
  });
});

test('a dry run caches nothing; OCR=0 hands no OCR to the extractor', async () => {
  await withTempDir(async (dataDir) => {
    const requests: OcrRequest[] = [];
    const calls: Array<OcrSupply | undefined> = [];
    const dry = withScanReading(fakeExtractor(calls), {
      ocr: settings,
      dataDir,
      cache: false,
      openOcr: fakeOcr(requests),
    });
    await dry.extract(Buffer.from('scan A'), 'a.pdf');
    await dry.extract(Buffer.from('scan A'), 'a.pdf');
    assert.equal(requests.length, 2);

    calls.length = 0;
    const off = withScanReading(fakeExtractor(calls), {
      ocr: { ...settings, enabled: false },
      dataDir,
      cache: true,
      openOcr: fakeOcr(requests),
    });
    const result = await off.extract(Buffer.from('scan A'), 'a.pdf');
    assert.deepEqual(calls, [undefined]);
    assert.equal(result.ocr, undefined);
    assert.equal(requests.length, 2);
  });
});

test('pages read with a confidence below OCR_MIN_CONFIDENCE give a warning', async () => {
  await withTempDir(async (dataDir) => {
    const pool = withScanReading(fakeExtractor([]), { ocr: settings, dataDir, cache: true, openOcr: fakeOcr([], 55) });
    const result = await pool.extract(Buffer.from('faint scan'), 'faint.pdf');
    assert.deepEqual(result.warnings, [
      'page 1–2 read by OCR with a confidence of 55 %, 55 %, below OCR_MIN_CONFIDENCE (70 %): check the text against the original',
    ]);
    const fine = withScanReading(fakeExtractor([]), { ocr: settings, dataDir, cache: true, openOcr: fakeOcr([], 93) });
    assert.deepEqual((await fine.extract(Buffer.from('clear scan'), 'clear.pdf')).warnings, []);
  });
});
