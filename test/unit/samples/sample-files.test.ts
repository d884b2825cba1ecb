import assert from 'node:assert/strict';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readSampleManifest, type ManifestEntry } from '../../../ingest/samples/sample-manifest.js';
import { renderReleaseHtml, renderReleasePdf } from '../../support/samples/render-release.js';
import { SAMPLE_RELEASES } from '../../support/samples/sample-releases.js';

const FILES = fileURLToPath(new URL('../../../ingest/samples/files/', import.meta.url));

async function manifest(): Promise<Record<string, ManifestEntry>> {
  return JSON.parse(await readFile(join(FILES, '.manifest.json'), 'utf8')) as Record<string, ManifestEntry>;
}

describe('generated sample files', () => {
  it('lists every file, and every listed file exists and is a PDF or an HTML page', async () => {
    const listed = await manifest();
    for (const file of Object.keys(listed)) {
      const head = (await readFile(join(FILES, file))).subarray(0, 15).toString('latin1');
      if (file.endsWith('.pdf')) assert.ok(head.startsWith('%PDF-'), file);
      else assert.ok(head.startsWith('<!DOCTYPE html>'), file);
    }
    const onDisk = (await readdir(FILES)).filter((f) => f !== '.manifest.json').sort();
    assert.deepEqual(onDisk, Object.keys(listed).sort());
  });

  it('holds each sample in each of its formats, keyed by the release key', async () => {
    const listed = await manifest();
    for (const r of SAMPLE_RELEASES) {
      for (const format of r.formats) assert.equal(listed[`${r.key}.${format}`]?.key, r.key);
    }
    const expected = SAMPLE_RELEASES.reduce((n, r) => n + r.formats.length, 0);
    assert.equal(Object.keys(listed).length, expected);
  });

  it('marks every sample invented except the one real release, which names its portal', async () => {
    const origins = await readSampleManifest(FILES);
    for (const r of SAMPLE_RELEASES) {
      for (const format of r.formats) {
        const expected = r.publishedIn ? { invented: false, publishedIn: r.publishedIn } : { invented: true };
        assert.deepEqual(origins.get(join(FILES, `${r.key}.${format}`)), expected, r.key);
      }
    }
    assert.deepEqual(
      SAMPLE_RELEASES.filter((r) => r.publishedIn).map((r) => [r.key, r.source !== undefined]),
      [['2026-06-02-smwk-hightech-agenda', true]],
    );
  });

  it('stays small enough to ship (under 1.5 MB)', async () => {
    let total = 0;
    for (const f of await readdir(FILES)) total += (await stat(join(FILES, f))).size;
    assert.ok(total < 1_500_000, `${total} bytes`);
  });

  it('is up to date: rendering the samples again gives the same bytes (run build-samples.ts if not)', async () => {
    for (const r of SAMPLE_RELEASES) {
      for (const format of r.formats) {
        const onDisk = await readFile(join(FILES, `${r.key}.${format}`));
        const fresh = format === 'pdf' ? await renderReleasePdf(r) : Buffer.from(renderReleaseHtml(r));
        assert.ok(onDisk.equals(fresh), `${r.key}.${format} is stale`);
      }
    }
  });
});
