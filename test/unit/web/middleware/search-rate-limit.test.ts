/** SEARCH_RATE_LIMIT: off by default; when set, a client address over it gets a German 429 on /suche and /api/suche. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import request from 'supertest';
import { loadConfig } from '../../../../src/config.js';
import { createLogger } from '../../../../src/log.js';
import { createApp } from '../../../../src/web/app.js';
import { fakeSearch } from '../../../helpers/fake-search.js';

const app = (env: Record<string, string>) =>
  createApp({
    config: loadConfig({ LOG_LEVEL: 'silent', TRUST_PROXY: 'loopback', ...env }),
    search: fakeSearch(),
    log: createLogger('silent', 'test'),
  });

test('off by default: one address may search as often as it likes', async () => {
  const site = app({});
  for (let i = 0; i < 40; i++) {
    const res = await request(site).get(`/suche?q=w${i}`).set('X-Forwarded-For', '192.0.2.1');
    assert.equal(res.status, 200);
  }
});

test('SEARCH_RATE_LIMIT=2: the third search of an address in a minute is a 429, other addresses go on', async () => {
  const site = app({ SEARCH_RATE_LIMIT: '2' });
  const from = (ip: string, url: string) => request(site).get(url).set('X-Forwarded-For', ip);
  assert.equal((await from('192.0.2.1', '/suche?q=a')).status, 200);
  assert.equal((await from('192.0.2.1', '/api/suche?q=b')).status, 200);
  const page = await from('192.0.2.1', '/suche?q=c');
  assert.equal(page.status, 429);
  assert.match(page.text, /<html lang="de">/);
  assert.match(page.text, /Zu viele Suchanfragen/);
  assert.ok(Number(page.headers['retry-after']) > 0);
  const api = await from('192.0.2.1', '/api/suche?q=d');
  assert.equal(api.status, 429);
  assert.match(api.body.error, /Von Ihrer Adresse kamen in kurzer Zeit sehr viele Suchanfragen/);
  assert.equal((await from('192.0.2.1', '/')).status, 200, 'other pages are not limited');
  assert.equal((await from('198.51.100.7', '/suche?q=e')).status, 200);
});
