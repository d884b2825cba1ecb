import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { CorrectionsStore, type Correction } from '../../../../ingest/store/corrections-store.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const correction = (date: string, reason: string): Correction => ({
  at: '2026-12-03T04:00:00.000Z',
  account: 'anna',
  reason,
  values: { date },
});

test('a crash between writing and renaming a release’s corrections loses no earlier correction', async () => {
  const dir = await tempDir();
  const store = new CorrectionsStore(dir.path, 'pressemitteilungen');
  const first = [correction('2025-10-01', 'Datum im Kopf falsch'), correction('2025-10-02', 'noch einmal')];
  await store.write('2025-09-12-wolf', first);
  await store.write('2025-03-14-ganztag', [correction('2025-03-15', 'anderer Tag')]);

  const crashing = new CorrectionsStore(dir.path, 'pressemitteilungen', {
    beforeRename: () => Promise.reject(new Error('crash before rename')),
  });
  await assert.rejects(
    crashing.write('2025-09-12-wolf', [...first, correction('2025-10-03', 'ein drittes Mal')]),
    /crash before rename/,
  );
  await assert.rejects(crashing.write('2025-01-01-neu', [correction('2025-01-02', 'neu')]), /crash before rename/);
  const folder = path.join(dir.path, 'corrections', 'pressemitteilungen');
  assert.equal(
    (await readdir(folder)).filter((name) => name.endsWith('.tmp')).length,
    2,
    'the crashes left their files',
  );

  assert.deepEqual(await store.read('2025-09-12-wolf'), first, 'the earlier list, whole');
  const all = await store.readAll();
  assert.deepEqual(
    [...all.keys()].sort(),
    ['2025-03-14-ganztag', '2025-09-12-wolf'],
    'the temporary files are no records',
  );
  assert.deepEqual(all.get('2025-09-12-wolf'), first);
  assert.deepEqual(await store.read('2025-01-01-neu'), [], 'a record never renamed into place does not exist');

  await store.write('2025-09-12-wolf', [...first, correction('2025-10-03', 'ein drittes Mal')]);
  assert.equal((await store.read('2025-09-12-wolf')).length, 3, 'the next write works');
  await dir.remove();
});
