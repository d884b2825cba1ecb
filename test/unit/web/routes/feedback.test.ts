/** POST /barriere-melden: posts from other sites are refused before anything is stored or counted. */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import request from 'supertest';
import { loadConfig } from '../../../../src/config.js';
import { readFeedback } from '../../../../src/feedback/feedback-store.js';
import { createLogger } from '../../../../src/log.js';
import { createApp } from '../../../../src/web/app.js';
import { fakeSearch } from '../../../helpers/fake-search.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const FORM = { name: 'Erika', email: '', page: '/suche', message: 'Kontrast zu schwach' };

describe('feedback form: origin check', { timeout: 30_000 }, () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const app = (env: Record<string, string> = {}) =>
    createApp({
      config: loadConfig({ DATA_DIR: dir.path, ...env }),
      search: fakeSearch(),
      log: createLogger('silent', 'test'),
    });
  const stored = async () => (await readFeedback(dir.path)).length;

  before(async () => {
    dir = await tempDir();
  });
  beforeEach(async () => {
    await dir.remove();
    dir = await tempDir();
  });
  after(() => dir.remove());

  test('another site in Origin, Referer or Sec-Fetch-Site: German 403 page, nothing stored', async () => {
    const site = app();
    for (const headers of [
      { Origin: 'https://angreifer.example' },
      { Origin: 'null' },
      { Origin: 'http://127.0.0.1.example' },
      { Origin: 'https://angreifer.example', Referer: 'http://127.0.0.1/barriere-melden' },
      { Referer: 'https://angreifer.example/seite' },
      { 'Sec-Fetch-Site': 'cross-site' },
    ]) {
      const res = await request(site)
        .post('/barriere-melden')
        .set('Host', '127.0.0.1')
        .set(headers)
        .type('form')
        .send(FORM);
      assert.equal(res.status, 403, JSON.stringify(headers));
      assert.match(res.text, /<html lang="de">/);
      assert.match(res.text, /<h1>Ihre Meldung wurde nicht angenommen<\/h1>/);
      assert.match(res.text, /Bitte öffnen Sie „Barriere melden“ auf dieser Website/);
    }
    assert.equal(await stored(), 0);
  });

  test('refused posts do not use up the rate limit of five reports', async () => {
    const site = app();
    for (let i = 0; i < 6; i += 1) {
      await request(site).post('/barriere-melden').set('Origin', 'https://angreifer.example').type('form').send(FORM);
    }
    const res = await request(site).post('/barriere-melden').type('form').send(FORM);
    assert.equal(res.status, 303);
  });

  test('this site in Origin or Referer, or neither header: stored', async () => {
    for (const headers of [
      { Host: 'archiv.example', Origin: 'https://archiv.example' },
      { Host: 'ARCHIV.example:443', Origin: 'https://archiv.example' },
      { Host: 'localhost:3000', Origin: 'http://localhost:3000' },
      { Host: 'archiv.example', Referer: 'https://archiv.example/barriere-melden?seite=%2Fsuche' },
      { Host: 'archiv.example', 'Sec-Fetch-Site': 'same-origin', Origin: 'https://archiv.example' },
      { Host: 'archiv.example' },
    ]) {
      // A new app for each: one address may send five reports in ten minutes.
      const res = await request(app()).post('/barriere-melden').set(headers).type('form').send(FORM);
      assert.equal(res.status, 303, JSON.stringify(headers));
      assert.match(res.headers.location ?? '', /\/barriere-melden\/gesendet\?nummer=/);
    }
    assert.equal(await stored(), 6);
  });

  test('under BASE_PATH and behind a trusted proxy the forwarded host counts', async () => {
    const proxied = app({ BASE_PATH: '/archiv', TRUST_PROXY: 'loopback' });
    const own = await request(proxied)
      .post('/archiv/barriere-melden')
      .set({ Host: '127.0.0.1:3000', 'X-Forwarded-Host': 'www.land.example', Origin: 'https://www.land.example' })
      .type('form')
      .send(FORM);
    assert.equal(own.status, 303);
    assert.match(own.headers.location ?? '', /^\/archiv\/barriere-melden\/gesendet\?nummer=[A-Z2-9-]{9}$/);
    const foreign = await request(proxied)
      .post('/archiv/barriere-melden')
      .set({ Host: '127.0.0.1:3000', 'X-Forwarded-Host': 'www.land.example', Origin: 'http://127.0.0.1:3000' })
      .type('form')
      .send(FORM);
    assert.equal(foreign.status, 403);
    // Without TRUST_PROXY the Host header is the site's host; X-Forwarded-Host is not believed.
    const untrusted = await request(app({ BASE_PATH: '/archiv' }))
      .post('/archiv/barriere-melden')
      .set({ Host: '127.0.0.1:3000', 'X-Forwarded-Host': 'angreifer.example', Origin: 'https://angreifer.example' })
      .type('form')
      .send(FORM);
    assert.equal(untrusted.status, 403);
  });
});
