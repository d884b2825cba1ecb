/**
 * One writer at a time: an ingest run started while another writer holds DATA_DIR/writer.lock says
 * whom it waits for, writes nothing meanwhile, and runs once the lock is released.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, test } from 'node:test';
import { acquireWriterLock } from '../../src/archive/writer-lock.js';
import { REPO_ROOT } from '../helpers/archive-process.js';
import { meiliAndTempDir } from '../helpers/test-meili.js';

const INDEX = 'schreibsperre';

describe('writer lock between processes', { timeout: 180_000 }, () => {
  const setup = meiliAndTempDir();

  test('an ingest run waits for the writer holding the lock, saying so, and then ingests', async () => {
    const dataDir = path.join(setup.dir.path, 'data');
    await mkdir(dataDir, { recursive: true });
    const held = await acquireWriterLock(dataDir, 'Verwaltung (anna)');
    const child = spawn(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), 'ingest/cli/ingest-cli.ts', '--json', 'test/fixtures/good'],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          MEILI_HOST: setup.meili.url,
          MEILI_MASTER_KEY: setup.meili.masterKey,
          MEILI_INDEX: INDEX,
          DATA_DIR: dataDir,
          LOG_LEVEL: 'warn',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      while (!/Waiting: Verwaltung \(anna\) \(pid \d+/.test(stderr)) {
        assert.equal(child.exitCode, null, `the run ended instead of waiting:\n${stderr}`);
        await delay(50);
      }
      const indexes = (await setup.meili.admin.getRawIndexes()).results.map((i) => i.uid);
      assert.ok(!indexes.includes(INDEX), 'nothing was written while waiting');
    } finally {
      await held.release();
    }
    assert.equal(await exited, 0, stderr);
    const report = JSON.parse(stdout) as { summary: { new: number } };
    assert.ok(report.summary.new > 0);
    assert.equal((await setup.meili.admin.index(INDEX).getStats()).numberOfDocuments > 0, true);
  });
});
