import assert from 'node:assert/strict';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { test } from 'node:test';
import { releaseFingerprint } from '../../../../src/archive/release-fingerprint.js';
import { DeletedReleases } from '../../../../ingest/store/deleted-releases.js';
import { StateJournalError } from '../../../../ingest/store/state-journal-error.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const SHA = 'a'.repeat(64);

test('a refusal holds hashes only, survives a torn last line and is read back', async () => {
  const dir = await tempDir();
  try {
    const deleted = await DeletedReleases.load(dir.path, 'idx');
    assert.equal(deleted.hasFile(SHA), false);
    await deleted.record('2026-06-02-geheimer-titel-abc123', ['smk|2026-06-02|geheimertitel|text'], [SHA]);
    const file = DeletedReleases.path(dir.path, 'idx');
    const text = await readFile(file, 'utf8');
    assert.ok(!text.includes('geheim'), 'no words of the release');
    assert.ok(text.includes(releaseFingerprint('2026-06-02-geheimer-titel-abc123')), 'the audit line’s fingerprint');
    await appendFile(file, '{"at":"2026-12-0');
    const again = await DeletedReleases.load(dir.path, 'idx');
    assert.ok(again.hasFile(SHA));
    assert.ok(again.hasIdentity('smk|2026-06-02|geheimertitel|text'));
    assert.equal(again.hasIdentity('smk|2026-06-02|anderer|text'), false);
    await again.record('zweite', ['zweite'], []);
    assert.ok((await DeletedReleases.load(dir.path, 'idx')).hasIdentity('zweite'), 'appended after the torn line');
    await writeFile(file, `kaputt\n${text}`);
    await assert.rejects(DeletedReleases.load(dir.path, 'idx'), StateJournalError, 'damage elsewhere stops the run');
  } finally {
    await dir.remove();
  }
});
