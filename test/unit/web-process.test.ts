import assert from 'node:assert/strict';
import { test } from 'node:test';
import { webEnvironment } from '../../src/web-process.js';
import { shouldLoadSamples } from '../../src/sample-loading.js';
import { loadConfig } from '../../src/config.js';

test('the web process environment never carries the master key', () => {
  const env = webEnvironment(
    { MEILI_MASTER_KEY: 'secret', PORT: '3000' },
    'http://127.0.0.1:7700',
    'search-only',
    'json',
  );
  assert.equal(env.MEILI_MASTER_KEY, undefined);
  assert.equal(env.MEILI_SEARCH_KEY, 'search-only');
  assert.equal(env.MEILI_HOST, 'http://127.0.0.1:7700');
  assert.equal(env.PORT, '3000');
});

test("the web process writes its log lines in npm start's form, whatever its own stderr is", () => {
  const base = { LOG_FORMAT: 'json' };
  assert.equal(webEnvironment(base, 'http://127.0.0.1:7700', 'key', 'pretty').LOG_FORMAT, 'pretty');
  assert.equal(webEnvironment({}, 'http://127.0.0.1:7700', 'key', 'json').LOG_FORMAT, 'json');
});

test('samples go only into an empty bundled index unless LOAD_SAMPLES says otherwise', () => {
  const plain = loadConfig({});
  assert.equal(shouldLoadSamples(plain, 'owned', 0), true);
  assert.equal(shouldLoadSamples(plain, 'owned', 3), false);
  assert.equal(shouldLoadSamples(plain, 'external', 0), false, 'never into an external archive unasked');
  assert.equal(shouldLoadSamples(loadConfig({ LOAD_SAMPLES: '1' }), 'external', 10), true);
  assert.equal(shouldLoadSamples(loadConfig({ LOAD_SAMPLES: '0' }), 'owned', 0), false);
});
