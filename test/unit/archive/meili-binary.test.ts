import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { verifyBundledBinary } from '../../../src/archive/meili-binary.js';
import { tempDir } from '../../helpers/temp-dir.js';

test('the bundled binary is refused when its SHA-256 differs, and made executable when it matches', async () => {
  const dir = await tempDir();
  try {
    const bin = path.join(dir.path, 'meilisearch');
    await writeFile(bin, 'not really meilisearch', { mode: 0o644 });
    const good = createHash('sha256').update('not really meilisearch').digest('hex');
    await assert.rejects(
      verifyBundledBinary(bin, dir.path, 'f'.repeat(64)),
      /has SHA-256 [0-9a-f]{64}, expected f{64}; reinstall/,
    );
    assert.equal((await stat(bin)).mode & 0o111, 0, 'not made executable after a mismatch');
    await verifyBundledBinary(bin, dir.path, good);
    assert.equal((await stat(bin)).mode & 0o111, 0o111);
  } finally {
    await dir.remove();
  }
});
