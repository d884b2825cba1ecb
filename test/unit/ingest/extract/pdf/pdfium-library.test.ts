import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractPdf } from '../../../../../ingest/extract/pdf/pdf-extractor.js';
import { loadPdfium, withPdfDocument } from '../../../../../ingest/extract/pdf/pdfium-library.js';
import { renderPdf } from '../../../../fixtures/generator/pdf-writer.js';

const BODY =
  'Die Landesregierung hat heute beschlossen, die Förderung für Kindertagesstätten im kommenden Jahr deutlich zu erhöhen.';

const extract = (bytes: Buffer) => extractPdf(new Uint8Array(bytes), { deadline: Date.now() + 60_000 });

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
