/**
 * Meilisearch goes away and comes back: German 503 pages (and JSON for the API), /health 503, and
 * recovery on the next request — the same app, no restart, even over stale keep-alive connections.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import { findMeiliBinary } from '../../src/archive/meili-binary.js';
import { startMeili, type MeiliProcess } from '../../src/archive/meili-process.js';
import { SEARCH_CACHE_CHECK_MS } from '../../src/web/app.js';
import { startSite, type Site } from '../helpers/site-harness.js';
import { SMWK_ID } from '../helpers/site-releases.js';

describe('Meilisearch down and back (real Meilisearch)', { timeout: 60_000 }, () => {
  let site: Site;
  let app: Express;
  let restarted: MeiliProcess | undefined;
  before(async () => {
    site = await startSite();
    app = site.app();
  });
  after(async () => {
    await restarted?.stop();
    await site?.stop();
  });

  test('503 while down, working again once Meilisearch is back', async () => {
    // Warm up: keep-alive connections to Meilisearch now exist and the caches are filled.
    assert.equal((await request(app).get('/suche?q=Gentherapie')).status, 200);
    assert.equal((await request(app).get('/')).status, 200);
    assert.equal((await request(app).get('/health')).status, 200);

    await site.meili.process.stop();
    // Answers kept by the search cache may be served until it next reads the index version.
    await new Promise((resolve) => setTimeout(resolve, SEARCH_CACHE_CHECK_MS));

    const page = await request(app).get('/suche?q=Gentherapie');
    assert.equal(page.status, 503);
    assert.match(page.text, /<html lang="de">/);
    assert.match(page.text, /Die Suche ist gerade nicht erreichbar/);
    assert.equal(page.headers['retry-after'], '30');
    assert.doesNotMatch(page.text, /\bat \S+ \(|ECONNREFUSED/, 'no stack trace or internals');
    const health = await request(app).get('/health');
    assert.equal(health.status, 503);
    assert.deepEqual(health.body, { status: 'unavailable' });
    const json = await request(app).get('/api/suche?q=Gentherapie');
    assert.equal(json.status, 503);
    assert.match(json.body.error, /nicht erreichbar/);
    assert.equal((await request(app).get(`/mitteilung/${SMWK_ID}`)).status, 503);
    assert.equal((await request(app).get('/suche?von=gestern')).status, 400, 'input errors are still reported');

    const binary = await findMeiliBinary(process.env.MEILI_BIN, site.meili.dataDir);
    restarted = await startMeili({
      binPath: binary.path,
      dataDir: site.meili.dataDir,
      masterKey: site.meili.masterKey,
      port: site.meili.process.port,
    });

    assert.equal((await request(app).get('/health')).status, 200);
    const again = await request(app).get('/suche?q=Gentherapie');
    assert.equal(again.status, 200);
    assert.match(again.text, new RegExp(`/mitteilung/${SMWK_ID}`));
    assert.equal((await request(app).get(`/mitteilung/${SMWK_ID}`)).status, 200);
    assert.equal((await request(app).get('/api/suche?q=Zelltherapie')).body.total, 1);
  });
});
