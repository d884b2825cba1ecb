/** Document metadata of a PDF (Title, CreationDate, page count): only used as fallbacks. */
import type { PDFParse } from 'pdf-parse';
import { cleanLine } from '../text/clean-text.js';

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

function usableTitle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const title = cleanLine(value);
  return title.length >= 8 && !JUNK_TITLE.test(title) ? title : undefined;
}

export async function readPdfInfo(parser: PDFParse): Promise<PdfInfo> {
  const result = await parser.getInfo();
  const dict: unknown = result.info;
  const title = dict && typeof dict === 'object' ? usableTitle(Reflect.get(dict, 'Title')) : undefined;
  const created = result.getDateNode().CreationDate;
  const creationDate = created && !Number.isNaN(created.getTime()) ? berlinDate.format(created) : undefined;
  return { pages: result.total, title, creationDate };
}
