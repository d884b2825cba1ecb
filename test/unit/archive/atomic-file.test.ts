import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { writeFileAtomic } from '../../../src/archive/atomic-file.js';
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
