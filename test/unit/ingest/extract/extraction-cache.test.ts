import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { cacheExtraction, cachedExtraction } from '../../../../ingest/extract/extraction-cache.js';
import { EXTRACTOR_VERSION } from '../../../../ingest/extract/extract-release.js';
import { tempDir } from '../../../helpers/temp-dir.js';
import { extractFixture } from '../../../helpers/fixture-files.js';

const SHA = 'ab'.padEnd(64, '0');
const entryFile = (dataDir: string): string => path.join(dataDir, 'cache', 'extraction', 'ab', `${SHA}.json`);

test('a cached extraction is read back, classified with the current vocabularies', async () => {
  const dir = await tempDir();
  try {
    const result = await extractFixture('good/smwk-2026-06-02-hightech-agenda.html');
    assert.equal(await cachedExtraction(dir.path, SHA), undefined, 'nothing cached yet');
    await cacheExtraction(dir.path, SHA, result);
    assert.deepEqual(await cachedExtraction(dir.path, SHA), result);
  } finally {
    await dir.remove();
  }
});

test('an entry of another extractor version or a damaged one is a miss', async () => {
  const dir = await tempDir();
  try {
    const result = await extractFixture('good/smwk-2026-06-02-hightech-agenda.html');
    await mkdir(path.dirname(entryFile(dir.path)), { recursive: true });
    await writeFile(entryFile(dir.path), JSON.stringify({ version: `${EXTRACTOR_VERSION}-old`, result }));
    assert.equal(await cachedExtraction(dir.path, SHA), undefined);
    await writeFile(entryFile(dir.path), '{"version":');
    assert.equal(await cachedExtraction(dir.path, SHA), undefined);
  } finally {
    await dir.remove();
  }
});

test('an entry that cannot be read is an error, not a miss', async () => {
  const dir = await tempDir();
  try {
    await mkdir(entryFile(dir.path), { recursive: true });
    await assert.rejects(cachedExtraction(dir.path, SHA), { code: 'EISDIR' });
  } finally {
    await dir.remove();
  }
});
