import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractFixture } from '../../../../helpers/fixture-files.js';

describe('three-page PDF with letterhead, page numbers and hyphenation', async () => {
  const result = await extractFixture('good/smk-2025-03-14-ganztag-3-seiten.pdf');
  const { release } = result;
  const body = release.body.join('\n');

  test('head: label skipped, date line, title, subtitle in body type', () => {
    assert.equal(result.pages, 3);
    assert.equal(release.date, '2025-03-14');
    assert.equal(release.title, 'Neue Förderrichtlinie stärkt Ganztagsangebote an sächsischen Grundschulen');
    assert.equal(release.subtitle, 'Kultusministerium stellt 40 Millionen Euro für Schul- und Hortträger bereit');
  });

  test('the letterhead names the sender and is not in the body', () => {
    assert.equal(release.ministryShort, 'SMK');
    assert.ok(!body.includes('Pressestelle'), 'letterhead in body');
  });

  test('no page numbers in the body', () => {
    assert.doesNotMatch(body, /Seite \d von \d/);
  });

  test('words hyphenated at line ends are joined; coordination and compound hyphens stay', () => {
    for (const word of [
      'Forschungseinrichtungen',
      'Ganztagsangebote an Grundschulen',
      'Förderrichtlinie soll',
      'Begleitprogramm',
      'Informationsveranstaltungen',
      'Ganztagsbetreuung',
    ]) {
      assert.ok(body.includes(word), word);
    }
    assert.ok(body.includes('den Schul- und Hortträgern'));
    assert.ok(body.includes('Erfahrungen aus Sachsen-Anhalt'));
    assert.doesNotMatch(body, /\p{L}-\s(?!und|oder|sowie|bzw\.)\p{Ll}/u, 'a hyphen left at a former line end');
  });

  test('paragraphs running over a page break are joined', () => {
    assert.equal(release.body.length, 8);
    assert.ok(body.includes('das die Schulen bei der Umsetzung berät'));
    assert.ok(body.includes('Die neue Förderung ergänzt die Mittel des Bundes'));
  });

  test('footnote, contact block at the end', () => {
    assert.deepEqual(release.footnotes, [
      'Quelle: Statistisches Landesamt des Freistaates Sachsen, Schuljahr 2024/25.',
    ]);
    assert.deepEqual(release.contact, { phone: '+49 351 564-99999', email: 'presse@smk.sachsen.de' });
    assert.ok(!body.includes('Pressekontakt'));
    assert.ok(release.body.at(-1)?.endsWith('für den Ausbau der Räume erhalten hat.'));
  });

  test('topics', () => assert.deepEqual(release.topics, ['Bildung']));
});
