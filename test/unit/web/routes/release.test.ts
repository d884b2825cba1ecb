/** The release page shows names from files and documents so that bidi controls cannot reorder the page. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { loadConfig } from '../../../../src/config.js';
import { createLogger } from '../../../../src/log.js';
import { createApp } from '../../../../src/web/app.js';
import { fakeRelease, fakeSearch } from '../../../helpers/fake-search.js';
import { tempDir } from '../../../helpers/temp-dir.js';

/** Shown as "Bescheidexe.pdf" with the right-to-left override: the classic disguised file name. */
const RLO_NAME = 'Bescheid\u202Efdp.exe';
const RELEASE = fakeRelease('smwk-2026-06-02-agenda', {
  ministryPrinted: 'Staatsministerium\u202E für Kultur',
  sources: [{ type: 'pdf', filename: RLO_NAME, sha256: 'ab'.repeat(32), bytes: 8, pages: 1 }],
});
const SIMILAR = fakeRelease('smwk-2026-05-01-anderes', { ministry: 'Ministerium\u2067 X' });

describe('release page: bidi controls in names', { timeout: 30_000 }, () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  before(async () => {
    dir = await tempDir();
  });
  after(() => dir.remove());

  test('a file name loses its bidi controls; file and sender names are isolated with <bdi>', async () => {
    const app = createApp({
      config: loadConfig({ DATA_DIR: dir.path }),
      search: fakeSearch({ releases: [RELEASE], hits: [SIMILAR] }),
      log: createLogger('silent', 'test'),
    });
    const res = await request(app).get(`/mitteilung/${RELEASE.id}`);
    assert.equal(res.status, 200);
    assert.ok(!res.text.includes('\u202E' + 'fdp'), 'the override is gone from the file name');
    assert.match(res.text, /<dd><bdi>Bescheidfdp\.exe<\/bdi><\/dd>/);
    assert.match(res.text, /<span class="visually-hidden">: <bdi>Bescheidfdp\.exe<\/bdi><\/span>/);
    assert.match(
      res.text,
      /<a href="[^"]*"><bdi>Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus<\/bdi><\/a>/,
    );
    // Names from documents stay as printed, each inside its own isolate: the override ends with it.
    assert.match(res.text, /\(damals: <bdi>Staatsministerium\u202E für Kultur<\/bdi>\)/);
    assert.match(res.text, /· <bdi>Ministerium\u2067 X<\/bdi><\/span>/);
    assert.match(
      res.text,
      /<a href="\/mitteilung\/smwk-2026-05-01-anderes"><bdi>Titel smwk-2026-05-01-anderes<\/bdi><\/a>/,
    );
  });
});
