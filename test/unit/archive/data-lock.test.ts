import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { acquireLock, LOCK_FILE, readLock } from '../../../src/archive/data-lock.js';
import { tempDir } from '../../helpers/temp-dir.js';

test('a live owner keeps the lock; a released lock can be taken again', async () => {
  const dir = await tempDir();
  try {
    const first = await acquireLock(dir.path, 'start');
    assert.ok(first.acquired);
    await first.lock.update({ meiliPid: 123456, port: 7777 });
    // Pretend another live process (our parent) holds it.
    await writeFile(path.join(dir.path, LOCK_FILE), JSON.stringify({ ...first.lock.info, ownerPid: process.ppid }));
    const second = await acquireLock(dir.path, 'ingest');
    assert.equal(second.acquired, false);
    if (!second.acquired) assert.equal(second.holder.port, 7777);
    await writeFile(path.join(dir.path, LOCK_FILE), JSON.stringify(first.lock.info));
    await first.lock.release();
    assert.equal(await readLock(dir.path), undefined);
    const third = await acquireLock(dir.path, 'ingest');
    assert.ok(third.acquired);
  } finally {
    await dir.remove();
  }
});

test('a lock whose owner is dead is replaced', async () => {
  const dir = await tempDir();
  try {
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.once('exit', resolve));
    await writeFile(
      path.join(dir.path, LOCK_FILE),
      JSON.stringify({ ownerPid: dead.pid, role: 'start', startedAt: new Date().toISOString() }),
    );
    const result = await acquireLock(dir.path, 'start');
    assert.ok(result.acquired);
    assert.equal((await readLock(dir.path))?.ownerPid, process.pid);
  } finally {
    await dir.remove();
  }
});
