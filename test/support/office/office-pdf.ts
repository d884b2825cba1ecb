/**
 * Lays out PDFs the way office programs write them: embedded subset TrueType fonts (Carlito, the
 * metric twin of Calibri, from the npm package @fontsource/carlito; pdfkit embeds the glyphs used
 * under a subset name such as „ABCDEF+Carlito-Regular“), lines set one by one, justified body text
 * (word spacing), paragraphs that run from one column into the next, hyphenation at line ends
 * („Forschungs-“ / „einrichtungen“) beside compounds whose hyphen belongs to the word
 * („Wasserentnahme-“ / „Erleichterungen“). Used by the office-layout tests; nothing is committed.
 */
import { createRequire } from 'node:module';
import { renderPdf, type Pdf } from '../../fixtures/generator/pdf-writer.js';

const require = createRequire(import.meta.url);

/** Font names registered in every document. */
export const FONT = { regular: 'Office', bold: 'Office-Bold', italic: 'Office-Italic' } as const;

const FONT_FILES: Record<string, string> = {
  [FONT.regular]: '@fontsource/carlito/files/carlito-latin-400-normal.woff',
  [FONT.bold]: '@fontsource/carlito/files/carlito-latin-700-normal.woff',
  [FONT.italic]: '@fontsource/carlito/files/carlito-latin-400-italic.woff',
};

export interface OfficeInfo {
  /** The file's creation date (metadata), deliberately not the release date. */
  created: Date;
  title?: string;
  author?: string;
}

/** A document with the office fonts registered, resolving to its bytes. */
export function officePdf(info: OfficeInfo, build: (doc: Pdf) => void): Promise<Buffer> {
  return renderPdf(
    (doc) => {
      for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, require.resolve(file));
      doc.font(FONT.regular);
      build(doc);
    },
    {
      margin: 0,
      info: {
        CreationDate: info.created,
        ModDate: info.created,
        Producer: 'Microsoft® Word für Microsoft 365',
        Creator: 'Microsoft® Word für Microsoft 365',
        ...(info.title ? { Title: info.title } : {}),
        ...(info.author ? { Author: info.author } : {}),
      },
    },
  );
}

/** One line of text at a position (top of the line box), never wrapped by pdfkit. */
export function put(doc: Pdf, text: string, x: number, y: number, size: number, font: string = FONT.regular): void {
  doc.font(font).fontSize(size).text(text, x, y, { lineBreak: false });
}

/** A column of text: lines flow down from `y` and move to the next column (or page) at `bottom`. */
export interface Column {
  x: number;
  width: number;
  top: number;
  bottom: number;
}

export interface Flow {
  columns: Column[];
  /** Index of the current column. */
  column: number;
  y: number;
  /** Called when the last column is full: start a new page and return its columns. */
  nextPage: () => Column[];
}

function advance(flow: Flow, leading: number): Column {
  let column = flow.columns[flow.column] as Column;
  if (flow.y + leading > column.bottom) {
    if (flow.column + 1 < flow.columns.length) flow.column++;
    else {
      flow.columns = flow.nextPage();
      flow.column = 0;
    }
    column = flow.columns[flow.column] as Column;
    flow.y = column.top;
  }
  return column;
}

/** A word broken at a line end: as printed on the line („Forschungs-“) and as it must be read. */
export interface Hyphenation {
  lineEnd: string;
  word: string;
}

/**
 * Sets a paragraph line by line, justified except its last line. A token „Forschungs|einrichtungen“
 * may break at „|“ with a hyphen added, „Wasserentnahme-|Erleichterungen“ at its own hyphen, where
 * the whole word does not fit on the line. Returns the line ends hyphenated so.
 */
export function paragraph(
  doc: Pdf,
  flow: Flow,
  text: string,
  size: number,
  leading: number,
  font: string = FONT.regular,
): Hyphenation[] {
  doc.font(font).fontSize(size);
  const lines: string[] = [];
  const breaks: Hyphenation[] = [];
  let line = '';
  const width = (): number => (flow.columns[flow.column] as Column).width;
  for (let token of text.split(' ')) {
    if (token.includes('|')) {
      // Hyphenation: break at „|“ when the whole word does not fit but its first part does.
      const [left = '', right = ''] = token.split('|');
      const piece = left.endsWith('-') ? left : `${left}-`;
      const whole = left.endsWith('-') ? left + right : `${left}${right}`;
      const fits = (text: string): boolean => doc.widthOfString(line ? `${line} ${text}` : text) <= width();
      if (!fits(whole) && fits(piece)) {
        lines.push(line ? `${line} ${piece}` : piece);
        breaks.push({ lineEnd: piece, word: whole });
        line = right;
        continue;
      }
      token = whole;
    }
    const candidate = line ? `${line} ${token}` : token;
    if (doc.widthOfString(candidate) > width() && line) {
      lines.push(line);
      line = token;
    } else line = candidate;
  }
  if (line) lines.push(line);
  lines.forEach((text, i) => {
    const column = advance(flow, leading);
    const last = i === lines.length - 1;
    const gaps = text.split(' ').length - 1;
    const spare = column.width - doc.widthOfString(text);
    const wordSpacing = !last && gaps > 0 && spare > 0 ? spare / gaps : 0;
    doc.text(text, column.x, flow.y, { lineBreak: false, wordSpacing });
    flow.y += leading;
  });
  return breaks;
}

/** Sets paragraphs one after the other with a gap between them; returns their hyphenations. */
export function paragraphs(
  doc: Pdf,
  flow: Flow,
  texts: readonly string[],
  size: number,
  leading: number,
): Hyphenation[] {
  return texts.flatMap((text) => {
    const breaks = paragraph(doc, flow, text, size, leading);
    flow.y += leading / 2;
    return breaks;
  });
}
