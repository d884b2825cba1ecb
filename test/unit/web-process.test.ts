import assert from 'node:assert/strict';
import { test } from 'node:test';
import { webEnvironment } from '../../src/web-process.js';
import { shouldLoadSamples } from '../../src/sample-loading.js';
import { loadConfig } from '../../src/config.js';

test('the web process environment never carries the master key', () => {
  const env = webEnvironment({ MEILI_MASTER_KEY: 'secret', PORT: '3000' }, 'http://127.0.0.1:7700', 'search-only');
  assert.equal(env.MEILI_MASTER_KEY, undefined);
  assert.equal(env.MEILI_SEARCH_KEY, 'search-only');
  assert.equal(env.MEILI_HOST, 'http://127.0.0.1:7700');
  assert.equal(env.PORT, '3000');
});

test('samples go only into an empty bundled index unless LOAD_SAMPLES says otherwise', () => {
  const plain = loadConfig({});
  assert.equal(shouldLoadSamples(plain, 'owned', 0), true);
  assert.equal(shouldLoadSamples(plain, 'owned', 3), false);
  assert.equal(shouldLoadSamples(plain, 'external', 0), false, 'never into an external archive unasked');
  assert.equal(shouldLoadSamples(loadConfig({ LOAD_SAMPLES: '1' }), 'external', 10), true);
  assert.equal(shouldLoadSamples(loadConfig({ LOAD_SAMPLES: '0' }), 'owned', 0), false);
});
