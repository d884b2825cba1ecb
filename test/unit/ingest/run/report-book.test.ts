import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReportBook } from '../../../../ingest/run/report-book.js';
import type { ReleaseEntry } from '../../../../ingest/store/archive-state.js';

const kept = (id: string, path: string): ReleaseEntry => ({
  id,
  identity: id,
  sources: [{ type: 'pdf', filename: path.split('/').pop()!, sha256: id, bytes: 1, path, sample: false }],
  ingestedAt: '2026-12-01T00:00:00.000Z',
});

test('a kept release gets one line, named relative to the current folder when it lies below it', () => {
  const book = new ReportBook('/archiv');
  book.reportKept(kept('a', '/archiv/eingang/a.pdf'), 'unchanged', 'first warning');
  book.reportKept(kept('a', '/archiv/eingang/a.pdf'), 'unchanged', 'second warning');
  book.reportKept(kept('b', '/anderswo/b.pdf'), 'failed', 'cannot be written');
  assert.deepEqual(book.report.files, [
    { file: 'eingang/a.pdf', status: 'unchanged', id: 'a', warnings: ['first warning', 'second warning'] },
    { file: '/anderswo/b.pdf', status: 'failed', id: 'b', reason: 'cannot be written' },
  ]);
});

test("a kept release named in this run reports on its file's line", () => {
  const book = new ReportBook('/archiv');
  const line = book.lineFor('eingang/a.pdf');
  line.status = 'unchanged';
  line.id = 'a';
  book.reportKept(kept('a', '/archiv/eingang/a.pdf'), 'failed', 'no earlier record');
  assert.deepEqual(book.report.files, [
    { file: 'eingang/a.pdf', status: 'failed', id: 'a', reason: 'no earlier record' },
  ]);
});

test('a new line counts as failed until it says otherwise', () => {
  const book = new ReportBook('/');
  const line = book.lineFor('x.pdf');
  assert.equal(line.status, 'failed');
  book.fail(line, 'empty file');
  assert.deepEqual(book.report.files, [{ file: 'x.pdf', status: 'failed', reason: 'empty file' }]);
});
