import assert from 'node:assert/strict';
import path from 'node:path';
import { mkdir, rm } from 'node:fs/promises';
import { describe, test, type TestContext } from 'node:test';
import { backoffDelay, MAX_BACKOFF_MS, WatchedFolder } from '../../../src/admin/watch/watched-folder.js';
import type { Config } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { createMeiliClient } from '../../../src/archive/meili-client.js';
import { tempDir } from '../../helpers/temp-dir.js';

interface LogLine {
  level: number;
  msg: string;
  err?: { message: string };
}

/** A debug-level logger whose JSON lines are kept in `lines`. */
function capturedLog() {
  const lines: LogLine[] = [];
  const log = createLogger('debug', 'test', {
    format: 'json',
    target: { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) },
  });
  return { lines, log };
}

/** Moves the mocked clock on by `ms` and lets the look it starts and its handling run. */
async function tick(t: TestContext, ms: number): Promise<void> {
  t.mock.timers.tick(ms);
  for (let i = 0; i < 10; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

describe('the watched folder’s looks after failures', () => {
  test('backoffDelay doubles the interval with each failure, bounded by MAX_BACKOFF_MS or the interval', () => {
    assert.deepEqual(
      [0, 1, 2, 3].map((failures) => backoffDelay(30_000, failures)),
      [30_000, 60_000, 120_000, 240_000],
    );
    assert.equal(backoffDelay(30_000, 5), MAX_BACKOFF_MS);
    assert.equal(backoffDelay(30_000, 10_000), MAX_BACKOFF_MS, 'no overflow after very many failures');
    assert.equal(backoffDelay(3_600_000, 4), 3_600_000, 'a longer interval is never shortened');
  });

  test('a failing look is logged once, the next looks come later and later, a success is logged and resets the pause', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { lines, log } = capturedLog();
    const dir = await tempDir();
    t.after(() => dir.remove());
    const config = {
      dataDir: path.join(dir.path, 'data'),
      watch: { dir: path.join(dir.path, 'eingang'), intervalMs: 1000 },
    } as unknown as Config & { watch: { dir: string; intervalMs: number } };
    const folder = new WatchedFolder(config, createMeiliClient({ host: 'http://127.0.0.1:1', apiKey: 'x' }), log);
    let looks = 0;
    let failing = true;
    folder.look = () => {
      looks += 1;
      return failing
        ? Promise.reject(Object.assign(new Error('permission denied'), { code: 'EACCES' }))
        : Promise.resolve([]);
    };
    await folder.start();
    await tick(t, 1000);
    assert.equal(looks, 1);
    for (const pause of [2000, 4000, 8000]) {
      const earlier: number = looks;
      await tick(t, pause - 1);
      assert.equal(looks, earlier, `no look before ${pause} ms`);
      await tick(t, 1);
      assert.equal(looks, earlier + 1, `a look after ${pause} ms`);
    }
    const errors = lines.filter((line) => line.level >= 50);
    assert.equal(errors.length, 1, 'four failures, one error line');
    assert.match(errors[0]!.msg, /tried again after growing pauses \(at most 600 s\)/);
    assert.equal(lines.filter((line) => line.level === 20).length, 3, 'the others at debug level');

    failing = false;
    await tick(t, 16_000);
    assert.equal(looks, 5);
    assert.match(lines.at(-1)!.msg, /looking works again, after 4 failed look\(s\)/);
    await tick(t, 1000);
    assert.equal(looks, 6, 'after a success, the interval again');
    failing = true;
    await tick(t, 1000);
    assert.equal(lines.filter((line) => line.level >= 50).length, 2, 'a new run of failures is logged once more');
    folder.stop();
  });

  test('a watched folder that is gone is a failed look, logged once; once it is back, looking works again', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { lines, log } = capturedLog();
    const dir = await tempDir();
    t.after(() => dir.remove());
    const watch = path.join(dir.path, 'eingang');
    const config = {
      dataDir: path.join(dir.path, 'data'),
      watch: { dir: watch, intervalMs: 1000 },
    } as unknown as Config & { watch: { dir: string; intervalMs: number } };
    const folder = new WatchedFolder(config, createMeiliClient({ host: 'http://127.0.0.1:1', apiKey: 'x' }), log);
    // The real look, counted: it reads the file system, so the test waits for each to end.
    const look = folder.look.bind(folder);
    let ended = 0;
    folder.look = () => look().finally(() => void (ended += 1));
    const lookAfter = async (ms: number) => {
      const before = ended;
      await tick(t, ms);
      for (let i = 0; i < 100_000 && ended === before; i += 1) await new Promise((resolve) => setImmediate(resolve));
      await tick(t, 0);
      assert.equal(ended, before + 1, `one look after ${ms} ms`);
    };
    await folder.start();
    await rm(watch, { recursive: true });
    await assert.rejects(look(), /The watched folder .*eingang cannot be read: .*\[not-found\]/);
    for (const ms of [1000, 2000, 4000]) await lookAfter(ms);
    const errors = lines.filter((line) => line.level >= 50);
    assert.equal(errors.length, 1, 'three failed looks, one error line');
    assert.match(errors[0]!.err?.message ?? '', /cannot be read/);
    await mkdir(watch);
    await lookAfter(8000);
    assert.match(lines.at(-1)!.msg, /looking works again, after 3 failed look\(s\)/);
    folder.stop();
  });
});
