/** Maps what PDFium's loader reports to an ExtractionError with a clear message. */
import { ExtractionError } from '../errors/extraction-error.js';
import { PDFIUM_ERROR, PdfiumError } from './pdfium-library.js';

export function pdfError(error: unknown): ExtractionError {
  if (error instanceof ExtractionError) return error;
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof PdfiumError && (error.code === PDFIUM_ERROR.password || error.code === PDFIUM_ERROR.security)) {
    return new ExtractionError(
      'password-protected',
      'password-protected PDF: the text cannot be read without the password',
      {
        cause: error,
      },
    );
  }
  return new ExtractionError('corrupt-pdf', `corrupt or truncated PDF (${detail || name || 'unknown error'})`, {
    cause: error,
  });
}
