/** Document metadata of a PDF (Title, CreationDate, page count): only used as fallbacks. */
import { cleanLine } from '../text/clean-text.js';
import { readMetaText, type Pdfium } from './pdfium-library.js';

export interface PdfInfo {
  pages: number;
  /** The Title entry, unless it is a file name or a tool's default ("Microsoft Word - PM.docx"). */
  title?: string;
  /** CreationDate as an ISO date in German time. */
  creationDate?: string;
}

const JUNK_TITLE =
  /^(?:microsoft\s+\w+\s+-|untitled|unbenannt|dokument\s*\d*$|document\s*\d*$|folie\s*\d*$)|\.(?:docx?|odt|rtf|pdf|indd|qxd)$/i;

const berlinDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A PDF date string ("D:20260602093000+02'00'", PDF 32000-1 §7.9.4; everything after the year optional). */
const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?/;

/** The instant a PDF date string names, or undefined when it is not one. */
export function parsePdfDate(value: string): Date | undefined {
  const m = PDF_DATE.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i, k) =>
    Number(m[i] ?? (k === 1 || k === 2 ? '01' : '00')),
  ) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const sign = m[7] === '-' ? -1 : m[7] === '+' ? 1 : 0;
  const offsetMinutes = sign * (Number(m[8] ?? 0) * 60 + Number(m[9] ?? 0));
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000);
}

function usableTitle(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const title = cleanLine(value);
  return title.length >= 8 && !JUNK_TITLE.test(title) ? title : undefined;
}

export function readPdfInfo(pdfium: Pdfium, doc: number): PdfInfo {
  const title = usableTitle(readMetaText(pdfium, doc, 'Title'));
  const createdText = readMetaText(pdfium, doc, 'CreationDate');
  const created = createdText === undefined ? undefined : parsePdfDate(createdText);
  const creationDate = created && !Number.isNaN(created.getTime()) ? berlinDate.format(created) : undefined;
  return { pages: pdfium.text.FPDF_GetPageCount(doc), title, creationDate };
}
