/** Start-up failures give one clear line and a non-zero exit, never a stack trace. */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freePort } from '../../src/archive/meili-process.js';
import { runArchive } from '../helpers/archive-process.js';
import { tempDir } from '../helpers/temp-dir.js';

async function failsWith(env: Record<string, string>, pattern: RegExp): Promise<void> {
  const archive = await runArchive(env);
  const code = await archive.exited;
  const output = archive.output();
  assert.notEqual(code, 0, output);
  assert.match(output, pattern);
  assert.doesNotMatch(output, /\n\s+at /, `no stack trace:\n${output}`);
}

describe('start-up failures', { timeout: 120_000 }, () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  before(async () => {
    dir = await tempDir();
  });
  after(async () => {
    await dir.remove();
  });

  test('a missing binary named by MEILI_BIN', async () => {
    await failsWith(
      { DATA_DIR: dir.path, MEILI_BIN: '/nonexistent/meilisearch' },
      /MEILI_BIN names .* missing or not executable/,
    );
  });

  test('an unwritable DATA_DIR', async () => {
    const file = path.join(dir.path, 'a-file');
    await writeFile(file, 'x');
    await failsWith({ DATA_DIR: path.join(file, 'data') }, /DATA_DIR .* is not writable/);
  });

  test('an unreachable MEILI_HOST', async () => {
    const port = await freePort();
    await failsWith(
      { DATA_DIR: dir.path, MEILI_HOST: `http://127.0.0.1:${port}` },
      /MEILI_HOST http:\/\/127\.0\.0\.1:\d+ is not reachable/,
    );
  });

  test('a taken web port', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      await failsWith(
        { DATA_DIR: path.join(dir.path, 'port'), PORT: String(port), LOAD_SAMPLES: '0' },
        /Port \d+ on 127\.0\.0\.1 is already in use/,
      );
    } finally {
      blocker.close();
    }
  });

  test('production mode without the operator settings: the missing variables named, nothing started', async () => {
    await failsWith(
      { DATA_DIR: dir.path, NODE_ENV: 'production', MEILI_BIN: path.join(dir.path, 'nicht-da') },
      /NODE_ENV=production needs the operator's details .*; not set: OPERATOR_NAME, OPERATOR_ADDRESS, OPERATOR_EMAIL, OPERATOR_PHONE, OPERATOR_RESPONSIBLE, ARBITRATION_NAME, ARBITRATION_URL/,
    );
  });

  test('a wrong configuration value', async () => {
    await failsWith({ DATA_DIR: dir.path, PORT: 'achtzig' }, /PORT must be a whole number/);
  });
});
