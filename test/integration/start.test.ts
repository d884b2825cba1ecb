/** `npm start` with the bundled Meilisearch: start, lock, restart, orphan, keys, clean stop. */
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readLock } from '../../src/archive/data-lock.js';
import { isAlive } from '../../src/archive/process-util.js';
import { createMeiliClient } from '../../src/archive/meili-client.js';
import { REPO_ROOT, runArchive } from '../helpers/archive-process.js';
import { runIngestCli } from '../helpers/ingest-cli.js';
import { SAMPLES_DIR } from '../../ingest/samples/load-samples.js';
import { tempDir } from '../helpers/temp-dir.js';
import { childEnvironment } from '../helpers/child-environment.js';

const webChildEnvironment = (supervisorPid: number) => childEnvironment(supervisorPid, '/server.ts');

describe('npm start with the bundled Meilisearch', { timeout: 180_000 }, () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  before(async () => {
    dir = await tempDir();
  });
  after(async () => {
    await dir.remove();
  });

  test('serves the start page, owns the lock, keeps the master key private, and stops cleanly', async () => {
    const archive = await runArchive({ DATA_DIR: dir.path, LOAD_SAMPLES: '0' });
    await archive.ready();
    const page = await (await fetch(`http://127.0.0.1:${archive.port}/`)).text();
    assert.match(page, /<html lang="de">/);
    assert.match(page, /Pressemitteilungen durchsuchen/);

    const lock = await readLock(dir.path);
    assert.ok(lock, 'lock file exists');
    assert.equal(lock.ownerPid, archive.child.pid);
    assert.equal(lock.role, 'start');
    assert.ok(lock.meiliPid && isAlive(lock.meiliPid), 'Meilisearch runs');
    assert.ok(lock.port, 'lock names the port');

    const keyFile = path.join(dir.path, 'meili-master-key');
    assert.equal((await stat(keyFile)).mode & 0o777, 0o600);
    const masterKey = (await readFile(keyFile, 'utf8')).trim();
    assert.ok(masterKey.length >= 32);

    // The web server process holds only the read-only key, which Meilisearch refuses for writes.
    const env = await webChildEnvironment(archive.child.pid!);
    assert.equal(env.MEILI_MASTER_KEY, undefined);
    assert.ok(env.MEILI_SEARCH_KEY && env.MEILI_SEARCH_KEY !== masterKey);
    assert.ok(!Object.values(env).includes(masterKey), 'no variable holds the master key');
    const webClient = createMeiliClient({ host: `http://127.0.0.1:${lock.port}`, apiKey: env.MEILI_SEARCH_KEY });
    await assert.rejects(
      webClient.index('pressemitteilungen').addDocuments([{ id: 'x', title: 'y' }]),
      (error: Error & { cause?: { code?: string } }) =>
        /invalid_api_key|forbidden/i.test(`${error.cause?.code} ${error.message}`),
    );
    const search = await webClient.index('pressemitteilungen').search('', { limit: 1 });
    assert.equal(search.hits.length, 0);

    // A second start on the same DATA_DIR refuses and never opens the database twice.
    const second = await runArchive({ DATA_DIR: dir.path, LOAD_SAMPLES: '0' });
    assert.equal(await second.exited, 1);
    assert.match(second.output(), /already runs on .* \(pid \d+/);
    assert.doesNotMatch(second.output(), /\n\s+at /, 'no stack trace');
    assert.deepEqual(await readLock(dir.path), lock, 'the lock still names the first start');

    const webPid = Number(env.__PID);
    assert.equal(await archive.stop('SIGINT'), 0);
    assert.equal(isAlive(lock.meiliPid), false, 'Meilisearch stopped with it');
    assert.equal(isAlive(webPid), false, 'the web server stopped with it');
    assert.equal(await readLock(dir.path), undefined, 'lock released');
  });

  test('restarts with the same data, and a kill -9 leaves an orphan that the next start replaces', async () => {
    const first = await runArchive({ DATA_DIR: dir.path, LOAD_SAMPLES: '0' });
    await first.ready();
    const lock = (await readLock(dir.path))!;
    const masterKey = (await readFile(path.join(dir.path, 'meili-master-key'), 'utf8')).trim();
    const admin = createMeiliClient({ host: `http://127.0.0.1:${lock.port}`, apiKey: masterKey });
    const task = await admin
      .index('pressemitteilungen')
      .addDocuments([{ id: 'bleibt', title: 'Bleibt erhalten' }])
      .waitTask();
    assert.equal(task.status, 'succeeded');

    first.child.kill('SIGKILL');
    await first.exited;
    assert.ok(isAlive(lock.meiliPid!), 'the orphaned Meilisearch is still alive after kill -9');

    const next = await runArchive({ DATA_DIR: dir.path, LOAD_SAMPLES: '0' });
    await next.ready();
    assert.equal(isAlive(lock.meiliPid!), false, 'the orphan was stopped');
    const newLock = (await readLock(dir.path))!;
    assert.notEqual(newLock.meiliPid, lock.meiliPid);
    const admin2 = createMeiliClient({ host: `http://127.0.0.1:${newLock.port}`, apiKey: masterKey });
    const doc = await admin2.index('pressemitteilungen').getDocument('bleibt');
    assert.equal(doc.title, 'Bleibt erhalten', 'data survived the restart');

    // Meilisearch killed under a running npm start: the supervisor starts it again on the same port.
    process.kill(newLock.meiliPid!, 'SIGKILL');
    let restarted = newLock;
    for (let i = 0; i < 200 && restarted.meiliPid === newLock.meiliPid; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      restarted = (await readLock(dir.path)) ?? restarted;
    }
    assert.notEqual(restarted.meiliPid, newLock.meiliPid, 'a new Meilisearch runs');
    assert.equal(restarted.port, newLock.port, 'on the same port');
    await next.ready();
    assert.equal(next.child.exitCode, null, 'npm start kept running');

    assert.equal(await next.stop('SIGTERM'), 0);
    assert.equal(isAlive(restarted.meiliPid!), false);
  });

  test('an ingest run uses the running Meilisearch, and fails clearly when npm start stops under it', async () => {
    const archive = await runArchive({ DATA_DIR: dir.path, LOAD_SAMPLES: '0' });
    await archive.ready();
    const lock = (await readLock(dir.path))!;
    const small = await runIngestCli([path.join(REPO_ROOT, 'test/fixtures/good')], { DATA_DIR: dir.path });
    assert.equal(small.code, 0, small.stderr);
    assert.deepEqual(await readLock(dir.path), lock, 'the ingest run started no Meilisearch of its own');
    const masterKey = (await readFile(path.join(dir.path, 'meili-master-key'), 'utf8')).trim();
    const admin = createMeiliClient({ host: `http://127.0.0.1:${lock.port}`, apiKey: masterKey });
    const { hits } = await admin.index('pressemitteilungen').search('Gentherapie');
    assert.ok(hits.length > 0, 'what the ingest run wrote is in the running archive');

    // npm start is stopped as soon as the second run has written its first batch (of 11), not after a
    // fixed time that a fast machine could need for the whole run.
    const written = async () =>
      (await admin.tasks.getTasks({ types: ['documentAdditionOrUpdate'], statuses: ['succeeded'], limit: 1 })).total;
    const before = await written();
    const big = runIngestCli(['--batch-size', '5', SAMPLES_DIR], { DATA_DIR: dir.path });
    const deadline = Date.now() + 60_000;
    while ((await written()) === before) {
      assert.ok(Date.now() < deadline, 'the second ingest run wrote nothing within a minute');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    assert.equal(await archive.stop('SIGINT'), 0);
    const result = await big;
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /no longer reachable \(was npm start stopped\?\).*run the same command again/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });
});
