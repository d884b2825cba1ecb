/**
 * Renders a release as a Saxon "Medieninformation" PDF (layout of the SMWK releases): title word,
 * sender block with contact, date line, bold headline and sub-headline, body paragraphs with blank
 * lines, the e-signature notice at the foot of page 1, a running header on later pages and
 * "Seite N von M" on every page. Built-in Helvetica only, so nothing is embedded and output is
 * reproducible: CreationDate comes from the release date.
 */
import PDFDocument from 'pdfkit';
import { formatNumericDate, releaseTimestamp } from './date-format.js';
import type { SampleRelease } from './sample-release.js';
import { unsupportedCharacters } from './win-ansi.js';

export const E_SIGNATURE_NOTICE =
  '* Kein Zugang für verschlüsselte elektronische Dokumente. Zugang für qualifiziert elektronisch ' +
  'signierte Dokumente nur unter den auf www.lsf.sachsen.de/eSignatur.html vermerkten Voraussetzungen.';

const PAGE_HEIGHT = 841.89;
const LEFT = 70;
const TEXT_WIDTH = 465;
const COLUMN_X = 365;
const COLUMN_WIDTH = LEFT + TEXT_WIDTH - COLUMN_X;
const FIRST_PAGE_MARGINS = { top: 56, bottom: 135, left: LEFT, right: 60 };
const LATER_PAGE_MARGINS = { top: 88, bottom: 72, left: LEFT, right: 60 };
const SOFT_HYPHEN = '\u00AD';
const SUPERSCRIPT_DIGITS = ['¹', '²', '³'];
const GREY = '#555555';

type Doc = PDFKit.PDFDocument;

/** Inserts soft hyphens at the marked break points ("Forschungs|ein|rich|tungen") of each word. */
export function insertSoftHyphens(text: string, words: readonly string[] = []): string {
  let out = text;
  for (const marked of words) out = out.replaceAll(marked.replaceAll('|', ''), marked.replaceAll('|', SOFT_HYPHEN));
  return out;
}

function assertPrintable(r: SampleRelease): void {
  const all = [r.sender, r.title, r.subtitle ?? '', r.contact.name, r.contact.phone, r.contact.email, ...r.body];
  const bad = unsupportedCharacters([...all, ...(r.footnotes ?? [])].join('\n'));
  if (bad.length > 0) {
    const codes = bad.map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
    throw new RangeError(`Release "${r.key}": characters outside WinAnsi cannot be printed: ${codes.join(', ')}`);
  }
}

/**
 * pdfkit turns a soft hyphen at a line end into "-" but draws the ones inside a line as visible
 * hyphens (WinAnsi 0xAD). Dropping them from each drawn line fixes that.
 */
function dropSoftHyphensInsideLines(doc: Doc): void {
  const writer = doc as unknown as { _fragment?: (text: string, x: number, y: number, o: object) => void };
  const draw = writer._fragment;
  if (typeof draw !== 'function') throw new Error('pdfkit internals changed: _fragment not found');
  writer._fragment = (text, x, y, o) => draw.call(doc, text.replaceAll(SOFT_HYPHEN, ''), x, y, o);
}

function drawLetterhead(doc: Doc, r: SampleRelease): void {
  doc.font('Helvetica').fontSize(22).fillColor('black').text('Medieninformation', LEFT, FIRST_PAGE_MARGINS.top);
  const column = { width: COLUMN_WIDTH };
  doc.font('Helvetica').fontSize(9).text(r.sender, COLUMN_X, 104, column);
  doc.moveDown(1.2).font('Helvetica-Bold').fontSize(8).text('Ihr Ansprechpartner', column);
  doc.font('Helvetica').fontSize(9).text(r.contact.name, column);
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(8).text('Durchwahl', column);
  doc.font('Helvetica').fontSize(9).text(`Telefon ${r.contact.phone}`, column);
  doc.moveDown(0.6).fontSize(8.5).text(`${r.contact.email}*`, column);
  doc.moveDown(1.2).fontSize(9).text(formatNumericDate(r.date), column);
  doc.y = Math.max(doc.y + 28, 250);
}

function drawRelease(doc: Doc, r: SampleRelease): void {
  const block = { width: TEXT_WIDTH };
  doc
    .font('Helvetica-Bold')
    .fontSize(15)
    .text(r.title, LEFT, doc.y, { ...block, lineGap: 2 });
  if (r.subtitle) doc.moveDown(0.5).fontSize(11.5).text(r.subtitle, LEFT, doc.y, block);
  doc.moveDown(1.2).font('Helvetica').fontSize(10.5);
  for (const paragraph of r.body) {
    doc.text(insertSoftHyphens(paragraph, r.hyphenation), LEFT, doc.y, { ...block, lineGap: 3 });
    doc.moveDown(1);
  }
  const notes = r.footnotes ?? [];
  if (notes.length === 0) return;
  if (doc.y > doc.page.maxY() - 60) doc.addPage();
  doc
    .moveDown(0.5)
    .lineWidth(0.5)
    .moveTo(LEFT, doc.y)
    .lineTo(LEFT + 140, doc.y)
    .stroke()
    .moveDown(0.6);
  doc.fontSize(8.5);
  notes.forEach((note, i) =>
    doc.text(`${SUPERSCRIPT_DIGITS[i] ?? `${i + 1})`} ${note}`, LEFT, doc.y, block).moveDown(0.3),
  );
}

/** Running header (pages ≥ 2), e-signature notice (page 1) and "Seite N von M" on every page. */
function drawPageFurniture(doc: Doc, r: SampleRelease): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    doc.page.margins = { ...doc.page.margins, bottom: 0 };
    if (i === start) {
      doc.font('Helvetica').fontSize(7.5).fillColor('black');
      doc.text(E_SIGNATURE_NOTICE, LEFT, PAGE_HEIGHT - 118, { width: TEXT_WIDTH });
    } else {
      doc.font('Helvetica').fontSize(8).fillColor(GREY).text(r.sender, LEFT, 40, { width: TEXT_WIDTH });
      doc
        .lineWidth(0.5)
        .strokeColor(GREY)
        .moveTo(LEFT, 66)
        .lineTo(LEFT + TEXT_WIDTH, 66)
        .stroke();
    }
    doc.font('Helvetica').fontSize(8).fillColor(GREY);
    doc.text(`Seite ${i - start + 1} von ${count}`, LEFT, PAGE_HEIGHT - 48, { width: TEXT_WIDTH, align: 'right' });
  }
}

export async function renderReleasePdf(r: SampleRelease): Promise<Buffer> {
  assertPrintable(r);
  const doc = new PDFDocument({
    size: 'A4',
    margins: FIRST_PAGE_MARGINS,
    bufferPages: true,
    lang: 'de-DE',
    displayTitle: true,
    info: {
      Title: r.title,
      Author: r.sender,
      Subject: r.subtitle ?? r.title,
      Creator: 'Pressearchiv – Beispieldaten',
      CreationDate: releaseTimestamp(r.date),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.on('pageAdded', () => {
    doc.page.margins = { ...LATER_PAGE_MARGINS };
    doc.x = LEFT;
    doc.y = LATER_PAGE_MARGINS.top;
  });
  if (r.hyphenation?.length) dropSoftHyphensInsideLines(doc);
  drawLetterhead(doc, r);
  drawRelease(doc, r);
  drawPageFurniture(doc, r);
  doc.end();
  return done;
}
