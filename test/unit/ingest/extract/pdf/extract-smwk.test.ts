import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractFixture } from '../../../../helpers/fixture-files.js';

const TITLE = 'Hightech Agenda bestätigt sächsisches Kernthema Zell- und Gentherapie';
const SUBTITLE = 'Internationale Konferenz mit Experten aus Wissenschaft, Wirtschaft und Politik tagt in Dresden';

for (const [type, file] of [
  ['pdf', 'good/smwk-2026-06-02-hightech-agenda.pdf'],
  ['html', 'good/smwk-2026-06-02-hightech-agenda.html'],
] as const) {
  describe(`SMWK release as ${type.toUpperCase()}`, async () => {
    const result = await extractFixture(file);
    const { release } = result;

    test('type comes from the content', () => assert.equal(result.type, type));

    test('sender, date, title, subtitle', () => {
      assert.equal(release.ministry, 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus');
      assert.equal(release.ministryShort, 'SMWK');
      assert.equal(release.ministryPrinted, undefined);
      assert.equal(release.date, '2026-06-02');
      assert.equal(release.title, TITLE);
      assert.equal(release.subtitle, SUBTITLE);
    });

    test('contact: name, phone, e-mail without the footnote marker', () => {
      assert.deepEqual(release.contact, {
        name: 'Falk Lange',
        phone: '+49 351 564 60200',
        email: 'falk.lange@smwk.sachsen.de',
      });
    });

    test('body: four paragraphs, words and quotes intact, no boilerplate', () => {
      assert.equal(release.body.length, 4);
      assert.ok(release.body[0]?.startsWith('Sichere und zugängliche'));
      assert.ok(release.body[2]?.includes('Forschungseinrichtungen'));
      assert.ok(release.body[1]?.includes('»Made in Germany«'));
      assert.ok(release.body[3]?.startsWith('SaxoCell ist Gewinner'));
      assert.ok(release.body[3]?.endsWith('aus der Wirtschaft zusammen.'));
      const text = release.body.join('\n');
      for (const unwanted of [
        'Kein Zugang',
        'eSignatur',
        'Falk Lange',
        'Hausanschrift',
        'Seite 1 von',
        'Cookies',
        'Teilen',
        'Impressum',
        TITLE,
      ]) {
        assert.ok(!text.includes(unwanted), unwanted);
      }
    });

    test('the e-signature notice is neither body nor footnote', () => {
      assert.ok(!(release.footnotes ?? []).some((f) => f.includes('Kein Zugang')));
    });

    test('summary is the lead, cut at a sentence end', () => {
      assert.ok(release.summary.startsWith('Sichere und zugängliche Zell- und Gentherapien'));
      assert.ok(release.summary.length <= 400);
      assert.match(release.summary, /\.$/);
    });

    test('topics', () => {
      assert.equal(release.topics[0], 'Wissenschaft und Forschung');
      assert.ok(release.topics.includes('Gesundheit'));
    });
  });
}

test('the PDF reports its page count and no warnings', async () => {
  const result = await extractFixture('good/smwk-2026-06-02-hightech-agenda.pdf');
  assert.equal(result.pages, 2);
  assert.deepEqual(result.warnings, []);
});
