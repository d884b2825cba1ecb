import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../../../src/config.js';

const MB = 1024 * 1024;

test('upload limits: UPLOAD_MAX_MB defaults to MAX_FILE_MB; files and total have defaults; bad values stop', () => {
  assert.deepEqual(loadConfig({}).upload, { maxFileBytes: 50 * MB, maxFiles: 200, maxTotalBytes: 1024 * MB });
  assert.equal(loadConfig({ MAX_FILE_MB: '7' }).upload.maxFileBytes, 7 * MB);
  assert.deepEqual(loadConfig({ UPLOAD_MAX_MB: '2', UPLOAD_MAX_FILES: '10', UPLOAD_MAX_TOTAL_MB: '20' }).upload, {
    maxFileBytes: 2 * MB,
    maxFiles: 10,
    maxTotalBytes: 20 * MB,
  });
  assert.throws(() => loadConfig({ UPLOAD_MAX_MB: '0' }), /UPLOAD_MAX_MB/);
  assert.throws(() => loadConfig({ UPLOAD_MAX_FILES: 'viele' }), /UPLOAD_MAX_FILES/);
});

test('the watched folder is off by default; INGEST_WATCH_DIR is resolved, its interval read', () => {
  assert.equal(loadConfig({}).watch, undefined);
  assert.deepEqual(loadConfig({ INGEST_WATCH_DIR: 'eingang' }, '/srv/archiv').watch, {
    dir: '/srv/archiv/eingang',
    intervalMs: 30_000,
  });
  assert.equal(loadConfig({ INGEST_WATCH_DIR: '/x', INGEST_WATCH_INTERVAL_S: '2' }).watch?.intervalMs, 2000);
  assert.throws(() => loadConfig({ INGEST_WATCH_DIR: '/x', INGEST_WATCH_INTERVAL_S: '0' }), /INGEST_WATCH_INTERVAL_S/);
});
