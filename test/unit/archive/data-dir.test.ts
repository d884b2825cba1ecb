/** DATA_DIR: made 0700; an existing folder keeps its mode, with a warning when every user may read it. */
import assert from 'node:assert/strict';
import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ensureDataDir, MASTER_KEY_FILE } from '../../../src/archive/data-dir.js';
import { createLogger } from '../../../src/log.js';
import { tempDir } from '../../helpers/temp-dir.js';

let dir: Awaited<ReturnType<typeof tempDir>>;
before(async () => {
  process.umask(0o022); // as on most machines: without an explicit mode, folders would be 0755
  dir = await tempDir();
});
after(() => dir.remove());

function capturingLogger(): { log: ReturnType<typeof createLogger>; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const log = createLogger('info', 'test', {
    format: 'json',
    target: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
  });
  return { log, lines };
}

const modeOf = async (file: string): Promise<number> => (await stat(file)).mode & 0o777;

test('a new DATA_DIR (and the folders above it) is made 0700, without a warning', { timeout: 5_000 }, async () => {
  const { log, lines } = capturingLogger();
  const dataDir = path.join(dir.path, 'neu', 'data');
  await ensureDataDir(dataDir, log, { bundledMeili: true });
  assert.equal(await modeOf(dataDir), 0o700);
  assert.equal(await modeOf(path.dirname(dataDir)), 0o700);
  assert.deepEqual(lines, []);
});

test(
  'an existing DATA_DIR open to every user keeps its mode, and a warning names the fix',
  { timeout: 5_000 },
  async () => {
    const { log, lines } = capturingLogger();
    const open = path.join(dir.path, 'offen');
    await mkdir(open);
    await chmod(open, 0o755);
    await ensureDataDir(open, log, { bundledMeili: false });
    assert.equal(await modeOf(open), 0o755, 'not changed behind the operator’s back');
    assert.equal(lines.length, 1);
    assert.equal(lines[0]!.level, 40);
    assert.equal(lines[0]!.mode, '755');
    assert.match(String(lines[0]!.msg), new RegExp(`chmod 700 ${open}`));
    assert.doesNotMatch(String(lines[0]!.msg), /master key/, 'no key file here (an external Meilisearch)');

    await writeFile(path.join(open, MASTER_KEY_FILE), 'k', { mode: 0o600 });
    const withKey = capturingLogger();
    await ensureDataDir(open, withKey.log, { bundledMeili: false });
    assert.match(String(withKey.lines[0]!.msg), /holds the master key, feedback reports and sessions/);

    // The bundled Meilisearch's first start: its key is made right after this check.
    const first = path.join(dir.path, 'erster-start');
    await mkdir(first);
    await chmod(first, 0o755);
    const bundled = capturingLogger();
    await ensureDataDir(first, bundled.log, { bundledMeili: true });
    assert.match(String(bundled.lines[0]!.msg), /holds the master key/);

    const group = path.join(dir.path, 'gruppe');
    await mkdir(group);
    await chmod(group, 0o750);
    const quiet = capturingLogger();
    await ensureDataDir(group, quiet.log, { bundledMeili: true });
    assert.deepEqual(quiet.lines, [], 'a group the operator chose (e.g. for backups) is not warned about');
  },
);
