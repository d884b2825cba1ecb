import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from '../../src/config.js';

test('defaults', () => {
  const config = loadConfig({}, '/srv/archiv');
  assert.equal(config.port, 3000);
  assert.equal(config.host, '127.0.0.1');
  assert.equal(config.dataDir, '/srv/archiv/data');
  assert.equal(config.meiliIndex, 'pressemitteilungen');
  assert.equal(config.meiliHost, undefined);
  assert.equal(config.loadSamples, undefined);
  assert.equal(config.maxFileBytes, 50 * 1024 * 1024);
  assert.equal(config.basePath, '');
  assert.equal(config.searchCacheBytes, 64 * 1024 * 1024);
  assert.equal(config.serverTiming, false);
  assert.equal(config.logFormat, undefined, 'decided by whether stderr is a terminal');
});

test('values are read and normalised', () => {
  const config = loadConfig(
    {
      PORT: '8080',
      DATA_DIR: 'var/pa',
      MEILI_HOST: 'meili.example:7700/',
      LOAD_SAMPLES: '1',
      BASE_PATH: '/archiv/',
      MAX_FILE_MB: '5',
      SEARCH_CACHE_MB: '0',
      SERVER_TIMING: 'ja',
      LOG_FORMAT: ' Pretty ',
    },
    '/srv',
  );
  assert.equal(config.port, 8080);
  assert.equal(config.dataDir, '/srv/var/pa');
  assert.equal(config.meiliHost, 'http://meili.example:7700');
  assert.equal(config.loadSamples, true);
  assert.equal(config.basePath, '/archiv');
  assert.equal(config.maxFileBytes, 5 * 1024 * 1024);
  assert.equal(config.searchCacheBytes, 0);
  assert.equal(config.serverTiming, true);
  assert.equal(config.logFormat, 'pretty');
  assert.equal(loadConfig({ LOG_FORMAT: 'JSON' }).logFormat, 'json');
});

test('wrong values name the variable', () => {
  assert.throws(() => loadConfig({ PORT: '70000' }), /PORT must be a whole number from 0 to 65535/);
  assert.throws(() => loadConfig({ LOAD_SAMPLES: 'vielleicht' }), /LOAD_SAMPLES must be 1 or 0/);
  assert.throws(() => loadConfig({ MEILI_INDEX: 'a b' }), /MEILI_INDEX may only hold/);
  assert.throws(() => loadConfig({ BASE_PATH: 'archiv?x' }), /BASE_PATH must look like/);
  assert.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL must be one of/);
  assert.throws(
    () => loadConfig({ LOG_FORMAT: 'text' }),
    /^ConfigError: LOG_FORMAT must be one of pretty, json, got "text"\.$/,
  );
  assert.throws(() => loadConfig({ MEILI_HOST: 'ftp://x' }), /MEILI_HOST must use http or https/);
  assert.throws(() => loadConfig({ SEARCH_CACHE_MB: '-1' }), /SEARCH_CACHE_MB must be a whole number/);
  assert.throws(() => loadConfig({ SERVER_TIMING: 'an' }), /SERVER_TIMING must be 1 or 0/);
});
