import assert from 'node:assert/strict';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { ArchiveState, type ReleaseEntry } from '../../../../ingest/store/archive-state.js';
import { StateJournalError } from '../../../../ingest/store/state-journal-error.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const entry = (id: string, sha256: string): ReleaseEntry => ({
  id,
  identity: `identity-${id}`,
  sources: [{ type: 'pdf', filename: `${id}.pdf`, sha256, bytes: 10, path: `/in/${id}.pdf`, sample: false }],
  ingestedAt: '2026-12-02T08:00:00.000Z',
});

test('no journal yet is an empty archive', async () => {
  const dir = await tempDir();
  try {
    const state = await ArchiveState.load(dir.path, 'idx');
    assert.equal(state.byId.size, 0);
  } finally {
    await dir.remove();
  }
});

test('a journal that exists but cannot be read is a StateJournalError, never an empty archive', async () => {
  const dir = await tempDir();
  try {
    const journal = path.join(dir.path, 'state', 'idx.jsonl');
    await mkdir(journal, { recursive: true });
    await assert.rejects(ArchiveState.load(dir.path, 'idx'), (error: unknown) => {
      assert.ok(error instanceof StateJournalError);
      assert.equal(error.file, journal);
      assert.match(error.message, /state journal .*idx\.jsonl cannot be read \(EISDIR\); nothing was changed/);
      assert.equal((error.cause as NodeJS.ErrnoException).code, 'EISDIR');
      return true;
    });
  } finally {
    await dir.remove();
  }
});

test('commit, remove and a torn last line: the journal is read back as written', async () => {
  const dir = await tempDir();
  try {
    const state = await ArchiveState.load(dir.path, 'idx');
    await state.commit([entry('a', 'sha-a'), entry('b', 'sha-b')]);
    await state.remove(['a']);
    const journal = path.join(dir.path, 'state', 'idx.jsonl');
    await appendFile(journal, '{"op":"put","entry":{"id":"c"'); // killed mid-write
    const again = await ArchiveState.load(dir.path, 'idx');
    assert.deepEqual([...again.byId.keys()], ['b']);
    assert.equal(again.idForSha('sha-b'), 'b');
    assert.equal(again.idForPath('/in/b.pdf'), 'b');
    assert.equal(again.idForIdentity('identity-b'), 'b');
    assert.equal(again.idForSha('sha-a'), undefined);
    await again.compact();
    assert.equal((await readFile(journal, 'utf8')).trim().split('\n').length, 1);
  } finally {
    await dir.remove();
  }
});

test('after a torn last line the next batch starts a new line, so it is read back', async () => {
  const dir = await tempDir();
  try {
    const state = await ArchiveState.load(dir.path, 'idx');
    await state.commit([entry('a', 'sha-a')]);
    const journal = path.join(dir.path, 'state', 'idx.jsonl');
    await appendFile(journal, '{"op":"put","entry":{"id":"b","iden'); // killed mid-write
    const resumed = await ArchiveState.load(dir.path, 'idx');
    await resumed.commit([entry('c', 'sha-c')]);
    await resumed.commit([entry('d', 'sha-d')]);
    assert.deepEqual([...(await ArchiveState.load(dir.path, 'idx')).byId.keys()], ['a', 'c', 'd']);
    const lines = (await readFile(journal, 'utf8')).trimEnd().split('\n');
    assert.deepEqual(
      lines.map((line) => (JSON.parse(line) as { entry: { id: string } }).entry.id),
      ['a', 'c', 'd'],
      'the torn fragment was cut off, every line is whole',
    );
  } finally {
    await dir.remove();
  }
});

test('a batch glued onto a torn line (journals written before this fix) is recovered; other damage stops', async () => {
  const dir = await tempDir();
  try {
    const journal = path.join(dir.path, 'state', 'idx.jsonl');
    await mkdir(path.dirname(journal), { recursive: true });
    const put = (id: string): string => JSON.stringify({ op: 'put', entry: entry(id, `sha-${id}`) });
    await appendFile(journal, `${put('a')}\n{"op":"put","entry":{"id":"b","iden${put('c')}\n${put('d')}\n`);
    assert.deepEqual([...(await ArchiveState.load(dir.path, 'idx')).byId.keys()], ['a', 'c', 'd']);

    await appendFile(journal, `kaputt\n${put('e')}\n`);
    await assert.rejects(ArchiveState.load(dir.path, 'idx'), (error: unknown) => {
      assert.ok(error instanceof StateJournalError);
      assert.match(error.message, /idx\.jsonl cannot be read \(line 4 is damaged\); nothing was changed/);
      return true;
    });
  } finally {
    await dir.remove();
  }
});

test('a crash between writing and renaming the compacted journal loses no earlier record; the next batch after it is whole', async () => {
  const dir = await tempDir();
  try {
    const state = await ArchiveState.load(dir.path, 'idx');
    await state.commit([entry('a', 'sha-a'), entry('b', 'sha-b'), entry('c', 'sha-c')]);
    await state.remove(['a']);
    const journal = path.join(dir.path, 'state', 'idx.jsonl');
    await appendFile(journal, '{"op":"put","entry":{"id":"x"'); // killed mid-write
    const again = await ArchiveState.load(dir.path, 'idx');
    const crash = () => Promise.reject(new Error('crash before rename'));
    await assert.rejects(again.compact({ beforeRename: crash }), /crash before rename/);
    assert.deepEqual([...(await ArchiveState.load(dir.path, 'idx')).byId.keys()], ['b', 'c'], 'the journal is whole');
    await again.compact();
    await again.commit([entry('d', 'sha-d')]);
    assert.deepEqual([...(await ArchiveState.load(dir.path, 'idx')).byId.keys()], ['b', 'c', 'd']);
    const text = await readFile(journal, 'utf8');
    assert.equal(text.trimEnd().split('\n').length, 3);
    assert.ok(!text.includes('\0'), 'the next batch did not cut the rewrite at the length of the torn journal');
  } finally {
    await dir.remove();
  }
});
