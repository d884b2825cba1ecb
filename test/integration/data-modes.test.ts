/** File modes in DATA_DIR after a real `npm start`, a feedback report and an ingest run: only the service user reads them. */
import assert from 'node:assert/strict';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { feedbackFile } from '../../src/feedback/feedback-store.js';
import { REPO_ROOT, runArchive } from '../helpers/archive-process.js';
import { runIngestCli } from '../helpers/ingest-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const modeOf = async (file: string): Promise<number> => (await stat(file)).mode & 0o777;

describe('DATA_DIR file modes', { timeout: 180_000 }, () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  before(async () => {
    // The processes inherit it: as on most machines, files would be 0644 and folders 0755 without explicit modes.
    process.umask(0o022);
    dir = await tempDir();
  });
  after(() => dir.remove());

  test('DATA_DIR 0700; master key, feedback reports, state journal and originals 0600 in 0700 folders', async () => {
    const dataDir = path.join(dir.path, 'data');
    const archive = await runArchive({ DATA_DIR: dataDir, LOAD_SAMPLES: '0' });
    try {
      await archive.ready();
      const posted = await fetch(`http://127.0.0.1:${archive.port}/barriere-melden`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: `http://127.0.0.1:${archive.port}` },
        body: new URLSearchParams({ name: 'Erika Muster', email: 'erika@example.org', message: 'Kontrast' }),
      });
      assert.equal(posted.status, 200);
      const run = await runIngestCli(
        ['--json', path.join(REPO_ROOT, 'test/fixtures/good/smwk-2026-06-02-hightech-agenda.pdf')],
        { DATA_DIR: dataDir },
      );
      assert.equal(run.code, 0, run.stderr);
    } finally {
      await archive.stop();
    }
    assert.doesNotMatch(archive.output(), /DATA_DIR may be read by every user/, 'no warning for a folder it made');

    assert.equal(await modeOf(dataDir), 0o700, 'DATA_DIR');
    assert.equal(await modeOf(path.join(dataDir, 'meili-master-key')), 0o600, 'master key');
    assert.equal(await modeOf(path.dirname(feedbackFile(dataDir))), 0o700, 'feedback/');
    assert.equal(await modeOf(feedbackFile(dataDir)), 0o600, 'feedback reports');
    assert.equal(await modeOf(path.join(dataDir, 'state')), 0o700, 'state/');
    assert.equal(await modeOf(path.join(dataDir, 'state', 'pressemitteilungen.jsonl')), 0o600, 'state journal');
    const originals = path.join(dataDir, 'originals');
    assert.equal(await modeOf(originals), 0o700, 'originals/');
    const [prefix] = await readdir(originals);
    assert.ok(prefix, 'an original was kept');
    assert.equal(await modeOf(path.join(originals, prefix)), 0o700, 'originals/<xx>/');
    const [original] = await readdir(path.join(originals, prefix));
    assert.equal(await modeOf(path.join(originals, prefix, original!)), 0o600, 'original');
  });
});
