import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractPdf } from '../../../../../ingest/extract/pdf/pdf-extractor.js';
import { renderPdf } from '../../../../fixtures/generator/pdf-writer.js';
import { extractFixture } from '../../../../helpers/fixture-files.js';

const BODY =
  'Die Landesregierung hat heute beschlossen, die Förderung für Kindertagesstätten im kommenden Jahr deutlich zu erhöhen.';

const extract = (bytes: Buffer) => extractPdf(new Uint8Array(bytes), { deadline: Date.now() + 60_000 });

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

describe('extractPdf (PDFium)', () => {
  test('Title and CreationDate become hints; the date is taken in German time', async () => {
    const pdf = await renderPdf((doc) => doc.fontSize(10).text(BODY), {
      info: { Title: 'Mehr Geld für Kitas im Land', CreationDate: new Date('2026-03-01T23:30:00Z') },
    });
    const result = await extract(pdf);
    assert.equal(result.hints.title, 'Mehr Geld für Kitas im Land');
    assert.equal(result.hints.fallbackDate, '2026-03-02');
    assert.equal(result.pages, 1);
  });

  test('type size includes the scaling of the page, so a scaled headline is a heading', async () => {
    const pdf = await renderPdf((doc) => {
      doc.save().scale(2).fontSize(8).text('Große Überschrift', 28, 40).restore();
      doc.fontSize(10).text(BODY, 56, 200, { width: 480 });
      doc.text(BODY, 56, 240, { width: 480 });
    });
    const { blocks } = await extract(pdf);
    assert.deepEqual(
      blocks.map((b) => [b.kind, b.text.slice(0, 17)]),
      [
        ['heading', 'Große Überschrift'],
        ['paragraph', BODY.slice(0, 17)],
        ['paragraph', BODY.slice(0, 17)],
      ],
    );
  });

  test('rotated text (a margin note) is left out', async () => {
    const pdf = await renderPdf((doc) => {
      doc.fontSize(10).text(BODY, 56, 200, { width: 480 });
      doc
        .save()
        .rotate(-90, { origin: [30, 600] })
        .fontSize(7)
        .text('Randvermerk gedreht', 30, 600)
        .restore();
    });
    const { blocks } = await extract(pdf);
    assert.deepEqual(
      blocks.map((b) => b.text),
      [BODY],
    );
  });

  test('a PDF that is not one is refused as corrupt, with the reason kept', async () => {
    await assert.rejects(extract(Buffer.from('%PDF-1.7\nnonsense')), (error: unknown) => {
      assert.ok(error instanceof Error && 'code' in error && error.code === 'corrupt-pdf');
      assert.match(error.message, /^corrupt or truncated PDF \(not a PDF or damaged\)$/);
      assert.ok(error.cause instanceof Error);
      return true;
    });
  });
});
