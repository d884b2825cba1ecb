/**
 * MEILI_HOST mode: nothing is started, settings are applied idempotently, a search-only key is
 * created, and with MEILI_MASTER_KEY the admin process's limited key.
 */
import assert from 'node:assert/strict';
import { chmod, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { applyIndexSettings } from '../../src/archive/index-settings.js';
import { applyArchiveSettings, archiveIndexNames } from '../../src/archive/archive-indexes.js';
import { ensureSearchKey, searchKeyName } from '../../src/archive/search-key.js';
import { createMeiliClient } from '../../src/archive/meili-client.js';
import { ADMIN_KEY_ACTIONS, adminKeyName } from '../../src/archive/admin-key.js';
import { freePort } from '../../src/archive/meili-process.js';
import { runArchive } from '../helpers/archive-process.js';
import { childEnvironment } from '../helpers/child-environment.js';
import { meiliAndTempDir } from '../helpers/test-meili.js';

describe('external Meilisearch (MEILI_HOST)', { timeout: 120_000 }, () => {
  const setup = meiliAndTempDir();

  test('settings are applied once; a second application changes nothing', async () => {
    const first = await applyIndexSettings(setup.meili.admin, 'idempotent');
    assert.ok(first.includes('searchableAttributes') && first.includes('localizedAttributes'));
    assert.deepEqual(await applyIndexSettings(setup.meili.admin, 'idempotent'), []);
  });

  test('the search key may search but not write, and is created only once', async () => {
    await applyArchiveSettings(setup.meili.admin, archiveIndexNames('keys'));
    const key = await ensureSearchKey(setup.meili.admin, 'keys');
    assert.equal(await ensureSearchKey(setup.meili.admin, 'keys'), key);
    const client = createMeiliClient({ host: setup.meili.url, apiKey: key });
    assert.equal((await client.index('keys').search('x')).hits.length, 0);
    // It covers every index of the archive: the tombstones of withdrawn releases too.
    assert.equal((await client.index('keys_withdrawn').search('x')).hits.length, 0);
    await assert.rejects(
      client.index('keys').addDocuments([{ id: 'a' }]),
      /forbidden|not allowed|invalid|cannot acces/i,
    );
    await assert.rejects(client.index('other').search('x'), /forbidden|not allowed|invalid|cannot acces/i);
    // It may read the index record (the search cache's version) but change nothing about the index.
    assert.match((await client.index('keys').getRawInfo()).updatedAt.toString(), /^\d{4}-/);
    await assert.rejects(
      client.index('keys').updateSettings({ distinctAttribute: 'id' }),
      /forbidden|not allowed|invalid|cannot acces/i,
    );
    await assert.rejects(client.index('keys').delete(), /forbidden|not allowed|invalid|cannot acces/i);
    await assert.rejects(client.getKeys(), /forbidden|not allowed|invalid|cannot acces/i);
  });

  test('a search key of ours with other rights (an older release) is replaced', async () => {
    await applyIndexSettings(setup.meili.admin, 'oldkey');
    const old = await setup.meili.admin.createKey({
      name: searchKeyName('oldkey'),
      actions: ['search', 'documents.get'],
      indexes: ['oldkey'],
      expiresAt: null,
    });
    const key = await ensureSearchKey(setup.meili.admin, 'oldkey');
    assert.notEqual(key, old.key);
    const ours = (await setup.meili.admin.getKeys({ limit: 1000 })).results.filter(
      (k) => k.name === searchKeyName('oldkey'),
    );
    assert.deepEqual(
      ours.map((k) => k.key),
      [key],
    );
  });

  test('npm start uses MEILI_HOST, starts no Meilisearch and loads no samples unasked; it makes the admin process its key and checks DATA_DIR', async () => {
    const adminPort = await freePort();
    // DATA_DIR is checked as without MEILI_HOST (it holds feedback reports, sessions, originals):
    // one that every user may read is named in a warning.
    const dataDir = path.join(setup.dir.path, 'offen');
    await mkdir(dataDir);
    await chmod(dataDir, 0o755);
    const archive = await runArchive({
      DATA_DIR: dataDir,
      MEILI_HOST: setup.meili.url,
      MEILI_MASTER_KEY: setup.meili.masterKey,
      MEILI_INDEX: 'extern',
      ADMIN_PORT: String(adminPort),
    });
    try {
      await archive.ready();
      await archive.ready(60_000, `http://127.0.0.1:${adminPort}/verwaltung/anmelden`);
      const adminKey = (await childEnvironment(archive.child.pid!, '/admin-server.ts')).MEILI_ADMIN_KEY;
      const made = (await setup.meili.admin.getKeys({ limit: 1000 })).results.find((k) => k.key === adminKey);
      assert.equal(made?.name, adminKeyName('extern'), 'the limited key made with the master key');
      assert.deepEqual([...made!.actions].sort(), [...ADMIN_KEY_ACTIONS].sort());
      assert.match(archive.output(), /DATA_DIR may be read by every user of this machine \(mode 755\)/);
      const files: string[] = await readdir(dataDir);
      assert.ok(
        !files.includes('pressearchiv.lock') && !files.includes('meilisearch'),
        `nothing started in DATA_DIR: ${files.join(', ')}`,
      );
      const stats = await setup.meili.admin.index('extern').getStats();
      assert.equal(stats.numberOfDocuments, 0, 'no sample releases in an external archive unasked');
      const settings = await setup.meili.admin.index('extern').getSettings();
      assert.equal(settings.rankingRules?.[0], 'sort');
    } finally {
      assert.equal(await archive.stop(), 0);
    }
  });
});
