import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractPdf } from '../../../../../ingest/extract/pdf/pdf-extractor.js';
import { pdfDateInGermany } from '../../../../../ingest/extract/pdf/pdf-info.js';
import { loadPdfium, withPdfDocument } from '../../../../../ingest/extract/pdf/pdfium-library.js';
import { renderPdf } from '../../../../fixtures/generator/pdf-writer.js';

const BODY =
  'Die Landesregierung hat heute beschlossen, die Förderung für Kindertagesstätten im kommenden Jahr deutlich zu erhöhen.';

const extract = (bytes: Buffer) => extractPdf(new Uint8Array(bytes), { deadline: Date.now() + 60_000 });

describe('pdfDateInGermany', () => {
  test('a date with a time zone is the calendar date in German time', () => {
    assert.equal(pdfDateInGermany("D:20260602093000+02'00'"), '2026-06-02');
    assert.equal(pdfDateInGermany("D:20260602233000-05'30"), '2026-06-03');
    assert.equal(pdfDateInGermany('D:20260301233000Z'), '2026-03-02');
    assert.equal(pdfDateInGermany("D:20260301233000Z00'00'"), '2026-03-02');
    assert.equal(pdfDateInGermany("D:20260301233000+01'00"), '2026-03-01');
  });

  test('a date without a time zone is taken as written; missing parts are the start of the period', () => {
    assert.equal(pdfDateInGermany('D:20260301233000'), '2026-03-01');
    assert.equal(pdfDateInGermany('D:2026'), '2026-01-01');
    assert.equal(pdfDateInGermany('D:202603'), '2026-03-01');
    assert.equal(pdfDateInGermany('20260315101500'), '2026-03-15');
  });

  test('rejects what is not a PDF date', () => {
    for (const value of [
      '',
      'gestern',
      '20260315',
      '2026-06-02T09:30:00+02:00',
      'D:20261340',
      'D:20260230',
      'D:20260615250000',
      "D:20260615120000+25'00'",
      'D:20260615120000 und mehr',
    ])
      assert.equal(pdfDateInGermany(value), undefined, value);
  });
});

describe('PDFium module', () => {
  test('is kept after an ordinary error and replaced after a trap inside PDFium', async () => {
    const pdf = await renderPdf((doc) => doc.fontSize(10).text(BODY));
    const first = await loadPdfium();
    assert.throws(() => withPdfDocument(first, pdf, () => assert.fail('ordinary')), /ordinary/);
    assert.equal(await loadPdfium(), first);
    assert.throws(
      () =>
        withPdfDocument(first, pdf, () => {
          throw new WebAssembly.RuntimeError('unreachable');
        }),
      WebAssembly.RuntimeError,
    );
    const second = await loadPdfium();
    assert.notEqual(second, first);
    assert.equal((await extract(pdf)).blocks[0]?.text, BODY);
  });
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
