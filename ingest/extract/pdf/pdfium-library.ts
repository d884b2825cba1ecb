/**
 * PDFium (the PDF engine of Chromium), compiled to WebAssembly and shipped in the npm package
 * `@embedpdf/pdfium`. Loaded on first use, once per thread, from the package's own `pdfium.wasm`
 * (never fetched). A document lives in the module's memory until it is closed: `withPdfDocument`
 * copies the bytes in, hands out the document handle and frees both afterwards.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { WrappedPdfiumModule } from '@embedpdf/pdfium';

/**
 * The functions the text extraction calls per character, taken straight from the WebAssembly
 * exports: the package's wrappers (`cwrap` with argument conversion and assertions) cost more than
 * the calls themselves (CPU profile: two thirds of the extraction time). Numbers in, numbers out;
 * C booleans are 0 or 1.
 */
export interface PdfiumTextExports {
  FPDF_GetPageCount(doc: number): number;
  FPDF_LoadPage(doc: number, index: number): number;
  FPDF_ClosePage(page: number): void;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(text: number): void;
  FPDFText_CountChars(text: number): number;
  FPDFText_GetUnicode(text: number, index: number): number;
  FPDFText_IsGenerated(text: number, index: number): number;
  FPDFText_GetTextObject(text: number, index: number): number;
  FPDFText_GetCharOrigin(text: number, index: number, x: number, y: number): number;
  FPDFText_GetFontSize(text: number, index: number): number;
  FPDFText_GetMatrix(text: number, index: number, matrix: number): number;
  FPDFText_GetLooseCharBox(text: number, index: number, rect: number): number;
  FPDFText_IsHyphen(text: number, index: number): number;
}

const TEXT_EXPORTS: ReadonlyArray<keyof PdfiumTextExports> = [
  'FPDF_GetPageCount',
  'FPDF_LoadPage',
  'FPDF_ClosePage',
  'FPDFText_LoadPage',
  'FPDFText_ClosePage',
  'FPDFText_CountChars',
  'FPDFText_GetUnicode',
  'FPDFText_IsGenerated',
  'FPDFText_GetTextObject',
  'FPDFText_GetCharOrigin',
  'FPDFText_GetFontSize',
  'FPDFText_GetMatrix',
  'FPDFText_GetLooseCharBox',
  'FPDFText_IsHyphen',
];

export interface Pdfium {
  /** The package's module: memory, helpers and the wrapped functions for calls made once per file. */
  module: WrappedPdfiumModule;
  text: PdfiumTextExports;
}

/** FPDF_GetLastError codes (fpdfview.h). */
export const PDFIUM_ERROR = { unknown: 1, file: 2, format: 3, password: 4, security: 5, page: 6 } as const;

/** Thrown when PDFium refuses a document; `code` is FPDF_GetLastError's value. */
export class PdfiumError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'PdfiumError';
  }
}

const ERROR_TEXT: Record<number, string> = {
  [PDFIUM_ERROR.file]: 'file not readable',
  [PDFIUM_ERROR.format]: 'not a PDF or damaged',
  [PDFIUM_ERROR.password]: 'password required',
  [PDFIUM_ERROR.security]: 'unsupported security handler',
  [PDFIUM_ERROR.page]: 'page not found or damaged',
};

/**
 * A module whose memory grew beyond this while reading a document is replaced for the next one:
 * WebAssembly memory never shrinks, and one huge PDF should not hold it for the rest of an ingest.
 */
const MAX_KEPT_MEMORY = 512 * 1024 * 1024;

let loading: Promise<Pdfium> | undefined;
let current: Pdfium | undefined;

async function load(): Promise<Pdfium> {
  const { init } = await import('@embedpdf/pdfium');
  const wasmPath = createRequire(import.meta.url).resolve('@embedpdf/pdfium/pdfium.wasm');
  const file = readFileSync(wasmPath);
  const wasmBinary = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
  const wrapped = await init({ wasmBinary });
  wrapped.PDFiumExt_Init();
  const exports = wrapped.pdfium.wasmExports as unknown as Record<string, unknown>;
  const missing = TEXT_EXPORTS.filter((name) => typeof exports[name] !== 'function');
  if (missing.length > 0) throw new Error(`this PDFium build lacks ${missing.join(', ')}`);
  current = { module: wrapped, text: exports as unknown as PdfiumTextExports };
  return current;
}

/** The module of this thread, made on first use (and again after `retire`). */
export function loadPdfium(): Promise<Pdfium> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** The next `loadPdfium` makes a fresh module; this one is left to the garbage collector. */
function retire(pdfium: Pdfium): void {
  if (current !== pdfium) return;
  current = undefined;
  loading = undefined;
}

/**
 * Opens `bytes` as a PDF document, runs `use` and closes the document, also when `use` throws.
 * A trap inside PDFium (`WebAssembly.RuntimeError`: an abort, a failed check, an access out of
 * bounds) leaves the module in an unknown state: nothing more is freed in it, and it is retired.
 */
export function withPdfDocument<T>(pdfium: Pdfium, bytes: Uint8Array, use: (doc: number) => T): T {
  const m = pdfium.module;
  const { wasmExports } = m.pdfium;
  let trapped = false;
  const data = wasmExports.malloc(bytes.length);
  if (!data) throw new PdfiumError(PDFIUM_ERROR.unknown, `out of memory for a PDF of ${bytes.length} bytes`);
  try {
    m.pdfium.HEAPU8.set(bytes, data); // read after malloc: growing the memory replaces the view
    const doc = m.FPDF_LoadMemDocument(data, bytes.length, '');
    if (!doc) {
      const code = m.FPDF_GetLastError();
      throw new PdfiumError(code, ERROR_TEXT[code] ?? `PDFium error ${code}`);
    }
    try {
      return use(doc);
    } catch (error) {
      trapped = error instanceof WebAssembly.RuntimeError;
      throw error;
    } finally {
      if (!trapped) m.FPDF_CloseDocument(doc);
    }
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) trapped = true;
    throw error;
  } finally {
    if (!trapped) wasmExports.free(data);
    if (trapped || m.pdfium.HEAPU8.byteLength > MAX_KEPT_MEMORY) retire(pdfium);
  }
}

/**
 * A UTF-16LE string that `call` writes into a buffer of the length it asked for (PDFium's pattern:
 * called with no buffer, it returns the bytes needed, terminator included), or undefined.
 */
export function readWideString(
  { module: pdfium }: Pdfium,
  call: (buffer: number, bytes: number) => number,
): string | undefined {
  const bytes = call(0, 0);
  if (bytes <= 2) return undefined;
  const buffer = pdfium.pdfium.wasmExports.malloc(bytes);
  if (!buffer) return undefined;
  try {
    call(buffer, bytes);
    return pdfium.pdfium.UTF16ToString(buffer);
  } finally {
    pdfium.pdfium.wasmExports.free(buffer);
  }
}

/** A metadata entry of the document's Info dictionary ("Title", "CreationDate" …), or undefined. */
export function readMetaText(pdfium: Pdfium, doc: number, tag: string): string | undefined {
  return readWideString(pdfium, (buffer, bytes) => pdfium.module.FPDF_GetMetaText(doc, tag, buffer, bytes));
}
