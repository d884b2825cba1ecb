/**
 * Scan fixtures made by the project, at test or benchmark time: releases rendered to PDF
 * (`render-release-pdf.ts`), rasterised by PDFium at 300 dpi and put back as image-only PDFs, with
 * degraded variants (150 dpi, noise, a slight skew, JPEG artefacts); a mixed PDF (page 1 text,
 * page 2 a scan); a two-page TIFF; a PNG. Each comes with the text of its pages as printed (the text
 * layer of the rendered PDF), for the character error rate.
 */
import PDFDocument from 'pdfkit';
import type { GrayImage } from '../../../ingest/extract/ocr/gray-image.js';
import { renderPage } from '../../../ingest/extract/ocr/page-render.js';
import { loadPdfium, withPdfDocument } from '../../../ingest/extract/pdf/pdfium-library.js';
import { renderReleasePdf } from '../samples/render-release-pdf.js';
import type { SampleRelease } from '../samples/sample-release.js';
import { SAMPLE_RELEASES } from '../samples/sample-releases.js';
import { addNoise, resample, skew } from './degrade.js';
import { encodeJpeg, encodePng, encodeTiff } from './image-encoders.js';

const A4 = { width: 595.28, height: 841.89 };

export const sampleRelease = (key: string): SampleRelease => {
  const release = SAMPLE_RELEASES.find((r) => r.key === key);
  if (!release) throw new Error(`no sample release ${key}`);
  return release;
};

/** The releases the fixtures show: a one-page one for the scans, a two-page one for the TIFF and the mixed PDF. */
export const SCAN_RELEASE = sampleRelease('2022-03-14-sms-pflegeausbildung');
export const TIFF_RELEASE = sampleRelease('2026-06-02-smwk-hightech-agenda');
export const MIXED_RELEASE = sampleRelease('2025-02-18-sms-krankenhausplanung');

/** Page `n` of a PDF rendered by PDFium at 300 dpi. */
export async function rasterise(pdf: Uint8Array, n: number): Promise<GrayImage> {
  const pdfium = await loadPdfium();
  return withPdfDocument(pdfium, pdf, (doc) => renderPage(pdfium, doc, n).image);
}

export async function pageCount(pdf: Uint8Array): Promise<number> {
  const pdfium = await loadPdfium();
  return withPdfDocument(pdfium, pdf, (doc) => pdfium.text.FPDF_GetPageCount(doc));
}

type Page = { image: Buffer } | { text: (doc: PDFKit.PDFDocument) => void };

/** A PDF of A4 pages: an image filling the page (a scan), or text drawn by pdfkit. */
export function pdfOf(pages: readonly Page[]): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    autoFirstPage: false,
    info: { CreationDate: new Date(Date.UTC(2020, 0, 1)) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const page of pages) {
    doc.addPage({ size: 'A4', margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    if ('image' in page) doc.image(page.image, 0, 0, { width: A4.width, height: A4.height });
    else page.text(doc);
  }
  doc.end();
  return done;
}

export interface ScanFixture {
  name: string;
  bytes: Buffer;
  release: SampleRelease;
  /** The pages' text as printed, for the character error rate (only the pages read by OCR). */
  printed: Buffer;
  /** Pages of `printed` that are scanned in the fixture. */
  scannedPages: number[];
}

/** The one-page release as an image-only PDF: 300 dpi, and the degraded variants. */
export async function scannedPdfs(): Promise<ScanFixture[]> {
  const printed = await renderReleasePdf(SCAN_RELEASE);
  const page = await rasterise(printed, 1);
  const variants: Array<[string, () => Buffer]> = [
    ['scan-300dpi.pdf', () => encodePng(page)],
    ['scan-150dpi.pdf', () => encodePng(resample(page, 150))],
    ['scan-noise.pdf', () => encodePng(addNoise(page, 60, 17))],
    ['scan-skew.pdf', () => encodePng(skew(page, 1.5))],
    ['scan-jpeg.pdf', () => encodeJpeg(resample(page, 200), 15)],
  ];
  const out: ScanFixture[] = [];
  for (const [name, image] of variants) {
    out.push({ name, bytes: await pdfOf([{ image: image() }]), release: SCAN_RELEASE, printed, scannedPages: [1] });
  }
  return out;
}

/** The two-page release as a two-page greyscale TIFF at 200 dpi (a fax-like resolution). */
export async function scannedTiff({ repeat = 1 }: { repeat?: number } = {}): Promise<ScanFixture> {
  const printed = await renderReleasePdf(TIFF_RELEASE);
  const count = await pageCount(printed);
  const pages: GrayImage[] = [];
  for (let n = 1; n <= count; n++) pages.push(resample(await rasterise(printed, n), 200));
  return {
    name: 'fax.tif',
    // `repeat` > 1: the pages again and again, for a file whose OCR surely takes long.
    bytes: encodeTiff(Array.from({ length: repeat }, () => pages).flat()),
    release: TIFF_RELEASE,
    printed,
    scannedPages: pages.map((_, i) => i + 1),
  };
}

/** The two-page release with page 1 as printed (text layer) and page 2 as a scan. */
export async function mixedPdf(): Promise<ScanFixture> {
  const printed = await renderReleasePdf(MIXED_RELEASE);
  if ((await pageCount(printed)) !== 2) throw new Error(`${MIXED_RELEASE.key} no longer renders to two pages`);
  const scan = await rasterise(printed, 2);
  const pdfium = await loadPdfium();
  // Page 1 as printed: the release's own PDF with its second page replaced by the scan.
  const bytes = withPdfDocument(pdfium, printed, (doc) => replacePageByImage(pdfium, doc, 2, scan));
  return { name: 'mixed.pdf', bytes, release: MIXED_RELEASE, printed, scannedPages: [2] };
}

/** Replaces page `n` of `doc` by a page holding only `image`, and saves the document (PDFium). */
function replacePageByImage(
  pdfium: Awaited<ReturnType<typeof loadPdfium>>,
  doc: number,
  n: number,
  image: GrayImage,
): Buffer {
  const m = pdfium.module;
  m.FPDFPage_Delete(doc, n - 1);
  const page = m.FPDFPage_New(doc, n - 1, A4.width, A4.height);
  const bitmap = m.FPDFBitmap_CreateEx(image.width, image.height, 1, 0, 0);
  const buffer = m.FPDFBitmap_GetBuffer(bitmap);
  const stride = m.FPDFBitmap_GetStride(bitmap);
  for (let y = 0; y < image.height; y++) {
    m.pdfium.HEAPU8.set(image.data.subarray(y * image.width, (y + 1) * image.width), buffer + y * stride);
  }
  const object = m.FPDFPageObj_NewImageObj(doc);
  m.FPDFImageObj_SetBitmap(0, 0, object, bitmap);
  m.FPDFImageObj_SetMatrix(object, A4.width, 0, 0, A4.height, 0, 0);
  m.FPDFPage_InsertObject(page, object);
  m.FPDFPage_GenerateContent(page);
  m.FPDFBitmap_Destroy(bitmap);
  m.FPDF_ClosePage(page);
  const writer = m.PDFiumExt_OpenFileWriter();
  try {
    if (!m.PDFiumExt_SaveAsCopy(doc, writer)) throw new Error('PDFium could not save the mixed PDF');
    const size = m.PDFiumExt_GetFileWriterSize(writer);
    const data = m.pdfium.wasmExports.malloc(size);
    try {
      m.PDFiumExt_GetFileWriterData(writer, data, size);
      return Buffer.from(m.pdfium.HEAPU8.slice(data, data + size));
    } finally {
      m.pdfium.wasmExports.free(data);
    }
  } finally {
    m.PDFiumExt_CloseFileWriter(writer);
  }
}

/** A photographed one-page release as a PNG at 200 dpi. */
export async function scannedPng(release: SampleRelease): Promise<ScanFixture> {
  const printed = await renderReleasePdf(release);
  return {
    name: `${release.key}.png`,
    bytes: encodePng(resample(await rasterise(printed, 1), 200)),
    release,
    printed,
    scannedPages: [1],
  };
}
