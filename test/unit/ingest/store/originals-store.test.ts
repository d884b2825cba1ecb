import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { originalPath } from '../../../../src/archive/originals.js';
import { keepOriginal, readOriginal, sha256Of } from '../../../../ingest/store/originals-store.js';
import { tempDir } from '../../../helpers/temp-dir.js';

test('an original is kept by its hash and read back; a damaged copy of the same size is written again', async () => {
  const dir = await tempDir();
  try {
    const bytes = Buffer.from('%PDF-1.7 Inhalt');
    const sha256 = sha256Of(bytes);
    await keepOriginal(dir.path, sha256, bytes);
    assert.deepEqual(await readOriginal(dir.path, sha256), bytes);
    await writeFile(originalPath(dir.path, sha256), Buffer.alloc(bytes.length, ' '));
    await keepOriginal(dir.path, sha256, bytes);
    assert.deepEqual(await readFile(originalPath(dir.path, sha256)), bytes);
  } finally {
    await dir.remove();
  }
});

test('a kept original that cannot be read is an error, not "not kept yet"', async () => {
  const dir = await tempDir();
  try {
    const bytes = Buffer.from('%PDF-1.7 Inhalt');
    const sha256 = sha256Of(bytes);
    // Its folder is a file: looking for the kept copy fails with ENOTDIR, which is not "not kept yet".
    await mkdir(path.dirname(path.dirname(originalPath(dir.path, sha256))), { recursive: true });
    await writeFile(path.dirname(originalPath(dir.path, sha256)), 'kein Ordner');
    await assert.rejects(keepOriginal(dir.path, sha256, bytes), { code: 'ENOTDIR', syscall: 'stat' });
  } finally {
    await dir.remove();
  }
});
