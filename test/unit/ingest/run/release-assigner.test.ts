import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FileReport } from '../../../../ingest/run/ingest-report.js';
import { ReleaseAssigner, type PreparedFile } from '../../../../ingest/run/release-assigner.js';
import { tempDir } from '../../../helpers/temp-dir.js';
import { emptyState, extraction, parsed } from './run-fixtures.js';

function prepared(file: string, sha256: string, title: string, type: 'pdf' | 'html' = 'pdf'): PreparedFile {
  const line: FileReport = { file, status: 'failed' };
  return { line, sha256, bytes: 100, result: extraction(parsed(title), type), absolute: `/in/${file}` };
}

test('the PDF and the HTML page of one release join one pending release, PDF first', async () => {
  const dir = await tempDir();
  try {
    const assigner = new ReleaseAssigner(await emptyState(dir.path), false);
    const html = prepared('ganztag.html', 'sha-html', 'Ganztag an Grundschulen', 'html');
    const pdf = prepared('ganztag.pdf', 'sha-pdf', 'Ganztag an Grundschulen');
    assigner.assign(html);
    assigner.assign(pdf);
    assert.equal(assigner.size, 1);
    assert.equal(html.line.id, pdf.line.id);
    assert.match(pdf.line.id!, /^2026-06-02-ganztag-an-grundschulen-[0-9a-f]{6}$/);
    assert.deepEqual([html.line.status, pdf.line.status], ['new', 'new']);
    const [item] = assigner.takeBatch();
    assert.deepEqual(
      item!.entry.sources.map((s) => [s.type, s.path, s.sample]),
      [
        ['pdf', '/in/ganztag.pdf', false],
        ['html', '/in/ganztag.html', false],
      ],
    );
    assert.deepEqual([...item!.parsed.keys()].sort(), ['sha-html', 'sha-pdf']);
    assert.deepEqual(item!.reports, [html.line, pdf.line]);
  } finally {
    await dir.remove();
  }
});

test('a file joins a release that is already in a batch not yet confirmed', async () => {
  const dir = await tempDir();
  try {
    const assigner = new ReleaseAssigner(await emptyState(dir.path), true);
    const pdf = prepared('a.pdf', 'sha-a', 'Tag der offenen Tür');
    assigner.assign(pdf);
    const batch = assigner.takeBatch();
    const html = prepared('a.html', 'sha-b', 'Tag der offenen Tür', 'html');
    assigner.assign(html);
    assert.equal(html.line.id, pdf.line.id);
    assigner.settled(batch);
    const [again] = assigner.takeBatch();
    assert.equal(again!.entry.sources.length, 2, 'the entry carries both sources');
    assert.ok(again!.entry.sources.every((s) => s.sample));
  } finally {
    await dir.remove();
  }
});

test('a known path keeps its release (updated, even with a corrected title); another text is another release', async () => {
  const dir = await tempDir();
  try {
    const state = await emptyState(dir.path);
    const first = new ReleaseAssigner(state, false);
    const original = prepared('a.pdf', 'sha-1', 'Haushalt beschlossen');
    first.assign(original);
    await state.commit(first.takeBatch().map((item) => item.entry));

    const second = new ReleaseAssigner(state, false);
    const corrected = prepared('a.pdf', 'sha-2', 'Haushalt 2027 beschlossen');
    const other = prepared('b.pdf', 'sha-3', 'Haushalt beschlossen');
    other.result.release.body = ['Ein ganz anderer Text am selben Tag.'];
    second.assign(corrected);
    second.assign(other);
    assert.equal(corrected.line.id, original.line.id);
    assert.equal(corrected.line.status, 'updated');
    assert.notEqual(other.line.id, original.line.id);
    assert.equal(other.line.status, 'new');
    assert.deepEqual([...second.touched].sort(), [original.line.id, other.line.id].sort());
  } finally {
    await dir.remove();
  }
});

test('addExisting skips releases that files of this run touched', async () => {
  const dir = await tempDir();
  try {
    const state = await emptyState(dir.path);
    const first = new ReleaseAssigner(state, false);
    first.assign(prepared('a.pdf', 'sha-1', 'Erste'));
    first.assign(prepared('b.pdf', 'sha-2', 'Zweite'));
    await state.commit(first.takeBatch().map((item) => item.entry));

    const rebuild = new ReleaseAssigner(state, false);
    const changed = prepared('a.pdf', 'sha-9', 'Erste, korrigiert');
    rebuild.assign(changed);
    for (const entry of state.byId.values()) rebuild.addExisting(entry);
    const batch = rebuild.takeBatch();
    assert.equal(batch.length, 2);
    const touchedItem = batch.find((item) => item.entry.id === changed.line.id)!;
    assert.equal(touchedItem.entry.sources[0]!.sha256, 'sha-9', 'the changed file, not the kept entry');
  } finally {
    await dir.remove();
  }
});
