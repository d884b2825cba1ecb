import assert from 'node:assert/strict';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { writeFileAtomic, writeFileReplacing } from '../../../src/archive/atomic-file.js';
import { tempDir } from '../../helpers/temp-dir.js';

test('replaces the content whole, mode 0600, no temporary file left', async () => {
  const dir = await tempDir();
  const file = path.join(dir.path, 'a', 'accounts.json');
  await writeFileAtomic(file, 'eins');
  await writeFileAtomic(file, 'zwei');
  assert.equal(await readFile(file, 'utf8'), 'zwei');
  assert.equal((await stat(file)).mode & 0o777, 0o600);
  assert.deepEqual(await readdir(path.dirname(file)), ['accounts.json']);
  await dir.remove();
});

test('a crash between writing and renaming leaves the old content', async () => {
  const dir = await tempDir();
  const file = path.join(dir.path, 'accounts.json');
  await writeFileAtomic(file, 'alt');
  let written = '';
  await assert.rejects(
    writeFileAtomic(file, 'neu', {
      beforeRename: async (tmp) => {
        written = await readFile(tmp, 'utf8');
        throw new Error('crash');
      },
    }),
    /crash/,
  );
  assert.equal(written, 'neu', 'the new content was fully written before the crash');
  assert.equal(await readFile(file, 'utf8'), 'alt');
  await dir.remove();
});

test('a file that can be made again: replaced whole, its folder made once and again when it has gone', async () => {
  const dir = await tempDir();
  const file = path.join(dir.path, 'cache', 'ab', 'ab12.json');
  await writeFileReplacing(file, 'eins', { file: 0o600, folder: 0o700 });
  await writeFileReplacing(file, Buffer.from('zwei'), { file: 0o600, folder: 0o700 });
  assert.equal(await readFile(file, 'utf8'), 'zwei');
  assert.equal((await stat(file)).mode & 0o777, 0o600);
  assert.equal((await stat(path.dirname(file))).mode & 0o777, 0o700);
  assert.deepEqual(await readdir(path.dirname(file)), ['ab12.json']);
  // Removed by another process (a deletion, a clean-up) after this one made it.
  await rm(path.join(dir.path, 'cache'), { recursive: true });
  await writeFileReplacing(file, 'drei');
  assert.equal(await readFile(file, 'utf8'), 'drei');
  await dir.remove();
});
