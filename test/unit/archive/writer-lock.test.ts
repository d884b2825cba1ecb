import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  acquireWriterLock,
  processStartTime,
  WRITER_LOCK_BREAK_FILE,
  WRITER_LOCK_FILE,
  WriterBusyError,
  type WriterInfo,
} from '../../../src/archive/writer-lock.js';
import { tempDir } from '../../helpers/temp-dir.js';

async function deadPid(): Promise<number> {
  const dead = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => dead.once('exit', resolve));
  return dead.pid!;
}

describe('writer lock', () => {
  test('a second writer waits, saying whom for, and gets the lock once the first releases it', async () => {
    const dir = await tempDir();
    try {
      const first = await acquireWriterLock(dir.path, 'npm run ingest');
      const waitedFor: WriterInfo[] = [];
      let secondHolds = false;
      const second = acquireWriterLock(dir.path, 'Verwaltung', { pollMs: 5, onWait: (h) => waitedFor.push(h) }).then(
        (lock) => {
          secondHolds = true;
          return lock;
        },
      );
      while (waitedFor.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      assert.equal(secondHolds, false, 'the second writer waits');
      assert.equal(waitedFor[0]!.what, 'npm run ingest');
      assert.equal(waitedFor[0]!.pid, process.pid);
      await first.release();
      const lock = await second;
      assert.equal(waitedFor.length, 1, 'said once');
      const onDisk = JSON.parse(await readFile(path.join(dir.path, WRITER_LOCK_FILE), 'utf8')) as WriterInfo;
      assert.equal(onDisk.token, lock.info.token);
      await lock.release();
      assert.deepEqual(await readdir(dir.path), [], 'no files left behind');
    } finally {
      await dir.remove();
    }
  });

  test('with a timeout, a busy lock is a WriterBusyError naming the holder', async () => {
    const dir = await tempDir();
    try {
      const first = await acquireWriterLock(dir.path, 'npm run ingest');
      await assert.rejects(acquireWriterLock(dir.path, 'Verwaltung', { timeoutMs: 20, pollMs: 5 }), (error) => {
        assert.ok(error instanceof WriterBusyError);
        assert.equal(error.holder.what, 'npm run ingest');
        return true;
      });
      await first.release();
    } finally {
      await dir.remove();
    }
  });

  test('a lock of a dead process is stale and taken over', async () => {
    const dir = await tempDir();
    try {
      const stale: WriterInfo = { pid: await deadPid(), what: 'npm run ingest', since: '', token: 'old' };
      await writeFile(path.join(dir.path, WRITER_LOCK_FILE), JSON.stringify(stale));
      const lock = await acquireWriterLock(dir.path, 'Verwaltung', { timeoutMs: 0 });
      assert.equal(lock.info.what, 'Verwaltung');
      await lock.release();
    } finally {
      await dir.remove();
    }
  });

  test('only the waiter holding writer.lock.break breaks a stale lock; a dead breaker’s file is cleared', async () => {
    const dir = await tempDir();
    try {
      const stale: WriterInfo = { pid: await deadPid(), what: 'npm run ingest', since: '', token: 'old' };
      const lockFile = path.join(dir.path, WRITER_LOCK_FILE);
      await writeFile(lockFile, JSON.stringify(stale));
      // Another live waiter is breaking it: this one leaves the lock alone and waits.
      const breaker: WriterInfo = { pid: process.pid, what: 'Verwaltung (bert)', since: '', token: 'breaking' };
      await writeFile(path.join(dir.path, WRITER_LOCK_BREAK_FILE), JSON.stringify(breaker));
      await assert.rejects(acquireWriterLock(dir.path, 'Verwaltung', { timeoutMs: 300, pollMs: 20 }), WriterBusyError);
      assert.equal(JSON.parse(await readFile(lockFile, 'utf8')).token, 'old', 'the stale lock is untouched');
      // The breaker died before it finished: its file is cleared, the stale lock broken, the lock taken.
      const dead: WriterInfo = { ...breaker, pid: await deadPid() };
      await writeFile(path.join(dir.path, WRITER_LOCK_BREAK_FILE), JSON.stringify(dead));
      const lock = await acquireWriterLock(dir.path, 'Verwaltung', { timeoutMs: 2000, pollMs: 20 });
      assert.equal(lock.info.what, 'Verwaltung');
      await lock.release();
      assert.deepEqual(await readdir(dir.path), [], 'no lock, break or temporary file left');
    } finally {
      await dir.remove();
    }
  });

  test('a live pid that started at another time (a reused pid) does not hold the lock', async (t) => {
    if ((await processStartTime(process.pid)) === undefined) return t.skip('no /proc on this system');
    const dir = await tempDir();
    try {
      const reused: WriterInfo = { pid: process.pid, processStart: '1', what: 'alt', since: '', token: 'old' };
      await writeFile(path.join(dir.path, WRITER_LOCK_FILE), JSON.stringify(reused));
      const lock = await acquireWriterLock(dir.path, 'neu', { timeoutMs: 0 });
      await lock.release();
      // The same pid with its true start time holds it.
      const live = { ...reused, processStart: await processStartTime(process.pid) };
      await writeFile(path.join(dir.path, WRITER_LOCK_FILE), JSON.stringify(live));
      await assert.rejects(acquireWriterLock(dir.path, 'neu', { timeoutMs: 0 }), WriterBusyError);
    } finally {
      await dir.remove();
    }
  });

  test('releasing never removes a lock another writer took since', async () => {
    const dir = await tempDir();
    try {
      const lock = await acquireWriterLock(dir.path, 'a');
      const other: WriterInfo = { ...lock.info, token: 'someone-else' };
      await writeFile(path.join(dir.path, WRITER_LOCK_FILE), JSON.stringify(other));
      await lock.release();
      assert.match(await readFile(path.join(dir.path, WRITER_LOCK_FILE), 'utf8'), /someone-else/);
    } finally {
      await dir.remove();
    }
  });
});
