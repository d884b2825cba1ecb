import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ParsedRelease } from '../../../../src/archive/release.js';
import { buildRelease, InvalidRecordError, orderSources } from '../../../../ingest/run/record-builder.js';
import type { ReleaseEntry, SourceEntry } from '../../../../ingest/store/archive-state.js';

const source = (type: SourceEntry['type'], name: string, extra: Partial<SourceEntry> = {}): SourceEntry => ({
  type,
  filename: `${name}.${type}`,
  sha256: name.padEnd(64, '0'),
  bytes: 1000,
  path: `/eingang/${name}.${type}`,
  sample: false,
  ...extra,
});

const parsed: ParsedRelease = {
  title: 'Hightech Agenda bestätigt sächsisches Kernthema',
  date: '2026-06-02',
  ministry: 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus',
  ministryShort: 'SMWK',
  topics: ['Wissenschaft und Forschung'],
  contact: { name: 'Falk Lange' },
  summary: 'Zusammenfassung.',
  body: ['Erster Absatz.', 'Zweiter Absatz.'],
};

const entry = (sources: SourceEntry[]): ReleaseEntry => ({
  id: '2026-06-02-hightech-agenda-3f9a1c',
  identity: 'smwk|2026-06-02|hightechagenda|ersterabsatz',
  sources,
  ingestedAt: '2026-06-03T08:00:00.000Z',
});

describe('orderSources', () => {
  test('PDF before HTML; within a type the order given', () => {
    const ordered = orderSources([
      source('html', 'a'),
      source('pdf', 'b'),
      source('html', 'c'),
      source('pdf', 'd'),
      source('pdf', 'e'),
    ]);
    assert.deepEqual(
      ordered.map((s) => s.filename),
      ['b.pdf', 'd.pdf', 'e.pdf', 'a.html', 'c.html'],
    );
  });

  test('one type only and no sources stay as they are', () => {
    const htmls = [source('html', 'z'), source('html', 'a')];
    assert.deepEqual(orderSources(htmls), htmls);
    assert.deepEqual(orderSources([]), []);
  });
});

describe('buildRelease', () => {
  test('text from the preferred source, id and ingest time from the entry, day number and year from the date', () => {
    const record = buildRelease(entry([source('pdf', 'b')]), parsed);
    for (const key of Object.keys(parsed) as Array<keyof ParsedRelease>)
      assert.deepEqual(record[key], parsed[key], key);
    assert.equal(record.id, '2026-06-02-hightech-agenda-3f9a1c');
    assert.equal(record.ingestedAt, '2026-06-03T08:00:00.000Z');
    assert.equal(record.dateNum, Date.parse('2026-06-02T00:00:00Z') / 86_400_000);
    assert.equal(record.year, 2026);
    assert.equal(buildRelease(entry([]), { ...parsed, date: '1970-01-02' }).dateNum, 1, 'days since 1970-01-01');
  });

  test('sources in the entry’s order, without the ingest path and sample flag; pages only for PDFs', () => {
    const record = buildRelease(
      entry([source('pdf', 'b', { pages: 3 }), source('html', 'a', { sample: true })]),
      parsed,
    );
    assert.deepEqual(record.sources, [
      { type: 'pdf', filename: 'b.pdf', sha256: 'b'.padEnd(64, '0'), bytes: 1000, pages: 3 },
      { type: 'html', filename: 'a.html', sha256: 'a'.padEnd(64, '0'), bytes: 1000 },
    ]);
    assert.ok(!('pages' in record.sources[1]!));
  });

  test('a sample release only when every source is a sample', () => {
    const sample = (...flags: boolean[]) =>
      buildRelease(entry(flags.map((flag, i) => source('pdf', `s${i}`, { sample: flag }))), parsed).sample;
    assert.equal(sample(true, true), true);
    assert.equal(sample(true, false), false);
    assert.equal(sample(false), false);
  });

  test('an invalid date is an InvalidRecordError naming the release and the date', () => {
    for (const date of ['2026-02-30', '02.06.2026', '2026-6-2', '']) {
      assert.throws(
        () => buildRelease(entry([source('pdf', 'b')]), { ...parsed, date }),
        new InvalidRecordError(`Release 2026-06-02-hightech-agenda-3f9a1c has an invalid date "${date}"`),
      );
    }
  });
});
