/** Security and caching headers, no directory listing, and rate limits per client behind a proxy. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { startSite, type Site } from '../helpers/site-harness.js';

describe('headers and limits', { timeout: 120_000 }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site.stop();
  });

  test('every page: CSP without inline script, nosniff, referrer policy, no framing', async () => {
    const app = site.app();
    for (const url of ['/', '/suche?q=Gentherapie', '/barrierefreiheit', '/gibt-es-nicht', '/api/suche?q=x']) {
      const res = await request(app).get(url);
      const csp = String(res.headers['content-security-policy']);
      assert.match(csp, /script-src 'self'/, url);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, url);
      assert.match(csp, /frame-ancestors 'none'/, url);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
      assert.equal(res.headers['x-frame-options'], 'DENY', url);
      assert.ok(res.headers['referrer-policy'], url);
      assert.equal(res.headers['x-powered-by'], undefined, url);
    }
  });

  test('responses are compressed; static assets are cached; no directory listing', async () => {
    const app = site.app();
    const page = await request(app).get('/suche').set('Accept-Encoding', 'gzip');
    assert.equal(page.headers['content-encoding'], 'gzip');
    const css = await request(app).get('/static/site.css');
    assert.equal(css.status, 200);
    assert.match(String(css.headers['cache-control']), /max-age=\d{4,}/);
    for (const url of ['/static/', '/static', '/static/../package.json', '/static/%2e%2e/package.json']) {
      const res = await request(app).get(url);
      assert.equal(res.status, 404, url);
      assert.doesNotMatch(res.text, /"name": "pressearchiv"|Index of/);
    }
  });

  test('behind a proxy (TRUST_PROXY) the feedback rate limit counts each client address', async () => {
    const app = site.app({ TRUST_PROXY: '1' });
    const post = (ip: string) =>
      request(app).post('/barriere-melden').set('X-Forwarded-For', ip).type('form').send({ message: 'Kontrast' });
    for (let i = 0; i < 5; i++) assert.equal((await post('203.0.113.1')).status, 303);
    assert.equal((await post('203.0.113.1')).status, 429, 'the sixth report of one client is refused');
    assert.equal((await post('203.0.113.2')).status, 303, 'another client is not affected');
  });

  test('posts the form refuses do not use up the limit; a refused report is shown again with its text', async () => {
    const app = site.app({ TRUST_PROXY: '1' });
    const post = (form: Record<string, string>) =>
      request(app).post('/barriere-melden').set('X-Forwarded-For', '203.0.113.9').type('form').send(form);
    for (let i = 0; i < 5; i++) assert.equal((await post({ message: '' })).status, 400, `empty report ${i + 1}`);
    for (let i = 0; i < 5; i++) assert.equal((await post({ message: `Kontrast ${i}` })).status, 303, `report ${i + 1}`);
    const refused = await post({ message: 'Die Tabelle ist nicht bedienbar.', email: 'leser@example.org' });
    assert.equal(refused.status, 429);
    assert.match(refused.text, /<title>Fehler: Zu viele Meldungen – Barriere melden/);
    assert.match(refused.text, /Bitte senden Sie ihn in (einer Minute|\d+ Minuten) noch einmal\./);
    assert.match(refused.text, />Die Tabelle ist nicht bedienbar\.<\/textarea>/, 'the text typed is kept');
    assert.match(refused.text, /value="leser@example\.org"/);
  });
});
