/** Downloads of originals: caches must ask again before each use, so a withdrawal takes effect at once. */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { originalPath } from '../../../../src/archive/originals.js';
import { loadConfig } from '../../../../src/config.js';
import { createLogger } from '../../../../src/log.js';
import { createApp } from '../../../../src/web/app.js';
import { fakeRelease, fakeSearch, type FakeSearch } from '../../../helpers/fake-search.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const PDF_SHA = 'ab'.repeat(32);
const RELEASE = fakeRelease('smwk-2026-06-02-agenda', {
  sources: [{ type: 'pdf', filename: 'agenda.pdf', sha256: PDF_SHA, bytes: 8, pages: 1 }],
});

describe('originals: caching', { timeout: 30_000 }, () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const app = (search: FakeSearch) =>
    createApp({ config: loadConfig({ DATA_DIR: dir.path }), search, log: createLogger('silent', 'test') });

  before(async () => {
    dir = await tempDir();
    await mkdir(path.dirname(originalPath(dir.path, PDF_SHA)), { recursive: true });
    await writeFile(originalPath(dir.path, PDF_SHA), '%PDF-1.4');
  });
  after(() => dir.remove());

  test('sent with no-cache and the SHA-256 as ETag, never public for a day', async () => {
    const site = app(fakeSearch({ releases: [RELEASE] }));
    for (const url of [`/mitteilung/${RELEASE.id}/original`, `/mitteilung/${RELEASE.id}/original/${PDF_SHA}`]) {
      const res = await request(site).get(url).buffer(true);
      assert.equal(res.status, 200, url);
      assert.equal(res.headers['cache-control'], 'no-cache');
      assert.equal(res.headers.etag, `"${PDF_SHA}"`);
    }
  });

  test('asking again with the ETag costs a 304 without the file; a withdrawn release is 404', async () => {
    const search = fakeSearch({ releases: [RELEASE] });
    const url = `/mitteilung/${RELEASE.id}/original`;
    const again = await request(app(search)).get(url).set('If-None-Match', `"${PDF_SHA}"`);
    assert.equal(again.status, 304);
    assert.ok(!again.text, 'no body');
    const changed = await request(app(search))
      .get(url)
      .set('If-None-Match', `"${'cd'.repeat(32)}"`)
      .buffer(true);
    assert.equal(changed.status, 200);
    assert.equal(Buffer.from(changed.body as Buffer).toString(), '%PDF-1.4');
    // Withdrawn (the index no longer has it): the cache's question is answered 404, not 304.
    const withdrawn = await request(app(fakeSearch({ releases: [] })))
      .get(url)
      .set('If-None-Match', `"${PDF_SHA}"`);
    assert.equal(withdrawn.status, 404);
  });
});
