import assert from 'node:assert/strict';
import { test } from 'node:test';
import express from 'express';
import request from 'supertest';
import { SearchUnavailableError } from '../../../../src/errors/search-unavailable-error.js';
import type { Logger } from '../../../../src/log.js';
import { errorHandler } from '../../../../src/web/middleware/error-handler.js';
import { createViewEngine } from '../../../../src/web/view-engine.js';

/** A logger that keeps what was logged (level, fields, message). */
function recordingLogger(): { log: Logger; lines: Array<{ level: string; fields: Record<string, unknown> }> } {
  const lines: Array<{ level: string; fields: Record<string, unknown> }> = [];
  const at = (level: string) => (fields: Record<string, unknown>) => void lines.push({ level, fields });
  return { log: { warn: at('warn'), error: at('error') } as unknown as Logger, lines };
}

function appThrowing(error: Error, log: Logger): express.Express {
  const app = express();
  app.get('/suche', () => {
    throw error;
  });
  app.use(errorHandler(createViewEngine(), '', log));
  return app;
}

test('a 503 is logged with its error, and the page shows no detail of it', async () => {
  const { log, lines } = recordingLogger();
  const cause = new Error('connect ECONNREFUSED 127.0.0.1:7700');
  const error = new SearchUnavailableError('Meilisearch unreachable', { cause });
  const res = await request(appThrowing(error, log)).get('/suche');
  assert.equal(res.status, 503);
  assert.equal(res.headers['retry-after'], '30');
  assert.doesNotMatch(res.text, /ECONNREFUSED/);
  assert.deepEqual(
    lines.map((l) => [l.level, l.fields.err, l.fields.url]),
    [['warn', error, '/suche']],
  );
});

test('a 500 is logged as an error with its error object', async () => {
  const { log, lines } = recordingLogger();
  const error = new TypeError('x is undefined');
  const res = await request(appThrowing(error, log)).get('/suche');
  assert.equal(res.status, 500);
  assert.doesNotMatch(res.text, /x is undefined/);
  assert.deepEqual(
    lines.map((l) => [l.level, l.fields.err]),
    [['error', error]],
  );
});
