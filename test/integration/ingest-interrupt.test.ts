/**
 * Interrupted ingest loses and duplicates nothing: SIGKILL at seeded random points (in extraction,
 * between batches, during a rebuild before the swap), then a re-run must give the same index as an
 * uninterrupted run, and the live index is never half-built.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import type { Release } from '../../src/archive/release.js';
import { generateCorpus } from '../../ingest/samples/generate-corpus.js';
import { writeReleaseFiles } from '../../ingest/samples/write-release-files.js';
import { REPO_ROOT } from '../helpers/archive-process.js';
import { runIngestCli } from '../helpers/ingest-cli.js';
import { startTestMeili, type TestMeili } from '../helpers/test-meili.js';
import { tempDir } from '../helpers/temp-dir.js';
import { seeded } from '../../bench/lib/seeded.js';

describe('interrupted ingest', { timeout: 240_000 }, () => {
  let meili: TestMeili;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const envFor = (name: string): Record<string, string> => ({
    MEILI_HOST: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX: name,
    DATA_DIR: path.join(dir.path, `data-${name}`),
  });

  async function snapshot(index: string): Promise<string[]> {
    const { results } = await meili.admin
      .index(index)
      .getDocuments<Release>({ limit: 10_000, fields: ['id', 'title', 'date', 'sources'] });
    return results.map((r) => `${r.id}|${r.title}|${r.date}|${r.sources.map((s) => s.sha256).join(',')}`).sort();
  }

  async function killAfter(args: string[], env: Record<string, string>, ms: number): Promise<void> {
    const child = spawn(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), `${REPO_ROOT}ingest/cli/ingest-cli.ts`, ...args],
      {
        cwd: dir.path,
        env: { ...process.env, INIT_CWD: dir.path, LOG_LEVEL: 'silent', ...env },
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await Promise.race([delay(ms), exited]);
    child.kill('SIGKILL');
    await exited;
  }

  before(async () => {
    meili = await startTestMeili();
    dir = await tempDir();
    await writeReleaseFiles(
      generateCorpus({ count: 60, seed: 7, pdfShare: 0.3, bothShare: 0.1 }),
      path.join(dir.path, 'korpus'),
    );
  });
  after(async () => {
    await meili.stop();
    await dir.remove();
  });

  test('killed runs, re-run: the index equals the uninterrupted one — none missing, none twice', async () => {
    const reference = await runIngestCli(['--batch-size', '10', 'korpus'], envFor('referenz'), dir.path);
    assert.equal(reference.code, 0, reference.stderr);
    const expected = await snapshot('referenz');
    assert.ok(expected.length >= 55, `reference holds ${expected.length} releases`);

    const random = seeded(20261127);
    for (let round = 0; round < 3; round++) {
      await killAfter(['--batch-size', '10', 'korpus'], envFor('abbruch'), 1500 + Math.floor(random() * 3500));
    }
    const rerun = await runIngestCli(['--batch-size', '10', '--json', 'korpus'], envFor('abbruch'), dir.path);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.deepEqual(await snapshot('abbruch'), expected);
  });

  test('a rebuild killed before the swap leaves the live index whole; the next rebuild completes it', async () => {
    const env = envFor('referenz');
    const expected = await snapshot('referenz');
    const random = seeded(42);
    for (let round = 0; round < 2; round++) {
      await killAfter(['--rebuild', '--batch-size', '10'], env, 800 + Math.floor(random() * 1500));
      assert.deepEqual(await snapshot('referenz'), expected, 'live index unchanged after a killed rebuild');
    }
    const rebuilt = await runIngestCli(['--rebuild', '--batch-size', '10'], env, dir.path);
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    assert.deepEqual(await snapshot('referenz'), expected);
  });
});
