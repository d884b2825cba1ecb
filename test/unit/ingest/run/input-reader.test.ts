/**
 * Reading an input file: the size limit holds while reading, not only by the size the file system
 * tells; FIFOs and devices are refused without waiting or reading; a link in the last name is not
 * followed. Each test has its own timeout, so a FIFO that blocks fails instead of hanging.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { open, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readAtMost, readInputFile } from '../../../../ingest/run/input-reader.js';
import { tempDir } from '../../../helpers/temp-dir.js';

describe('readInputFile', { timeout: 20_000 }, () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  before(async () => {
    dir = await tempDir();
  });
  after(() => dir.remove());

  test('a regular file within the limit is read whole; one byte over is too large', { timeout: 5_000 }, async () => {
    const file = path.join(dir.path, 'a.pdf');
    await writeFile(file, Buffer.alloc(1000, 7));
    assert.deepEqual(await readInputFile(file, 1000), Buffer.alloc(1000, 7));
    assert.deepEqual(await readInputFile(file, 999), {
      status: 'failed',
      code: 'too-large',
      reason: 'file is larger than the limit of 0 MB (MAX_FILE_MB)',
    });
  });

  test('a file whose size says 0 (/proc) is still held to the limit while it is read', { timeout: 5_000 }, async () => {
    assert.equal((await stat('/proc/self/maps')).size, 0, 'the file system tells no size');
    assert.equal((await readInputFile('/proc/self/maps', 100)) instanceof Buffer, false);
    assert.equal(((await readInputFile('/proc/self/maps', 100)) as { code: string }).code, 'too-large');
    assert.ok((await readInputFile('/proc/self/maps', 10 * 1048576)) instanceof Buffer);
  });

  test('readAtMost stops at its limit', { timeout: 5_000 }, async () => {
    const file = path.join(dir.path, 'gross.pdf');
    await writeFile(file, Buffer.alloc(3 * 1048576));
    const handle = await open(file);
    try {
      assert.equal((await readAtMost(handle, 1048576 + 1)).length, 1048576 + 1);
    } finally {
      await handle.close();
    }
  });

  test('a FIFO and a device are refused without blocking or reading', { timeout: 5_000 }, async () => {
    const fifo = path.join(dir.path, 'rohr.pdf');
    execFileSync('mkfifo', [fifo]);
    assert.deepEqual(await readInputFile(fifo, 1000), {
      status: 'failed',
      code: 'not-a-regular-file',
      reason: 'not a regular file (a FIFO); not read',
    });
    assert.equal(((await readInputFile('/dev/zero', 1000)) as { code: string }).code, 'not-a-regular-file');
  });

  test('a link in the last name is not followed; a missing file cannot be read', { timeout: 5_000 }, async () => {
    const link = path.join(dir.path, 'link.pdf');
    await symlink('/etc/hostname', link);
    assert.equal(((await readInputFile(link, 1000)) as { code: string }).code, 'symlink');
    assert.deepEqual(await readInputFile(path.join(dir.path, 'fehlt.pdf'), 1000), {
      status: 'failed',
      code: 'unreadable',
      reason: 'file cannot be read (ENOENT)',
    });
  });
});
