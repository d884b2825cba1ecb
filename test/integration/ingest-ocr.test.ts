/**
 * OCR of scans through `npm run ingest` and a real Meilisearch, with one shared first ingest (four
 * pages read by Tesseract, ~20 s): an image-only PDF at 300 dpi, a mixed PDF (page 1 text, page 2
 * a scan) and a two-page TIFF become releases with the right title, date and sender, found by words
 * of their scanned text; the release page says the text was read by OCR. A second ingest and a
 * rebuild after an extractor version change read no page again (counted in the report, not timed);
 * OCR=0 fails a scan with its reason; a file over OCR_TIMEOUT_S is reported as failed.
 */
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Release } from '../../src/archive/release.js';
import { ensureSearchKey } from '../../src/archive/search-key.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createApp } from '../../src/web/app.js';
import { createSearchService } from '../../src/web/search-service.js';
import { runIngestCli, type CliRun } from '../helpers/ingest-cli.js';
import { fixturePath } from '../helpers/fixture-files.js';
import { startTestMeili, type TestMeili } from '../helpers/test-meili.js';
import { tempDir } from '../helpers/temp-dir.js';
import { mixedPdf, scannedPdfs, scannedTiff, type ScanFixture } from '../support/scans/scan-fixtures.js';

const INDEX = 'scans';

interface Report {
  files: Array<{ file: string; status: string; id?: string; reason?: string; warnings?: string[] }>;
  ocrPagesRead?: number;
}

const report = (run: CliRun): Report => {
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  return JSON.parse(run.stdout) as Report;
};

/** A word printed only on the scanned pages of each fixture. */
const SCANNED_WORD: Record<string, string> = {
  'scan-300dpi.pdf': 'Praxisanleiterinnen',
  'mixed.pdf': 'Betriebskosten',
  'fax.tif': 'SaxoCell',
};

describe('scans read by OCR, through npm run ingest', { timeout: 600_000 }, () => {
  let meili: TestMeili;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let env: Record<string, string>;
  let fixtures: ScanFixture[];
  let first: Report;
  const ingest = (args: string[], extra: Record<string, string> = {}): Promise<CliRun> =>
    runIngestCli(['--json', ...args], { ...env, ...extra }, dir.path);

  before(async () => {
    meili = await startTestMeili();
    dir = await tempDir();
    await mkdir(path.join(dir.path, 'scans'));
    env = {
      MEILI_HOST: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      MEILI_INDEX: INDEX,
      DATA_DIR: path.join(dir.path, 'data'),
      OCR_CONCURRENCY: '1',
    };
    fixtures = [(await scannedPdfs())[0]!, await mixedPdf(), await scannedTiff()];
    for (const f of fixtures) await writeFile(path.join(dir.path, 'scans', f.name), f.bytes);
    const run = await ingest(['scans']);
    assert.equal(run.code, 0, run.stderr + run.stdout);
    first = report(run);
  });
  after(async () => {
    await meili?.stop();
    await dir?.remove();
  });

  test('each scan is a release with its title, date and sender, found by a word of its scanned text', async () => {
    assert.equal(first.ocrPagesRead, 4, 'one page, one page of the mixed PDF, two TIFF pages');
    for (const fixture of fixtures) {
      const line = first.files.find((f) => f.file.endsWith(fixture.name));
      assert.equal(line?.status, 'new', JSON.stringify(line));
      assert.deepEqual(line.warnings ?? [], [], fixture.name);
      const record = await meili.admin.index(INDEX).getDocument<Release>(line.id!);
      assert.equal(record.title, fixture.release.title, fixture.name);
      assert.equal(record.date, fixture.release.date, fixture.name);
      assert.equal(record.ministryShort, fixture.release.senderShort, fixture.name);
      assert.deepEqual(
        record.sources[0]?.ocr?.pages.map((p) => p.page),
        fixture.scannedPages,
        `${fixture.name}: the pages read by OCR are noted`,
      );
      assert.ok((record.sources[0]?.ocr?.confidence ?? 0) >= 80, JSON.stringify(record.sources[0]?.ocr));
      const { hits } = await meili.admin.index(INDEX).search(SCANNED_WORD[fixture.name]!);
      assert.equal(hits[0]?.id, line.id, `${SCANNED_WORD[fixture.name]} finds ${fixture.name} first`);
    }
    const tiff = await meili.admin
      .index(INDEX)
      .getDocument<Release>(first.files.find((f) => f.file.endsWith('.tif'))!.id!);
    assert.equal(tiff.sources[0]?.type, 'tiff');
    assert.equal(tiff.sources[0]?.pages, 2, 'a two-page TIFF is one release');
  });

  test('the release page says the text was read by OCR, and which pages', async () => {
    const app = createApp({
      config: loadConfig({ DATA_DIR: env.DATA_DIR!, MEILI_INDEX: INDEX }),
      search: createSearchService({ host: meili.url, apiKey: await ensureSearchKey(meili.admin, INDEX), index: INDEX }),
      log: createLogger('silent', 'test'),
    });
    const mixed = first.files.find((f) => f.file.endsWith('mixed.pdf'))!;
    const res = await request(app).get(`/mitteilung/${mixed.id}`);
    assert.equal(res.status, 200);
    assert.ok(res.text.includes('Text durch Texterkennung gewonnen – kann Fehler enthalten'));
    assert.match(res.text, /<dt>Texterkennung<\/dt><dd>Seite 2, mittlere Erkennungssicherheit \d+ %<\/dd>/);
  });

  test('a second ingest and a rebuild after an extractor version change read no page by OCR', async () => {
    const again = report(await ingest(['scans']));
    assert.deepEqual(
      again.files.map((f) => f.status),
      ['unchanged', 'unchanged', 'unchanged'],
    );
    assert.equal(again.ocrPagesRead, undefined);

    // What a new EXTRACTOR_VERSION does: every cached extraction is from another version.
    const cache = path.join(env.DATA_DIR!, 'cache', 'extraction');
    for (const sub of await readdir(cache)) {
      for (const name of await readdir(path.join(cache, sub))) {
        const file = path.join(cache, sub, name);
        const entry = JSON.parse(await readFile(file, 'utf8')) as { version: string };
        await writeFile(file, JSON.stringify({ ...entry, version: 'an older extractor' }));
      }
    }
    const rebuild = await ingest(['--rebuild']);
    assert.equal(rebuild.code, 0, rebuild.stderr);
    const rebuilt = report(rebuild);
    assert.equal(rebuilt.ocrPagesRead, undefined, 'the pages came from the OCR cache');
    const { hits } = await meili.admin.index(INDEX).search('Betriebskosten');
    assert.equal(hits.length, 1, 'the rebuilt index has the scanned text');
  });

  test('OCR=0: a scan fails with its reason; a file over OCR_TIMEOUT_S is reported as failed', async () => {
    await mkdir(path.join(dir.path, 'more'));
    await writeFile(path.join(dir.path, 'more', 'scan.pdf'), await readFile(fixturePath('bad/scanned-image-only.pdf')));
    const off = report(await ingest(['more/scan.pdf'], { OCR: '0' }));
    assert.equal(off.files[0]?.status, 'failed');
    assert.equal(off.files[0]?.reason, 'scanned PDF without text layer (page 1), and OCR is turned off (OCR=0)');

    // Twenty uncompressed pages (the TIFF's two, ten times; ~75 MB), new to both caches: 2–4 s a page here, so far more
    // than the smallest limit on any machine (two pages alone were read within 5 s on an idle one).
    const slowTiff = await scannedTiff({ repeat: 10 });
    await writeFile(path.join(dir.path, 'more', 'langsam.tif'), slowTiff.bytes);
    const slow = report(await ingest(['more/langsam.tif'], { OCR_TIMEOUT_S: '5', MAX_FILE_MB: '200' }));
    assert.equal(slow.files[0]?.status, 'failed');
    assert.equal(slow.files[0]?.reason, 'OCR of page 1–20 took longer than 5 s (OCR_TIMEOUT_S)');
  });
});
