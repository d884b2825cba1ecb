/**
 * A stalled Meilisearch (the process paused with SIGSTOP: connections are accepted, nothing is
 * answered) makes pages a German 503 by their deadline (SEARCH_TIMEOUT_MS), not after the 10–20 s of
 * several client timeouts in a row; once the process runs again, the same app answers again.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import { startSite, type Site } from '../helpers/site-harness.js';
import { SMWK_ID } from '../helpers/site-releases.js';

describe('Meilisearch stalled (real Meilisearch, paused)', { timeout: 60_000 }, () => {
  let site: Site;
  let app: Express;
  before(async () => {
    site = await startSite();
    app = site.app({ SEARCH_TIMEOUT_MS: '1000' });
    // Warm up: keep-alive connections, the ministry names and the cached index version.
    assert.equal((await request(app).get('/suche?q=Gentherapie')).status, 200);
  });
  after(async () => {
    // Also when a failed test left it paused.
    if (site) process.kill(site.meili.process.pid, 'SIGCONT');
    await site?.stop();
  });

  // The test's own timeout is below the 10 s a page took before (two 5 s client timeouts in a row).
  test('pages are a 503 within SEARCH_TIMEOUT_MS while Meilisearch is paused', { timeout: 8000 }, async () => {
    process.kill(site.meili.process.pid, 'SIGSTOP');
    try {
      const page = await request(app).get('/suche?q=Zelltherapie');
      assert.equal(page.status, 503);
      assert.match(page.text, /<html lang="de">/);
      assert.match(page.text, /Die Suche ist gerade (nicht erreichbar|ausgelastet)/);
      assert.ok(Number(page.headers['retry-after']) > 0);
      const api = await request(app).get('/api/suche?q=Hochschule');
      assert.equal(api.status, 503);
      assert.equal((await request(app).get(`/mitteilung/${SMWK_ID}`)).status, 503);
    } finally {
      process.kill(site.meili.process.pid, 'SIGCONT');
    }
  });

  test('answers again once Meilisearch runs again', { timeout: 15_000 }, async () => {
    const page = await request(app).get('/suche?q=Zelltherapie');
    assert.equal(page.status, 200);
    assert.equal((await request(app).get(`/mitteilung/${SMWK_ID}`)).status, 200);
  });
});
