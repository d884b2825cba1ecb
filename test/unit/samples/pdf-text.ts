/** Test helper: text per page and some Info entries of a PDF, read with PDFium's plain text API. */
import assert from 'node:assert/strict';
import { loadPdfium, readMetaText, withPdfDocument } from '../../../ingest/extract/pdf/pdfium-library.js';

export interface PdfContent {
  pages: string[];
  info: Record<string, string | undefined>;
}

export async function readPdf(bytes: Buffer): Promise<PdfContent> {
  const pdfium = await loadPdfium();
  const { module: m } = pdfium;
  return withPdfDocument(pdfium, bytes, (doc) => {
    const pages: string[] = [];
    for (let i = 0; i < m.FPDF_GetPageCount(doc); i++) {
      const page = m.FPDF_LoadPage(doc, i);
      const text = page ? m.FPDFText_LoadPage(page) : 0;
      const count = text ? m.FPDFText_CountChars(text) : 0;
      const buffer = m.pdfium.wasmExports.malloc((count + 1) * 2);
      try {
        assert.ok(page && text && buffer, `page ${i + 1} cannot be read`);
        m.FPDFText_GetText(text, 0, count, buffer);
        // Lines end in CR LF; a hyphen at a line end comes as U+FFFE in place of "-" and the break.
        pages.push(m.pdfium.UTF16ToString(buffer).replaceAll('\r\n', '\n').replaceAll('\uFFFE', '-\n'));
      } finally {
        if (buffer) m.pdfium.wasmExports.free(buffer);
        if (text) m.FPDFText_ClosePage(text);
        if (page) m.FPDF_ClosePage(page);
      }
    }
    const info = Object.fromEntries(
      ['Title', 'Author', 'Subject', 'Creator'].map((tag) => [tag, readMetaText(pdfium, doc, tag)]),
    );
    return { pages, info };
  });
}
