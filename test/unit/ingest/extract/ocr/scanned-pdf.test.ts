/** Which PDF pages need OCR, and what the PDF extractor does with OCR results (no Tesseract here). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import PDFDocument from 'pdfkit';
import { extractRelease, OcrNeededError } from '../../../../../ingest/extract/extract-release.js';
import { ExtractionError } from '../../../../../ingest/extract/extraction-error.js';
import type { OcrLine, OcrPage } from '../../../../../ingest/extract/ocr/ocr-page.js';
import { fixturePath } from '../../../../helpers/fixture-files.js';

const scan = readFileSync(fixturePath('bad/scanned-image-only.pdf'));

function pdf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.on('data', (c: Buffer) => chunks.push(c));
  draw(doc);
  doc.end();
  return done;
}

/** What OCR might read from a scanned release page: lines top to bottom in points. */
function ocrPage(page: number, texts: Array<[string, number]>): OcrPage {
  let y = 760;
  const lines: OcrLine[] = texts.map(([text, size]) => ({
    text,
    x: 70,
    right: 70 + text.length * 5,
    y: (y -= size * 1.6),
    size,
  }));
  return { page, width: 595, height: 842, confidence: 91, lines };
}

const RELEASE_PAGE: Array<[string, number]> = [
  ['Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus', 9],
  ['Dresden, 12. Mai 2026', 9],
  ['Moorschutz im Erzgebirge kommt voran', 15],
  ['Das Ministerium fördert die Wiedervernässung von drei Hochmooren im Erzgebirge.', 10.5],
  ['Die Arbeiten beginnen im Sommer und dauern zwei Jahre.', 10.5],
];

test('a scanned page asks for OCR of exactly that page, and its OCR lines make the release', async () => {
  await assert.rejects(extractRelease(scan, 'scan.pdf', { ocr: { pages: [] } }), (error: unknown) => {
    assert.ok(error instanceof OcrNeededError);
    assert.deepEqual(error.request, { source: 'pdf', pages: [1] });
    return true;
  });
  const result = await extractRelease(scan, 'scan.pdf', { ocr: { pages: [ocrPage(1, RELEASE_PAGE)] } });
  assert.equal(result.release.title, 'Moorschutz im Erzgebirge kommt voran');
  assert.equal(result.release.date, '2026-05-12');
  assert.equal(result.release.ministry, 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus');
  assert.match(result.release.body.join(' '), /Wiedervernässung von drei Hochmooren/);
  assert.deepEqual(result.ocr, { pages: [{ page: 1, confidence: 91 }], confidence: 91 });
});

test('OCR that finds nothing on the scan fails the file with a reason that says so', async () => {
  await assert.rejects(
    extractRelease(scan, 'scan.pdf', { ocr: { pages: [ocrPage(1, [['|', 10]])] } }),
    (error: unknown) =>
      error instanceof ExtractionError && error.code === 'ocr-no-text' && /page 1/.test(error.message),
  );
});

test('a PDF with a few words and no image is no scan: too little text, OCR is not asked for', async () => {
  const fewWords = await pdf((doc) => doc.fontSize(12).text('Nur drei Worte', 72, 72));
  await assert.rejects(extractRelease(fewWords, 'kurz.pdf', { ocr: { pages: [] } }), (error: unknown) => {
    assert.ok(error instanceof ExtractionError, String(error));
    assert.equal(error.code, 'too-little-text');
    assert.match(error.message, /^too little text for a release \(12 letters\) and no scanned page$/);
    return true;
  });
});

test('a page with text and a photo beside it is read from its text layer, not by OCR', async () => {
  const png = readFileSync(fixturePath('bad/unsupported-image.png'));
  const withPhoto = await pdf((doc) => {
    doc.image(png, 350, 72, { width: 180 });
    doc
      .fontSize(9)
      .text('Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus', 72, 72, { width: 250 });
    doc.text('Dresden, 12. Mai 2026', 72, 110);
    doc.fontSize(15).text('Moorschutz im Erzgebirge kommt voran', 72, 330);
    doc.fontSize(10.5).text('Das Ministerium fördert die Wiedervernässung von drei Hochmooren im Erzgebirge.', 72, 360);
  });
  const result = await extractRelease(withPhoto, 'foto.pdf', { ocr: { pages: [] } });
  assert.equal(result.release.title, 'Moorschutz im Erzgebirge kommt voran');
  assert.equal(result.ocr, undefined);
});
