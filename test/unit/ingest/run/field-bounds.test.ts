/**
 * Bounds of the short fields of a release record: cut at a word boundary with " …" and a warning;
 * the identity of a release is taken from the uncut text, so a bound never changes an id.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ParsedRelease } from '../../../../src/archive/release.js';
import { boundFields, cutAtWord, FIELD_BOUNDS } from '../../../../ingest/run/field-bounds.js';
import type { FileReport } from '../../../../ingest/run/ingest-report.js';
import { buildRelease } from '../../../../ingest/run/record-builder.js';
import { ReleaseAssigner } from '../../../../ingest/run/release-assigner.js';
import { identityKey } from '../../../../ingest/run/release-identity.js';
import { ArchiveState } from '../../../../ingest/store/archive-state.js';
import { tempDir } from '../../../helpers/temp-dir.js';

function release(overrides: Partial<ParsedRelease> = {}): ParsedRelease {
  return {
    title: 'Neue Schulbibliotheken in allen Landkreisen',
    date: '2025-02-03',
    ministry: 'Sächsisches Staatsministerium für Kultus',
    ministryShort: 'SMK',
    topics: ['Bildung'],
    contact: { name: 'Anna Muster', phone: '+49 351 564-0', email: 'presse@smk.sachsen.de' },
    summary: 'Das Ministerium fördert 40 neue Schulbibliotheken.',
    body: ['Das Ministerium fördert 40 neue Schulbibliotheken.'],
    ...overrides,
  };
}

/** "Wort1 Wort2 …" up to at least `length` characters. */
function words(length: number): string {
  let text = '';
  for (let i = 1; text.length < length; i++) text += `${i > 1 ? ' ' : ''}Wort${i}`;
  return text;
}

describe('cutAtWord', () => {
  test('a value within the bound stays as it is', () => {
    assert.equal(cutAtWord('Kurzer Titel', 12), 'Kurzer Titel');
  });

  test('a longer value ends after its last whole word that fits, with " …"', () => {
    assert.equal(cutAtWord('Neue Schulbibliotheken in allen Landkreisen', 30), 'Neue Schulbibliotheken in …');
    const cut = cutAtWord(words(5000), 400);
    assert.ok(cut.length <= 400, `${cut.length} characters`);
    assert.ok(cut.length > 390, 'the room is used');
    assert.match(cut, /^Wort1 Wort2 .* Wort\d+ …$/);
    assert.ok(words(5000).startsWith(cut.slice(0, -2)), 'whole words of the original');
  });

  test('a word ending exactly at the room is kept whole', () => {
    assert.equal(cutAtWord('abcd efgh ijkl', 11), 'abcd efgh …');
  });

  test('no comma or dash is left before the ellipsis', () => {
    assert.equal(cutAtWord('Förderung, Beratung – und vieles mehr', 24), 'Förderung, Beratung …');
    assert.equal(cutAtWord('Förderung, Beratung und mehr', 14), 'Förderung …');
  });

  test('one long word is cut inside, never inside a surrogate pair', () => {
    assert.equal(cutAtWord('x'.repeat(1000), 10), `${'x'.repeat(8)} …`);
    assert.equal(cutAtWord(`${'x'.repeat(7)}😀😀😀`, 10), `${'x'.repeat(7)} …`);
  });

  test('cutting again changes nothing', () => {
    const once = cutAtWord(words(2000), 100);
    assert.equal(cutAtWord(once, 100), once);
  });
});

describe('boundFields', () => {
  test('a release within every bound is unchanged and gets no warning', () => {
    const plain = release({ subtitle: 'Förderprogramm startet' });
    assert.deepEqual(boundFields(plain), { release: plain, warnings: [] });
  });

  test('each over-long field is cut to its bound and named in a warning', () => {
    const long = release({
      title: words(1_048_576),
      subtitle: words(2000),
      summary: words(1000),
      contact: { name: words(300), phone: `+49 ${'1 '.repeat(100)}`, email: `${'a'.repeat(300)}@smk.sachsen.de` },
    });
    const { release: cut, warnings } = boundFields(long);
    assert.ok(cut.title.length <= FIELD_BOUNDS.title && cut.title.endsWith(' …'));
    assert.ok(cut.subtitle!.length <= FIELD_BOUNDS.subtitle);
    assert.ok(cut.summary.length <= FIELD_BOUNDS.summary);
    assert.ok(cut.contact.name!.length <= FIELD_BOUNDS.contactName);
    assert.ok(cut.contact.phone!.length <= FIELD_BOUNDS.contactPhone);
    assert.ok(cut.contact.email!.length <= FIELD_BOUNDS.contactEmail);
    assert.deepEqual(cut.body, long.body, 'the body is never cut');
    assert.deepEqual(warnings, [
      `contact name has ${long.contact.name!.length} characters; cut to 100 at a word boundary`,
      'contact phone has 204 characters; cut to 50 at a word boundary',
      'contact e-mail has 315 characters; cut to 254 at a word boundary',
      `title has ${long.title.length.toLocaleString('en')} characters; cut to 400 at a word boundary`,
      `sub-headline has ${long.subtitle!.length.toLocaleString('en')} characters; cut to 600 at a word boundary`,
      `summary has ${long.summary.length.toLocaleString('en')} characters; cut to 400 at a word boundary`,
    ]);
  });

  test('a body longer than Meilisearch indexes is kept whole, with a warning', () => {
    const paragraph = Array.from({ length: 1000 }, () => 'Wort').join(' ');
    const long = release({ body: Array.from({ length: 70 }, () => paragraph) });
    const { release: kept, warnings } = boundFields(long);
    assert.deepEqual(kept.body, long.body);
    assert.deepEqual(warnings, [
      'body too long for the search index: about 70,482 word positions, Meilisearch indexes 65,535 per field; ' +
        'words after about the first 65,080 of 70,000 cannot be found (the release shows the whole text)',
    ]);
  });
});

describe('where the bounds apply', () => {
  test('the identity comes from the uncut title, the record has the cut one, the line the warning', async () => {
    const dir = await tempDir();
    try {
      const long = release({ title: words(5000) });
      const assigner = new ReleaseAssigner(await ArchiveState.load(dir.path, 'idx'), false);
      const line: FileReport = { file: 'lang.html', status: 'failed' };
      const result = { type: 'html' as const, release: long, warnings: [] };
      assigner.assign({ line, sha256: 'sha-lang', bytes: 100, result, absolute: '/in/lang.html' });
      const [item] = assigner.takeBatch();
      assert.equal(item!.entry.identity, identityKey(long));
      assert.ok(item!.entry.identity.includes('wort500'), 'words beyond the bound are part of the identity');
      assert.deepEqual(line.warnings, ['title has 5,003 characters; cut to 400 at a word boundary']);
      const record = buildRelease(item!.entry, item!.parsed.get('sha-lang')!);
      assert.equal(record.id, item!.entry.id);
      assert.equal(record.title, cutAtWord(long.title, FIELD_BOUNDS.title));
    } finally {
      await dir.remove();
    }
  });
});
