/**
 * Interrupted ingest loses and duplicates nothing: SIGKILL at seeded random points (in extraction,
 * between batches, during a rebuild before the swap), then a re-run must give the same index as an
 * uninterrupted run, and the live index is never half-built. Each kill waits until the run has
 * written its first batch, and each round checks that the process was still running when it was
 * killed and had not indexed everything (or, for a rebuild, not swapped yet).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import type { TaskType } from 'meilisearch';
import type { Release } from '../../src/archive/release.js';
import { rebuildIndexName } from '../../src/archive/archive-indexes.js';
import { generateCorpus } from '../support/samples/generate-corpus.js';
import { writeReleaseFiles } from '../support/samples/write-release-files.js';
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

  /** Uid of the newest task Meilisearch has (-1 when there is none). */
  async function lastTaskUid(): Promise<number> {
    const { results } = await meili.admin.tasks.getTasks({ limit: 1 });
    return results[0]?.uid ?? -1;
  }

  /** Whether a task of `type` (on `index`, when given) was enqueued after the task `since`. */
  async function taskAfter(since: number, type: TaskType, index?: string): Promise<boolean> {
    const { results } = await meili.admin.tasks.getTasks({
      types: [type],
      ...(index === undefined ? {} : { indexUids: [index] }),
      limit: 1,
    });
    return (results[0]?.uid ?? -1) > since;
  }

  /** Documents in `index` once Meilisearch has processed every task enqueued so far. */
  async function settledCount(index: string): Promise<number> {
    for (;;) {
      const { results } = await meili.admin.tasks.getTasks({ statuses: ['enqueued', 'processing'], limit: 1 });
      if (results.length === 0) break;
      await delay(50);
    }
    return (await meili.admin.index(index).getStats()).numberOfDocuments;
  }

  interface Killed {
    code: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
  }

  /**
   * Starts the ingest CLI, waits until `underWay()` says the run is writing, lets it go on for
   * `moreMs` and kills it with SIGKILL. A run that ends by itself first is returned with its exit code.
   */
  async function killWhileRunning(
    args: string[],
    env: Record<string, string>,
    underWay: () => Promise<boolean>,
    moreMs: number,
  ): Promise<Killed> {
    const child = spawn(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), `${REPO_ROOT}ingest/cli/ingest-cli.ts`, ...args],
      {
        cwd: dir.path,
        env: { ...process.env, INIT_CWD: dir.path, LOG_LEVEL: 'silent', ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let running = true;
    const exited = new Promise<Omit<Killed, 'stderr'>>((resolve) =>
      child.once('exit', (code, signal) => {
        running = false;
        resolve({ code, signal });
      }),
    );
    while (running && !(await underWay())) await delay(20);
    await Promise.race([delay(moreMs), exited]);
    child.kill('SIGKILL');
    return { ...(await exited), stderr };
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

  test('killed runs, re-run: the index equals the uninterrupted one — none missing, none twice', async (t) => {
    const reference = await runIngestCli(['--batch-size', '10', 'korpus'], envFor('referenz'), dir.path);
    assert.equal(reference.code, 0, reference.stderr);
    const expected = await snapshot('referenz');
    assert.ok(expected.length >= 55, `reference holds ${expected.length} releases`);

    const random = seeded(20261127);
    for (let round = 1; round <= 3; round++) {
      const since = await lastTaskUid();
      const killed = await killWhileRunning(
        ['--batch-size', '10', 'korpus'],
        envFor('abbruch'),
        () => taskAfter(since, 'documentAdditionOrUpdate', 'abbruch'),
        Math.floor(random() * 1000),
      );
      assert.equal(
        killed.signal,
        'SIGKILL',
        `round ${round}: the run ended by itself (exit code ${killed.code}) ${killed.stderr}`,
      );
      const indexed = await settledCount('abbruch');
      t.diagnostic(`round ${round}: killed with ${indexed} of ${expected.length} releases indexed`);
      assert.ok(indexed < expected.length, `round ${round}: all ${indexed} releases were indexed before the kill`);
    }
    const rerun = await runIngestCli(['--batch-size', '10', '--json', 'korpus'], envFor('abbruch'), dir.path);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.deepEqual(await snapshot('abbruch'), expected);
  });

  test('a rebuild killed before the swap leaves the live index whole; the next rebuild completes it', async (t) => {
    const env = envFor('referenz');
    const expected = await snapshot('referenz');
    const random = seeded(42);
    for (let round = 1; round <= 2; round++) {
      const since = await lastTaskUid();
      const killed = await killWhileRunning(
        ['--rebuild', '--batch-size', '10'],
        env,
        () => taskAfter(since, 'documentAdditionOrUpdate', rebuildIndexName('referenz')),
        Math.floor(random() * 500),
      );
      assert.equal(
        killed.signal,
        'SIGKILL',
        `round ${round}: the rebuild ended by itself (exit code ${killed.code}) ${killed.stderr}`,
      );
      assert.equal(await taskAfter(since, 'indexSwap'), false, `round ${round}: the swap was already under way`);
      t.diagnostic(
        `round ${round}: rebuild killed with ${await settledCount(rebuildIndexName('referenz'))} releases in the new index`,
      );
      assert.deepEqual(await snapshot('referenz'), expected, 'live index unchanged after a killed rebuild');
    }
    const rebuilt = await runIngestCli(['--rebuild', '--batch-size', '10'], env, dir.path);
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    assert.deepEqual(await snapshot('referenz'), expected);
  });
});
