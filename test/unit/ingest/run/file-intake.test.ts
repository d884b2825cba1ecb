import assert from 'node:assert/strict';
import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { originalPath } from '../../../../src/archive/originals.js';
import { takeInFile } from '../../../../ingest/run/file-intake.js';
import type { FileReport } from '../../../../ingest/run/ingest-report.js';
import { sha256Of } from '../../../../ingest/store/originals-store.js';
import { tempDir } from '../../../helpers/temp-dir.js';
import { emptyState, extraction, fakePool, parsed } from './run-fixtures.js';
import { ExtractionError } from '../../../../ingest/extract/extraction-error.js';
import { deletedRelease, failed, skipped, type Refusal } from '../../../../ingest/run/input-refusal.js';
import { identityKey } from '../../../../ingest/run/release-identity.js';
import { entryPath } from '../../../../ingest/extract/extraction-cache.js';
import { ArchiveState } from '../../../../ingest/store/archive-state.js';

const line = (file: string): FileReport => ({ file, status: 'failed' });

test('a file is read, extracted, cached and kept; the second time its extraction comes from the cache', async () => {
  const dir = await tempDir();
  try {
    const file = path.join(dir.path, 'a.pdf');
    await writeFile(file, '%PDF-1.7 Inhalt');
    const result = extraction(parsed('Ganztag'));
    result.warnings.push('date taken from the metadata');
    const pool = fakePool({ 'a.pdf': result });
    const options = { dataDir: path.join(dir.path, 'data'), maxFileBytes: 1000 };
    const state = await emptyState(options.dataDir);
    const first = await takeInFile({ display: 'a.pdf', absolute: file }, line('a.pdf'), state, pool, options);
    assert.equal(first?.sha256, sha256Of(Buffer.from('%PDF-1.7 Inhalt')));
    assert.deepEqual(first?.line.warnings, ['date taken from the metadata']);
    await access(originalPath(options.dataDir, first!.sha256));
    const second = await takeInFile({ display: 'a.pdf', absolute: file }, line('a.pdf'), state, pool, options);
    assert.deepEqual(second?.result, result);
    assert.deepEqual(pool.calls, ['a.pdf'], 'extracted once');
  } finally {
    await dir.remove();
  }
});

test('too large, unreadable, not extractable: failed with a reason; --dry-run keeps nothing', async () => {
  const dir = await tempDir();
  try {
    const big = path.join(dir.path, 'gross.pdf');
    await writeFile(big, Buffer.alloc(3 * 1048576));
    const broken = path.join(dir.path, 'kaputt.pdf');
    await writeFile(broken, 'kaputt');
    const pool = fakePool({ 'kaputt.pdf': new ExtractionError('corrupt-pdf', 'corrupt or truncated PDF') });
    const options = { dataDir: path.join(dir.path, 'data'), maxFileBytes: 2 * 1048576, dryRun: true };
    const state = await emptyState(options.dataDir);
    const take = async (absolute: string, refused?: Refusal) => {
      const l = line(path.basename(absolute));
      assert.equal(await takeInFile({ display: l.file, absolute, refused }, l, state, pool, options), undefined);
      return l;
    };
    const tooLarge = await take(big);
    assert.match(tooLarge.reason!, /larger than the limit of 2 MB \(MAX_FILE_MB\)/);
    assert.equal(tooLarge.code, 'too-large');
    assert.equal((await take(path.join(dir.path, 'fehlt.pdf'))).reason, 'file cannot be read (ENOENT)');
    assert.equal((await take(broken)).reason, 'corrupt or truncated PDF');
    const folder = failed('unreadable', 'folder cannot be read (EACCES)');
    assert.deepEqual(await take(dir.path, folder), { ...line(path.basename(dir.path)), ...folder });
    const link = skipped('symlink', 'symbolic link, not followed');
    assert.deepEqual(await take(big, link), { file: 'gross.pdf', ...link }, 'a refused entry is not read');
    await assert.rejects(access(options.dataDir), { code: 'ENOENT' }, 'a dry run writes nothing');
  } finally {
    await dir.remove();
  }
});

test('the same bytes at the same release are unchanged, unless the release is marked not indexed', async () => {
  const dir = await tempDir();
  try {
    const file = path.join(dir.path, 'a.pdf');
    await writeFile(file, 'bytes');
    const sha256 = sha256Of(Buffer.from('bytes'));
    const options = { dataDir: path.join(dir.path, 'data'), maxFileBytes: 1000 };
    const state = await emptyState(options.dataDir);
    const source = { type: 'pdf' as const, filename: 'a.pdf', sha256, bytes: 5, path: file, sample: false };
    await state.commit([{ id: 'r1', identity: 'x', sources: [source], ingestedAt: '2026-12-01T00:00:00Z' }]);
    const pool = fakePool({ 'a.pdf': extraction(parsed('A')) });
    const unchanged = line('a.pdf');
    assert.equal(await takeInFile({ display: 'a.pdf', absolute: file }, unchanged, state, pool, options), undefined);
    assert.deepEqual(unchanged, { file: 'a.pdf', status: 'unchanged', id: 'r1' });
    await state.commit([
      { id: 'r1', identity: 'x', sources: [source], ingestedAt: '2026-12-01T00:00:00Z', notIndexed: 'failed' },
    ]);
    assert.ok(await takeInFile({ display: 'a.pdf', absolute: file }, line('a.pdf'), state, pool, options));
  } finally {
    await dir.remove();
  }
});

test('--dry-run extracts a good file but keeps no original and caches nothing', async () => {
  const dir = await tempDir();
  try {
    const file = path.join(dir.path, 'a.pdf');
    await writeFile(file, '%PDF-1.7 Inhalt');
    const pool = fakePool({ 'a.pdf': extraction(parsed('Ganztag')) });
    const options = { dataDir: path.join(dir.path, 'data'), maxFileBytes: 1000, dryRun: true };
    const state = await emptyState(options.dataDir);
    const taken = await takeInFile({ display: 'a.pdf', absolute: file }, line('a.pdf'), state, pool, options);
    assert.equal(taken?.result.release.title, 'Ganztag');
    await assert.rejects(access(options.dataDir), { code: 'ENOENT' }, 'neither cache nor originals were written');
  } finally {
    await dir.remove();
  }
});

test('a file of a release deleted for legal reasons is refused by its bytes or its identity, and nothing of it is kept', async () => {
  const dir = await tempDir();
  try {
    const options = { dataDir: path.join(dir.path, 'data'), maxFileBytes: 1000 };
    const deleted = parsed('Gelöscht');
    const pool = fakePool({ 'neu.pdf': extraction(deleted), 'andere.pdf': extraction(parsed('Andere')) });
    const state = await emptyState(options.dataDir);
    const file = async (name: string, text: string) => {
      await writeFile(path.join(dir.path, name), text);
      return { display: name, absolute: path.join(dir.path, name) };
    };
    const old = await file('alt.pdf', 'die alten Bytes');
    await state.deleted.record(
      '2026-06-02-geloescht-abc123',
      [identityKey(deleted)],
      [sha256Of(Buffer.from('die alten Bytes'))],
    );
    // Loaded afresh, as the next run does.
    const later = await ArchiveState.load(options.dataDir, 'idx');
    const same = line('alt.pdf');
    assert.equal(await takeInFile(old, same, later, pool, options), undefined);
    assert.deepEqual(same, { file: 'alt.pdf', ...deletedRelease });
    assert.deepEqual(pool.calls, [], 'refused by its hash before extraction');
    const changed = line('neu.pdf');
    assert.equal(await takeInFile(await file('neu.pdf', 'neu gespeichert'), changed, later, pool, options), undefined);
    assert.equal(changed.code, 'deleted-release');
    const sha = sha256Of(Buffer.from('neu gespeichert'));
    await assert.rejects(access(originalPath(options.dataDir, sha)), { code: 'ENOENT' }, 'no original kept');
    await assert.rejects(access(entryPath(options.dataDir, sha)), { code: 'ENOENT' }, 'no extraction cached');
    assert.ok(await takeInFile(await file('andere.pdf', 'andere'), line('andere.pdf'), later, pool, options));
  } finally {
    await dir.remove();
  }
});
