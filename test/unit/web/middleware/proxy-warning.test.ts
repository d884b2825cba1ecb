/** A request through a proxy while TRUST_PROXY is off is said once in the log; with it on, never. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import request from 'supertest';
import { loadConfig } from '../../../../src/config.js';
import type { Logger } from '../../../../src/log.js';
import { createApp } from '../../../../src/web/app.js';
import { fakeSearch } from '../../../helpers/fake-search.js';

function appLogging(env: Record<string, string>) {
  const warnings: string[] = [];
  const log = { warn: (_fields: unknown, message: string) => void warnings.push(message) } as unknown as Logger;
  const app = createApp({ config: loadConfig({ LOG_LEVEL: 'silent', ...env }), search: fakeSearch(), log });
  return { app, warnings };
}

test('TRUST_PROXY off: the first request with X-Forwarded-For is warned about, once', async () => {
  const { app, warnings } = appLogging({});
  await request(app).get('/suchhilfe');
  assert.deepEqual(warnings, []);
  await request(app).get('/suchhilfe').set('X-Forwarded-For', '192.0.2.1');
  await request(app).get('/suchhilfe').set('X-Forwarded-For', '192.0.2.2');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /TRUST_PROXY is off/);
});

test('TRUST_PROXY set: no warning', async () => {
  const { app, warnings } = appLogging({ TRUST_PROXY: 'loopback' });
  await request(app).get('/suchhilfe').set('X-Forwarded-For', '192.0.2.1');
  assert.deepEqual(warnings, []);
});
