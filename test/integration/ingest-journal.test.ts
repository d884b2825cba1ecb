/**
 * The state journal against a real Meilisearch: a journal that exists but cannot be read stops
 * ingest, rebuild and removal with exit code 2 before anything is written (it once made a rebuild
 * swap an empty index into the live site).
 */
import assert from 'node:assert/strict';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT } from '../helpers/archive-process.js';
import { runIngestCli, type CliRun } from '../helpers/ingest-cli.js';
import { startTestMeili, type TestMeili } from '../helpers/test-meili.js';
import { tempDir } from '../helpers/temp-dir.js';

const INDEX = 'journaltest';

describe('a state journal that cannot be read', { timeout: 240_000 }, () => {
  let meili: TestMeili;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let env: Record<string, string>;
  let journal: string;
  const ingest = (...args: string[]): Promise<CliRun> => runIngestCli(args, env, dir.path);
  const ids = async (): Promise<string[]> => {
    const { results } = await meili.admin.index(INDEX).getDocuments({ fields: ['id'], limit: 1000 });
    return results.map((doc) => String(doc.id)).sort();
  };

  before(async () => {
    meili = await startTestMeili();
    dir = await tempDir();
    env = {
      MEILI_HOST: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      MEILI_INDEX: INDEX,
      DATA_DIR: path.join(dir.path, 'data'),
    };
    journal = path.join(env.DATA_DIR!, 'state', `${INDEX}.jsonl`);
    await cp(path.join(REPO_ROOT, 'test/fixtures/good'), path.join(dir.path, 'releases'), { recursive: true });
    const first = await ingest('releases');
    assert.equal(first.code, 0, first.stderr);
  });
  after(async () => {
    await meili.stop();
    await dir.remove();
  });

  test('replaced by a directory: --rebuild, ingest and --remove exit 2 and the live index keeps every release', async () => {
    const live = await ids();
    assert.ok(live.length >= 5, `the fixtures were ingested (${live.length})`);
    const tasksBefore = (await meili.admin.tasks.getTasks({ limit: 1 })).total;
    await rename(journal, `${journal}.saved`);
    await mkdir(journal);
    try {
      for (const args of [['--rebuild'], ['releases'], ['--remove', live[0]!, '--reason', 'Test']]) {
        const run = await ingest(...args);
        assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
        assert.match(
          run.stderr,
          /pressearchiv ingest: the archive's state journal .*journaltest\.jsonl cannot be read \(EISDIR\); nothing was changed/,
        );
        assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
      }
      assert.deepEqual(await ids(), live, 'the live index keeps every release');
      const indexes = (await meili.admin.getRawIndexes()).results.map((i) => i.uid);
      assert.deepEqual(indexes.sort(), [INDEX, `${INDEX}_withdrawn`, `${INDEX}_words`], 'no rebuild index was created');
      assert.equal((await meili.admin.tasks.getTasks({ limit: 1 })).total, tasksBefore, 'nothing was written');
    } finally {
      await rm(journal, { recursive: true });
      await rename(`${journal}.saved`, journal);
    }
    const rebuilt = await ingest('--rebuild');
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    assert.deepEqual(await ids(), live, 'with the journal back, a rebuild keeps every release');
  });
});
