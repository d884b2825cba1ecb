import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import type { Meilisearch } from 'meilisearch';
import { originalPath } from '../../../../src/archive/originals.js';
import type { Release } from '../../../../src/archive/release.js';
import { cacheExtraction } from '../../../../ingest/extract/extraction-cache.js';
import type { FileReport } from '../../../../ingest/run/ingest-report.js';
import type { PendingItem } from '../../../../ingest/run/release-assigner.js';
import { ReleaseRecords } from '../../../../ingest/run/release-records.js';
import { ReportBook } from '../../../../ingest/run/report-book.js';
import type { ReleaseEntry, SourceEntry } from '../../../../ingest/store/archive-state.js';
import { tempDir } from '../../../helpers/temp-dir.js';
import { extraction, fakePool, parsed } from './run-fixtures.js';
import { ExtractionError } from '../../../../ingest/extract/extraction-error.js';

const SHA: Record<string, string> = { a: 'a'.repeat(64), p: '1'.repeat(64), h: '2'.repeat(64) };
/** The source `name` (a, p or h) of type `type`: file `<name>.<type>` in /archiv. */
const source = (name: string, type: 'pdf' | 'html'): SourceEntry => ({
  type,
  filename: `${name}.${type}`,
  sha256: SHA[name]!,
  bytes: 10,
  path: `/archiv/${name}.${type}`,
  sample: false,
});
const entry = (sources: SourceEntry[]): ReleaseEntry => ({
  id: 'r1',
  identity: 'r1',
  sources,
  ingestedAt: '2026-12-01T00:00:00.000Z',
});

/** A client whose live index holds `documents`, or fails every look-up with `error`. */
function fakeClient(documents: Record<string, Release>, error?: Error): Meilisearch {
  const notFound = Object.assign(new Error('not found'), { cause: { code: 'document_not_found' } });
  return {
    index: () => ({
      getDocument: async (id: string) => {
        if (error) throw error;
        if (!documents[id]) throw notFound;
        return documents[id];
      },
    }),
  } as unknown as Meilisearch;
}

async function keptOriginal(dataDir: string, sha256: string): Promise<void> {
  await mkdir(path.dirname(originalPath(dataDir, sha256)), { recursive: true });
  await writeFile(originalPath(dataDir, sha256), 'kaputt');
}

test("a file of this run gives the record's text; one whose record cannot be built fails its lines", async () => {
  const dir = await tempDir();
  try {
    const book = new ReportBook(dir.path);
    const records = new ReleaseRecords(
      { client: fakeClient({}), liveIndex: 'idx', dataDir: dir.path, pool: fakePool({}) },
      book,
    );
    const line: FileReport = { file: 'a.pdf', status: 'new', id: 'r1' };
    const item: PendingItem = {
      entry: entry([source('a', 'pdf')]),
      parsed: new Map([[SHA.a!, parsed('Neu')]]),
      reports: [line],
    };
    const release = await records.recordFor(item);
    assert.equal(release?.title, 'Neu');
    assert.equal(release?.id, 'r1');
    item.parsed.set(SHA.a!, parsed('Ohne Datum', { date: '2026-02-30' }));
    assert.equal(await records.recordFor(item), undefined);
    assert.equal(line.status, 'failed');
    assert.match(line.reason!, /^a\.pdf: Release r1 has an invalid date "2026-02-30"$/);
  } finally {
    await dir.remove();
  }
});

test('a kept PDF that cannot be extracted again gives way to its HTML page, with a warning', async () => {
  const dir = await tempDir();
  try {
    const book = new ReportBook(dir.path);
    await keptOriginal(dir.path, SHA.p!);
    await cacheExtraction(dir.path, SHA.h!, extraction(parsed('Aus der Webseite'), 'html'));
    const pool = fakePool({ 'p.pdf': new ExtractionError('corrupt-pdf', 'corrupt or truncated PDF') });
    const records = new ReleaseRecords({ client: fakeClient({}), liveIndex: 'idx', dataDir: dir.path, pool }, book);
    const kept: PendingItem = {
      entry: entry([source('p', 'pdf'), source('h', 'html')]),
      parsed: new Map(),
      reports: [],
    };
    const release = await records.recordFor(kept);
    assert.equal(release?.title, 'Aus der Webseite');
    assert.deepEqual(book.report.files, [
      {
        file: '/archiv/p.pdf',
        status: 'unchanged',
        id: 'r1',
        warnings: [
          'the kept original could not be extracted again (p.pdf: corrupt or truncated PDF); the text now comes from h.html',
        ],
      },
    ]);
  } finally {
    await dir.remove();
  }
});

test('no readable original: the previous record, else failed and marked not indexed; other errors stop the run', async () => {
  const dir = await tempDir();
  try {
    await keptOriginal(dir.path, SHA.p!);
    const pool = fakePool({ 'p.pdf': new ExtractionError('corrupt-pdf', 'corrupt or truncated PDF') });
    const kept = (): PendingItem => ({ entry: entry([source('p', 'pdf')]), parsed: new Map(), reports: [] });
    const previous = { ...parsed('Wie bisher'), id: 'r1' } as Release;

    const withPrevious = new ReleaseRecords(
      { client: fakeClient({ r1: previous }), liveIndex: 'idx', dataDir: dir.path, pool },
      new ReportBook(dir.path),
    );
    assert.equal((await withPrevious.recordFor(kept()))?.title, 'Wie bisher');
    assert.deepEqual(withPrevious.unindexed, []);

    const book = new ReportBook(dir.path);
    const without = new ReleaseRecords({ client: fakeClient({}), liveIndex: 'idx', dataDir: dir.path, pool }, book);
    assert.equal(await without.recordFor(kept()), undefined);
    assert.match(book.report.files[0]!.reason!, /, and the index has no earlier record of it$/);
    assert.equal(without.unindexed[0]?.notIndexed, book.report.files[0]!.reason);

    const down = new ReleaseRecords(
      { client: fakeClient({}, new Error('fetch failed')), liveIndex: 'idx', dataDir: dir.path, pool },
      new ReportBook(dir.path),
    );
    await assert.rejects(down.recordFor(kept()), /fetch failed/);
  } finally {
    await dir.remove();
  }
});

test('a disk error or a closed pool is not a problem of the source: the run stops instead of passing over it', async () => {
  const dir = await tempDir();
  try {
    const previous = { ...parsed('Wie bisher'), id: 'r1' } as Release;
    const kept = (): PendingItem => ({ entry: entry([source('p', 'pdf')]), parsed: new Map(), reports: [] });
    // The cached extraction cannot be read (a folder in its place).
    await mkdir(path.join(dir.path, 'cache', 'extraction', SHA.p!.slice(0, 2), `${SHA.p}.json`), { recursive: true });
    const book = new ReportBook(dir.path);
    const records = new ReleaseRecords(
      { client: fakeClient({ r1: previous }), liveIndex: 'idx', dataDir: dir.path, pool: fakePool({}) },
      book,
    );
    await assert.rejects(records.recordFor(kept()), { code: 'EISDIR' });
    assert.deepEqual(book.report.files, [], 'not reported as "keeps its previous record"');

    const closed = new ReleaseRecords(
      {
        client: fakeClient({ r1: previous }),
        liveIndex: 'idx',
        dataDir: path.join(dir.path, 'other'),
        pool: fakePool({ 'p.pdf': new Error('extraction stopped: the extraction pool was closed') }),
      },
      new ReportBook(dir.path),
    );
    await keptOriginal(path.join(dir.path, 'other'), SHA.p!);
    await assert.rejects(closed.recordFor(kept()), /pool was closed/);
  } finally {
    await dir.remove();
  }
});
