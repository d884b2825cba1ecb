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
  /** A tagged PDF (Word's „Barrierefreies PDF“): a structure tree, filled by `build` (`doc.struct`). */
  tagged?: boolean;
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
      ...(info.tagged ? { tagged: true, lang: 'de-DE', pdfVersion: '1.7' as const } : {}),
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

/** A superscript as Word writes a footnote mark: 58 % of the text size, raised by 33 % of it. */
const SUPERSCRIPT = { size: 0.58, rise: 0.33 } as const;

/** The distance from the top of the line box to the baseline (pdfkit places text by its top). */
function ascent(doc: Pdf, size: number): number {
  // pdfkit keeps the current font's metrics (in 1/1000 em) on a field its typings leave out.
  return ((doc as unknown as { _font: { ascender: number } })._font.ascender / 1000) * size;
}

/**
 * A superscript mark („1“) at `x`, for text of `size` whose line box starts at `y`: the smaller size
 * set on the text's baseline and raised by a text rise (the PDF operator Ts), as word processors
 * write footnote marks. Returns its width.
 */
export function superscript(
  doc: Pdf,
  mark: string,
  x: number,
  y: number,
  size: number,
  font: string = FONT.regular,
): number {
  const baseline = y + ascent(doc.font(font).fontSize(size), size);
  doc.fontSize(size * SUPERSCRIPT.size);
  const width = doc.widthOfString(mark);
  doc.addContent(`${(size * SUPERSCRIPT.rise).toFixed(2)} Ts`);
  doc.text(mark, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
  doc.addContent('0 Ts');
  doc.fontSize(size);
  return width;
}

/** „Freistaat.^1“: the word and its superscript mark (none without „^“). */
function splitMark(token: string): { word: string; mark?: string } {
  const at = token.indexOf('^');
  return at < 0 ? { word: token } : { word: token.slice(0, at), mark: token.slice(at + 1) };
}

/** The width of a line whose tokens may carry superscript marks. */
function lineWidth(doc: Pdf, text: string, size: number): number {
  if (!text.includes('^')) return doc.widthOfString(text);
  const marks = text.split(' ').flatMap((token) => splitMark(token).mark ?? []);
  const plain = text
    .split(' ')
    .map((token) => splitMark(token).word)
    .join(' ');
  const width = doc.widthOfString(plain);
  doc.fontSize(size * SUPERSCRIPT.size);
  const markWidth = marks.reduce((sum, mark) => sum + doc.widthOfString(mark), 0);
  doc.fontSize(size);
  return width + markWidth;
}

/** A line with superscript marks, set word by word (justified by `wordSpacing`). */
function lineWithMarks(
  doc: Pdf,
  text: string,
  x: number,
  y: number,
  size: number,
  font: string,
  wordSpacing: number,
): void {
  let at = x;
  for (const token of text.split(' ')) {
    const { word, mark } = splitMark(token);
    doc.font(font).fontSize(size).text(word, at, y, { lineBreak: false });
    at += doc.widthOfString(word);
    if (mark) at += superscript(doc, mark, at, y, size, font);
    at += doc.widthOfString(' ') + wordSpacing;
  }
}

/**
 * Sets a paragraph line by line, justified except its last line. A token „Forschungs|einrichtungen“
 * may break at „|“ with a hyphen added, „Wasserentnahme-|Erleichterungen“ at its own hyphen, where
 * the whole word does not fit on the line. A token „Freistaat.^1“ carries a superscript mark („1“,
 * a footnote reference, or the power of a unit: „m^2“). Returns the line ends hyphenated so.
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
      const fits = (text: string): boolean => lineWidth(doc, line ? `${line} ${text}` : text, size) <= width();
      if (!fits(whole) && fits(piece)) {
        lines.push(line ? `${line} ${piece}` : piece);
        breaks.push({ lineEnd: piece, word: whole });
        line = right;
        continue;
      }
      token = whole;
    }
    const candidate = line ? `${line} ${token}` : token;
    if (lineWidth(doc, candidate, size) > width() && line) {
      lines.push(line);
      line = token;
    } else line = candidate;
  }
  if (line) lines.push(line);
  lines.forEach((text, i) => {
    const column = advance(flow, leading);
    const last = i === lines.length - 1;
    const gaps = text.split(' ').length - 1;
    const spare = column.width - lineWidth(doc, text, size);
    const wordSpacing = !last && gaps > 0 && spare > 0 ? spare / gaps : 0;
    if (text.includes('^')) lineWithMarks(doc, text, column.x, flow.y, size, font, wordSpacing);
    else doc.text(text, column.x, flow.y, { lineBreak: false, wordSpacing });
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

/** A footnote at the page foot: its mark raised (as Word sets it) or on the baseline (as LibreOffice can). */
export interface PageNote {
  mark: string;
  text: string;
  raised: boolean;
}

/**
 * The footnote area of a page: a short rule, then one line per note (mark, a space, the note) in
 * `size`, the last line's box ending at `bottom`.
 */
export function pageNotes(doc: Pdf, notes: readonly PageNote[], x: number, bottom: number, size: number): void {
  const leading = size * 1.25;
  let y = bottom - leading * notes.length;
  doc
    .moveTo(x, y - 4)
    .lineTo(x + 140, y - 4)
    .lineWidth(0.5)
    .stroke();
  for (const note of notes) {
    doc.font(FONT.regular).fontSize(size);
    const markWidth = note.raised ? superscript(doc, note.mark, x, y, size) : doc.widthOfString(note.mark);
    if (!note.raised) doc.text(note.mark, x, y, { lineBreak: false });
    doc
      .font(FONT.regular)
      .fontSize(size)
      .text(note.text, x + markWidth + doc.widthOfString(' '), y, { lineBreak: false });
    y += leading;
  }
}
