import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../../../src/config.js';
import { adminEnvironment } from '../../../src/admin/admin-process.js';
import { webEnvironment } from '../../../src/web-process.js';

test('ADMIN_PORT defaults to PORT + 1, a free port with PORT 0, and 0 turns the admin process off', () => {
  assert.deepEqual(loadConfig({}).admin, { port: 3001, host: '127.0.0.1', trustProxy: false });
  assert.equal(loadConfig({ PORT: '8080' }).admin.port, 8081);
  assert.equal(loadConfig({ PORT: '0' }).admin.port, 0);
  assert.equal(loadConfig({ ADMIN_PORT: '0' }).admin.port, undefined);
  assert.equal(loadConfig({ ADMIN_PORT: '4000' }).admin.port, 4000);
  const admin = loadConfig({ ADMIN_HOST: '10.0.0.2', ADMIN_TRUST_PROXY: '1' }).admin;
  assert.equal(admin.host, '10.0.0.2');
  assert.equal(admin.trustProxy, 1);
});

test('wrong admin settings name their variable', () => {
  assert.throws(() => loadConfig({ ADMIN_PORT: 'x' }), /^ConfigError: ADMIN_PORT must be a whole number/);
  assert.throws(() => loadConfig({ PORT: '4000', ADMIN_PORT: '4000' }), /ADMIN_PORT must differ from PORT/);
  assert.throws(() => loadConfig({ PORT: '65535' }), /ADMIN_PORT must be set when PORT is 65535/);
  assert.throws(() => loadConfig({ ADMIN_HOST: 'a b' }), /ADMIN_HOST must be an address/);
  assert.throws(() => loadConfig({ ADMIN_TRUST_PROXY: '§' }), /ADMIN_TRUST_PROXY must be a hop count/);
});

test('the web server never sees the admin key; the admin process sees neither the master nor the search key', () => {
  const base = { MEILI_MASTER_KEY: 'master', MEILI_ADMIN_KEY: 'given-admin', MEILI_SEARCH_KEY: 'given-search' };
  const web = webEnvironment(base, 'http://127.0.0.1:7700', 'search', 'json');
  assert.equal(web.MEILI_ADMIN_KEY, undefined);
  assert.equal(web.MEILI_MASTER_KEY, undefined);
  const admin = adminEnvironment(base, 'http://127.0.0.1:7700', 'admin', 'json');
  assert.equal(admin.MEILI_ADMIN_KEY, 'admin');
  assert.equal(admin.MEILI_MASTER_KEY, undefined);
  assert.equal(admin.MEILI_SEARCH_KEY, undefined);
  assert.equal(admin.MEILI_HOST, 'http://127.0.0.1:7700');
});
