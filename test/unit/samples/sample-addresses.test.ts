/**
 * The sample pages invent no web addresses on real domains: no canonical link or og:url (the
 * archive would show it as the release's source address), and no link but to the portal's real
 * home page. Fails on the sample files as they were before 2026-12-02 (canonical links to made-up
 * Medienservice pages, navigation on the ministries' domains).
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { extractRelease } from '../../../ingest/extract/extract-release.js';
import { SAMPLES_DIR } from '../../../ingest/samples/load-samples.js';

const REAL_HOME_PAGES = new Set(['https://www.sachsen.de/']);

test('sample HTML pages carry no invented address on a real domain', async () => {
  const pages = (await readdir(SAMPLES_DIR)).filter((name) => name.endsWith('.html'));
  assert.ok(pages.length > 10);
  for (const name of pages) {
    const bytes = await readFile(path.join(SAMPLES_DIR, name));
    const html = bytes.toString('utf8');
    assert.doesNotMatch(html, /rel="canonical"|property="og:url"|saved from url/i, name);
    const absolute = [...html.matchAll(/(?:href|content|src)="(https?:\/\/[^"]*)"/g)].map((m) => m[1]!);
    const invented = absolute.filter(
      (url) => !REAL_HOME_PAGES.has(url) && !/^https?:\/\/([a-z0-9-]+\.)*example\.(org|com|net)\//.test(url),
    );
    assert.deepEqual(invented, [], name);
    assert.equal((await extractRelease(bytes, name)).release.structuredBody !== undefined, true, name);
  }
});
