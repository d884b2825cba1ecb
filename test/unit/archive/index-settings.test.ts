import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadIndexConfig, parseIndexConfig, settingsDiff } from '../../../src/archive/index-settings.js';

test('the shipped settings load and keep sort first for strictly chronological "neueste"', () => {
  const config = loadIndexConfig();
  assert.equal(config.primaryKey, 'id');
  assert.equal(config.settings.rankingRules?.[0], 'sort');
  assert.ok((config.settings.pagination?.maxTotalHits ?? 0) >= 100_000);
});

test('invalid settings name the file and the key', () => {
  assert.throws(() => parseIndexConfig('{', 'x.json'), /x\.json: not valid JSON/);
  assert.throws(
    () => parseIndexConfig('{"primaryKey":"id","settings":{"sortable":[]}}', 'x.json'),
    /x\.json: unknown key "settings\.sortable"/,
  );
  assert.throws(
    () => parseIndexConfig('{"primaryKey":"id","settings":{"filterableAttributes":"year"}}', 'x.json'),
    /"settings\.filterableAttributes" must be a list of strings/,
  );
});

test('settingsDiff ignores order in set-like lists and reports real changes', () => {
  const desired = {
    filterableAttributes: ['a', 'b'],
    rankingRules: ['sort', 'words'],
    pagination: { maxTotalHits: 5000 },
  };
  const same = {
    filterableAttributes: ['b', 'a'],
    rankingRules: ['sort', 'words'],
    pagination: { maxTotalHits: 5000 },
    extra: 1,
  };
  assert.deepEqual(Object.keys(settingsDiff(desired, same)), []);
  const changed = { filterableAttributes: ['a'], rankingRules: ['words', 'sort'], pagination: { maxTotalHits: 1000 } };
  assert.deepEqual(Object.keys(settingsDiff(desired, changed)).sort(), [
    'filterableAttributes',
    'pagination',
    'rankingRules',
  ]);
});
