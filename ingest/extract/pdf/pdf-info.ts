/** Document metadata of a PDF (Title, CreationDate, page count): only used as fallbacks. */
import { cleanLine } from '../../text/clean-text.js';
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

/**
 * A PDF date string, PDF 32000-1 §7.9.4: "D:20260602093000+02'00'", everything after the year
 * optional, apostrophes often missing. Without "D:" only a full 14-digit form is taken.
 */
const PDF_DATE = /^(?:D:|(?=\d{14}))(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?$/;

const isoDate = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * The calendar date in German time that a PDF date string names, as an ISO date, or undefined
 * when it is not a valid PDF date. A date without a time zone is taken as written.
 */
export function pdfDateInGermany(value: string): string | undefined {
  const m = PDF_DATE.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i, k) =>
    Number(m[i] ?? (k === 1 || k === 2 ? '01' : '00')),
  ) as [number, number, number, number, number, number];
  const [offsetHours, offsetMinutes] = [Number(m[8] ?? 0), Number(m[9] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years below 100 as 19xx
  if (instant.getUTCFullYear() !== year || instant.getUTCMonth() !== month - 1 || instant.getUTCDate() !== day)
    return undefined; // 30 February, month 13 …
  if (!m[7]) return isoDate(year, month, day);
  const sign = m[7] === '-' ? -1 : m[7] === '+' ? 1 : 0;
  instant.setUTCHours(hour, minute - sign * (offsetHours * 60 + offsetMinutes), second);
  return berlinDate.format(instant);
}

function usableTitle(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const title = cleanLine(value);
  return title.length >= 8 && !JUNK_TITLE.test(title) ? title : undefined;
}

export function readPdfInfo(pdfium: Pdfium, doc: number): PdfInfo {
  const title = usableTitle(readMetaText(pdfium, doc, 'Title'));
  const created = readMetaText(pdfium, doc, 'CreationDate');
  const creationDate = created === undefined ? undefined : pdfDateInGermany(created);
  return { pages: pdfium.text.FPDF_GetPageCount(doc), title, creationDate };
}
