/**
 * `npm run bench:ocr`: the scan fixtures (test/support/scans/) read by OCR as ingest reads them
 * (`ocr/read-pages.ts`: PDFium rendering at 300 dpi or the image decoded, Tesseract with the German
 * model), one tesseract.js worker in this process. Prints per variant the character error rate
 * against the text printed on the scanned pages (the text layer of the rendered release, whitespace
 * collapsed) and the seconds per page; the first page also pays for starting Tesseract (printed apart).
 */
import { extractRelease, OcrNeededError } from '../ingest/extract/extract-release.js';
import type { OcrRequest } from '../ingest/extract/ocr/ocr-page.js';
import { readPages } from '../ingest/extract/ocr/read-pages.js';
import { closeReader, recognize } from '../ingest/extract/ocr/tesseract-reader.js';
import { loadPdfium, withPdfDocument } from '../ingest/extract/pdf/pdfium-library.js';
import {
  mixedPdf,
  scannedPdfs,
  scannedPng,
  scannedTiff,
  SCAN_RELEASE,
  type ScanFixture,
} from '../test/support/scans/scan-fixtures.js';

/** The characters PDFium reads from page `n`'s text layer. */
async function printedText(pdf: Uint8Array, n: number): Promise<string> {
  const pdfium = await loadPdfium();
  const t = pdfium.text;
  return withPdfDocument(pdfium, pdf, (doc) => {
    const page = t.FPDF_LoadPage(doc, n - 1);
    const text = t.FPDFText_LoadPage(page);
    let out = '';
    for (let i = 0; i < t.FPDFText_CountChars(text); i++) {
      const code = t.FPDFText_GetUnicode(text, i);
      out += code === 2 ? '-' : String.fromCodePoint(code);
    }
    t.FPDFText_ClosePage(text);
    t.FPDF_ClosePage(page);
    return out;
  });
}

const normalise = (text: string): string =>
  text
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Levenshtein distance, two rows. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

async function request(fixture: ScanFixture): Promise<OcrRequest> {
  try {
    await extractRelease(fixture.bytes, fixture.name, { ocr: { pages: [] } });
  } catch (error) {
    if (error instanceof OcrNeededError) return error.request;
    throw error;
  }
  throw new Error(`${fixture.name} needs no OCR`);
}

const fixtures = [...(await scannedPdfs()), await mixedPdf(), await scannedTiff(), await scannedPng(SCAN_RELEASE)];
const start = performance.now();
await recognize(new Uint8Array(Buffer.from('P5\n8 8\n255\n' + '\u00ff'.repeat(64), 'latin1')), 8, 300);
console.log(
  `Tesseract start (worker, WebAssembly, German model): ${((performance.now() - start) / 1000).toFixed(1)} s\n`,
);
console.log('variant            pages  CER      s/page  confidence');
for (const fixture of fixtures) {
  const ocr = await request(fixture);
  const t0 = performance.now();
  const pages = await readPages(fixture.bytes, ocr);
  const seconds = (performance.now() - t0) / 1000 / pages.length;
  let errors = 0;
  let length = 0;
  for (const page of pages) {
    const printed = normalise(await printedText(fixture.printed, page.page));
    const read = normalise(page.lines.map((l) => l.text).join(' '));
    errors += distance(printed, read);
    length += printed.length;
  }
  const confidence = pages.map((p) => Math.round(p.confidence)).join(', ');
  console.log(
    `${fixture.name.padEnd(18)} ${String(pages.length).padStart(5)}  ${((100 * errors) / length).toFixed(2).padStart(5)} %  ${seconds.toFixed(1).padStart(6)}  ${confidence}`,
  );
}
await closeReader();
