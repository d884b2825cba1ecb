/**
 * PDFs laid out as offices make them (test/support/office/: embedded subset fonts, letter paper with
 * logo words and a sender block, a type heading, the date in the sender block or at the end, two
 * columns, hyphenation at line ends), made at test time: title, date, sender, type and body.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { extractRelease, type ExtractionResult } from '../../../../ingest/extract/extract-release.js';
import { extractPdf } from '../../../../ingest/extract/pdf/pdf-extractor.js';
import { officeReleases, type OfficeRelease } from '../../../support/office/office-releases.js';

describe('office-made PDF layouts', () => {
  let fixtures: Array<{ fixture: OfficeRelease; result: ExtractionResult }> = [];

  before(async () => {
    fixtures = await Promise.all(
      (await officeReleases()).map(async (fixture) => ({
        fixture,
        result: await extractRelease(fixture.bytes, fixture.name),
      })),
    );
  });

  test('the fixtures embed subset fonts, as word processors write them', async () => {
    for (const { fixture } of fixtures) {
      const pdf = fixture.bytes.toString('latin1');
      assert.match(pdf, /\/BaseFont \/[A-Z]{6}\+Carlito-Regular/, fixture.name);
      assert.match(pdf, /\/FontFile2 /, fixture.name);
    }
  });

  test('title, date, sender and type are those of the release, not of the letterhead or the file', () => {
    for (const { fixture, result } of fixtures) {
      const { title, date, ministry, type } = result.release;
      const { expected } = fixture;
      assert.deepEqual(
        { title, date, ministry, type },
        { title: expected.title, date: expected.date, ministry: expected.ministry, type: expected.type },
        fixture.name,
      );
      assert.ok(!result.warnings.some((w) => /creation date|headline taken from the metadata/.test(w)), fixture.name);
    }
  });

  test('the body has the text, without letterhead, type heading, sender block or date line', () => {
    for (const { fixture, result } of fixtures) {
      const body = result.release.body;
      for (const text of fixture.expected.bodyContains)
        assert.ok(
          body.some((p) => p.includes(text)),
          `${fixture.name}: „${text}“ in one paragraph of\n${body.join('\n')}`,
        );
      for (const text of fixture.expected.bodyLacks)
        assert.ok(!body.some((p) => p.includes(text)), `${fixture.name}: „${text}“ is not in the body`);
    }
  });

  test('words broken at a line end are read whole; the hyphen of a compound stays', () => {
    const broken = fixtures.flatMap(({ fixture }) => fixture.hyphenated);
    assert.ok(broken.some((b) => b.word.includes('-')) && broken.some((b) => !b.word.includes('-')), 'both kinds');
    for (const { fixture, result } of fixtures) {
      const text = result.release.body.join('\n');
      for (const { lineEnd, word } of fixture.hyphenated) {
        assert.ok(text.includes(word), `${fixture.name}: „${word}“ (printed „${lineEnd}“ at a line end)`);
      }
    }
  });

  test('a paragraph running from the first column into the second stays one paragraph', async () => {
    const fixture = fixtures.find((f) => f.fixture.name === 'senfin-zwei-spalten.pdf')?.fixture;
    assert.ok(fixture);
    const doc = await extractPdf(fixture.bytes, { deadline: Date.now() + 30_000 });
    const crossing = doc.blocks.find((b) => b.text.includes('Sonderprogramm'));
    assert.ok(crossing?.text.includes('Anträge stellen.'), crossing?.text);
  });

  test('labelled lines of an invitation („Termin:“ / „Ort:“, set with a tab) stay one line each', () => {
    const result = fixtures.find((f) => f.fixture.name === 'smk-medieneinladung.pdf')?.result;
    assert.ok(result);
    assert.ok(
      result.release.body.includes('Termin: Mittwoch, 22. April 2026, 11:00 Uhr'),
      result.release.body.join('\n'),
    );
    assert.ok(result.release.body.some((p) => p.startsWith('Ort: Oberschule Meißen-Triebischtal')));
  });
});
