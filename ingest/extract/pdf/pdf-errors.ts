/** Maps what PDFium reports (or throws) to an ExtractionError with a clear message. */
import { ExtractionError } from '../extraction-error.js';
import { PDFIUM_ERROR, PdfiumError } from './pdfium-library.js';

export function pdfError(error: unknown): ExtractionError {
  if (error instanceof ExtractionError) return error;
  if (error instanceof PdfiumError && error.code === PDFIUM_ERROR.password) {
    return new ExtractionError(
      'password-protected',
      'password-protected PDF: the text cannot be read without the password',
      { cause: error },
    );
  }
  if (error instanceof PdfiumError && error.code === PDFIUM_ERROR.security) {
    return new ExtractionError(
      'password-protected',
      'password-protected PDF with an unsupported kind of encryption: the text cannot be read',
      { cause: error },
    );
  }
  const detail = error instanceof Error ? error.message || error.name : String(error);
  const reason = error instanceof WebAssembly.RuntimeError ? `the PDF reader failed: ${detail}` : detail;
  return new ExtractionError('corrupt-pdf', `corrupt or truncated PDF (${reason || 'unknown error'})`, {
    cause: error,
  });
}
