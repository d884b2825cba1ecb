/**
 * Loads pdf-parse (and with it pdf.js) on first use, once per thread, so HTML-only work never
 * pays for it. Under tsx, Node parses the multi-megabyte source maps shipped with pdf.js while
 * loading it (measured: 3–6 s per thread instead of ~1.5 s), so source maps are switched off while
 * pdf.js and its worker code load; a tiny PDF is parsed to load the worker code in that window.
 */
type PdfParseModule = typeof import('pdf-parse');

/** A minimal one-page PDF (pdf.js rebuilds the missing cross-reference table). */
const TINY_PDF =
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

let loading: Promise<PdfParseModule> | undefined;

async function withoutSourceMaps<T>(load: () => Promise<T>): Promise<T> {
  const enabled = process.sourceMapsEnabled;
  process.setSourceMapsEnabled(false);
  try {
    return await load();
  } finally {
    process.setSourceMapsEnabled(enabled);
  }
}

async function loadAndWarmUp(): Promise<PdfParseModule> {
  const library = await import('pdf-parse');
  const parser = new library.PDFParse({ data: Buffer.from(TINY_PDF, 'latin1'), verbosity: 0 });
  try {
    await parser.getInfo();
  } catch {
    // Only a warm-up: a failure here shows up again, with its file, in the real extraction.
  } finally {
    await parser.destroy().catch(() => undefined);
  }
  return library;
}

export function loadPdfParse(): Promise<PdfParseModule> {
  loading ??= withoutSourceMaps(loadAndWarmUp).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
