/**
 * --remove-samples against a real Meilisearch: the sample releases are deleted (no tombstone, their
 * pages would be 404), DATA_DIR is marked, and the start-up's sample loading never loads them into
 * this archive again — not into the emptied index, not with LOAD_SAMPLES=1.
 */
import assert from 'node:assert/strict';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ingestSampleReleases } from '../../ingest/samples/load-samples.js';
import type { ArchiveConnection } from '../../src/archive/archive-connection.js';
import { applyArchiveSettings, archiveIndexNames } from '../../src/archive/archive-indexes.js';
import { SAMPLES_REMOVED_FILE } from '../../src/archive/samples-removed.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { loadSamplesIfWanted } from '../../src/sample-loading.js';
import { runIngestCli } from '../helpers/ingest-cli.js';
import { meiliAndTempDir } from '../helpers/test-meili.js';

const INDEX = 'beispiele';

describe('--remove-samples', { timeout: 300_000 }, () => {
  const setup = meiliAndTempDir();

  test('deletes the samples without tombstones, and npm start never loads them again', async () => {
    const env = {
      MEILI_HOST: setup.meili.url,
      MEILI_MASTER_KEY: setup.meili.masterKey,
      MEILI_INDEX: INDEX,
      DATA_DIR: setup.dir.path,
    };
    const config = loadConfig({ ...env, LOAD_SAMPLES: '1', LOG_LEVEL: 'silent' });
    const connection: ArchiveConnection = {
      host: setup.meili.url,
      adminKey: setup.meili.masterKey,
      mode: 'external',
      close: async () => {},
    };
    const log = createLogger('silent', 'test');
    await applyArchiveSettings(setup.meili.admin, archiveIndexNames(INDEX));
    const loaded = await ingestSampleReleases(config, connection, log);
    assert.ok(loaded.new > 0, 'the samples were loaded');
    const count = async (): Promise<number> => (await setup.meili.admin.index(INDEX).getStats()).numberOfDocuments;
    assert.ok((await count()) > 0);

    const run = await runIngestCli(['--json', '--remove-samples'], env);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(await count(), 0, 'no sample left');
    const tombstones = await setup.meili.admin.index(`${INDEX}_withdrawn`).getStats();
    assert.equal(tombstones.numberOfDocuments, 0, 'no tombstones: their pages are 404, not 410');
    await access(path.join(setup.dir.path, SAMPLES_REMOVED_FILE));

    // The start-up's loading: asked for explicitly and into an empty index, it still loads none.
    await loadSamplesIfWanted(config, connection, setup.meili.admin, log);
    assert.equal(await count(), 0, 'samples are not loaded again');
    assert.equal((await ingestSampleReleases(config, connection, log)).new, 0, 'not even by the loader itself');
    assert.equal(await count(), 0);
  });
});
