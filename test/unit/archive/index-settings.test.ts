import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadIndexConfig, parseIndexConfig, settingsDiff } from '../../../src/archive/index-settings.js';
import { SearchConfigError } from '../../../src/errors/search-config-error.js';

test('the shipped settings load and keep sort first for strictly chronological "neueste"', () => {
  const config = loadIndexConfig();
  assert.equal(config.primaryKey, 'id');
  assert.equal(config.settings.rankingRules?.[0], 'sort');
  assert.ok((config.settings.pagination?.maxTotalHits ?? 0) >= 100_000);
});

test('invalid settings are SearchConfigErrors that name the file and the key', () => {
  const invalid = (json: unknown, pattern: RegExp): void =>
    assert.throws(
      () => parseIndexConfig(json, 'x.json'),
      (error: unknown) => error instanceof SearchConfigError && pattern.test(error.message),
    );
  invalid({ primaryKey: 'id', settings: { sortable: [] } }, /^x\.json: settings\.sortable: is not a known field$/);
  invalid(
    { primaryKey: 'id', settings: { filterableAttributes: 'year' } },
    /^x\.json: settings\.filterableAttributes: must be an array$/,
  );
  invalid(
    { primaryKey: 'id', settings: { rankingRules: ['sort', 3] } },
    /^x\.json: settings\.rankingRules\[1\]: must be a non-empty string$/,
  );
  invalid({ settings: {} }, /^x\.json: primaryKey: must be a non-empty string$/);
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
