/**
 * The benchmark set of PDFs as offices make them (issue 19, point 1): the generated releases (seed
 * given, `generateReleases`) laid out with the office fixture maker (test/support/office/office-pdf.ts:
 * pdfkit, Carlito from @fontsource/carlito embedded as a subset TrueType font with a ToUnicode map),
 * in four layouts taken in turn — a one-column release on letter paper, two columns, a release with a
 * ruled table of figures, an invitation with labelled lines and the date at the end — with letterheads,
 * type sizes, table sizes and lengths varied by the seed; long bodies run over several pages, each page
 * with its footer („Seite 2 von 3“). Made at bench time, written to a temporary folder, never committed.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Pdf } from '../../test/fixtures/generator/pdf-writer.js';
import {
  type Column,
  type Flow,
  FONT,
  officePdf,
  paragraph,
  paragraphs,
  put,
} from '../../test/support/office/office-pdf.js';
import { generateReleases } from '../../test/support/samples/corpus-generator.js';
import { formatLongDate } from '../../test/support/samples/date-format.js';
import { createRandom, type Random } from '../../test/support/samples/prng.js';
import type { SampleRelease } from '../../test/support/samples/sample-release.js';

export const OFFICE_LAYOUTS = ['one-column', 'two-column', 'table', 'invitation'] as const;
export type OfficeLayout = (typeof OFFICE_LAYOUTS)[number];

export interface OfficeBenchPdf {
  name: string;
  layout: OfficeLayout;
  pages: number;
  bytes: Buffer;
}

const LEFT = 70;
const RIGHT = 525;
const BOTTOM = 770;
const GAP = 24;

/** A word of 14 letters or more may break at a line end at a seeded point („Forschungs-“ / „einrichtungen“). */
function withBreakPoints(text: string, rnd: Random): string {
  return text
    .split(' ')
    .map((word) => {
      if (!/^\p{L}{14,}$/u.test(word)) return word;
      const at = rnd.int(6, word.length - 6);
      return `${word.slice(0, at)}|${word.slice(at)}`;
    })
    .join(' ');
}

interface Letterhead {
  /** Draws the letterhead of the first page (logo words, sender block); returns where the text starts. */
  first(doc: Pdf): number;
  /** The short letterhead of the following pages; returns where their text starts. */
  next(doc: Pdf): number;
}

function letterhead(release: SampleRelease, rnd: Random): Letterhead {
  const dateLine = `${release.place ?? 'Dresden'}, ${formatLongDate(release.date)}`;
  const senderLines = release.sender.length > 38 ? splitInTwo(release.sender) : [release.sender];
  if (rnd.chance(0.5))
    // Logo words top left, the sender block top right (the Saxon ministries' letter paper).
    return {
      first(doc) {
        put(doc, 'Freistaat', LEFT, 40, 11, FONT.bold);
        put(doc, 'SACHSEN', LEFT, 52, 26, FONT.bold);
        let y = 44;
        for (const line of senderLines) {
          put(doc, line, 340, y, 9);
          y += 11.7;
        }
        y += 8;
        put(doc, 'Ihr Ansprechpartner', 340, y, 7.5, FONT.bold);
        put(doc, release.contact.name, 340, (y += 10), 9);
        put(doc, `Telefon ${release.contact.phone}`, 340, (y += 11.7), 9);
        put(doc, release.contact.email, 340, (y += 11.7), 9);
        put(doc, dateLine, 340, (y += 20), 9);
        return y + 40;
      },
      next(doc) {
        put(doc, release.senderShort, LEFT, 40, 9, FONT.bold);
        return 80;
      },
    };
  // The sender's name in capitals top right, the date below the type heading.
  return {
    first(doc) {
      let y = 40;
      for (const line of senderLines) {
        put(doc, line.toLocaleUpperCase('de'), 300, y, 11, FONT.bold);
        y += 14;
      }
      put(doc, 'Pressestelle', 300, y + 2, 9);
      put(doc, dateLine, 380, y + 40, 10);
      return y + 40;
    },
    next(doc) {
      put(doc, release.sender, 300, 40, 8);
      return 80;
    },
  };
}

function splitInTwo(text: string): [string, string] {
  const words = text.split(' ');
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half).join(' '), words.slice(half).join(' ')];
}

const oneColumn = (top: number): Column[] => [{ x: LEFT, width: RIGHT - LEFT, top, bottom: BOTTOM }];
const twoColumns = (top: number): Column[] => {
  const half = (RIGHT - LEFT - GAP) / 2;
  return [
    { x: LEFT, width: half, top, bottom: BOTTOM },
    { x: LEFT + half + GAP, width: half, top, bottom: BOTTOM },
  ];
};

function flowFrom(doc: Pdf, head: Letterhead, y: number, columns: (top: number) => Column[]): Flow {
  return {
    columns: oneColumn(y),
    column: 0,
    y,
    nextPage: () => {
      doc.addPage();
      return columns(head.next(doc));
    },
  };
}

/** Footers of every page, written last: the sender's address and „Seite n von m“ (when more than one). */
function footers(doc: Pdf, release: SampleRelease): number {
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    put(doc, `${release.sender} · Pressestelle · ${release.contact.email}`, LEFT, 800, 7);
    if (count > 1) put(doc, `Seite ${page - start + 1} von ${count}`, 480, 812, 8);
  }
  return count;
}

/** A ruled table of figures by district (rows move to the next page with the header repeated). */
function table(doc: Pdf, flow: Flow, rnd: Random): void {
  const districts = ['Bautzen', 'Erzgebirgskreis', 'Görlitz', 'Leipzig', 'Meißen', 'Mittelsachsen', 'Nordsachsen'];
  const more = [
    'Sächsische Schweiz-Osterzgebirge',
    'Vogtlandkreis',
    'Zwickau',
    'Chemnitz',
    'Dresden',
    'Leipzig, Stadt',
  ];
  const names = [...districts, ...more];
  const heads = ['Kreis / Stadt', String(2020 + rnd.int(0, 4)), String(2025), 'Veränderung', 'Anteil'];
  const widths = [160, 70, 70, 80, 75];
  const rows = rnd.int(10, 40);
  const size = rnd.pick([8.5, 9, 9.5]);
  const height = size * 1.6;
  const header = (y: number): number => {
    let x = LEFT;
    heads.forEach((text, i) => {
      put(doc, text, x + 3, y + 3, size, FONT.bold);
      x += widths[i]!;
    });
    doc
      .moveTo(LEFT, y + height)
      .lineTo(RIGHT, y + height)
      .lineWidth(0.8)
      .stroke();
    return y + height;
  };
  let y = header(flow.y + 6);
  let total = 0;
  for (let row = 0; row < rows; row++) {
    if (y + height > BOTTOM) {
      flow.columns = flow.nextPage();
      flow.column = 0;
      y = header((flow.columns[0] as Column).top);
    }
    const before = rnd.int(800, 48_000);
    const after = Math.round(before * (0.85 + rnd.next() * 0.3));
    total += after;
    const cells = [
      row < names.length ? names[row]! : `Gemeinde ${row + 1}`,
      before.toLocaleString('de-DE'),
      after.toLocaleString('de-DE'),
      `${after >= before ? '+' : '−'}${((Math.abs(after - before) / before) * 100).toFixed(1).replace('.', ',')} %`,
      `${(rnd.next() * 20).toFixed(1).replace('.', ',')} %`,
    ];
    let x = LEFT;
    cells.forEach((text, i) => {
      const right = i > 0;
      const width = doc.font(FONT.regular).fontSize(size).widthOfString(text);
      put(doc, text, right ? x + widths[i]! - 4 - width : x + 3, y + 3, size);
      x += widths[i]!;
    });
    y += height;
    doc.moveTo(LEFT, y).lineTo(RIGHT, y).lineWidth(0.3).stroke();
  }
  put(doc, `Insgesamt: ${total.toLocaleString('de-DE')}`, LEFT + 3, y + 4, size, FONT.bold);
  flow.y = y + height + 12;
}

function layOut(release: SampleRelease, layout: OfficeLayout, rnd: Random): Promise<{ bytes: Buffer; pages: number }> {
  let pages = 0;
  const created = new Date(`${release.date}T0${rnd.int(6, 9)}:${String(rnd.int(10, 59))}:00Z`);
  created.setUTCDate(created.getUTCDate() - rnd.int(0, 3));
  const bytes = officePdf({ created, ...(rnd.chance(0.5) ? { title: `PM_${release.key}.docx` } : {}) }, (doc) => {
    const head = letterhead(release, rnd);
    const top = head.first(doc);
    const bodySize = rnd.pick([10, 10.5, 11, 11.5]);
    const leading = bodySize * 1.32;
    const body = release.body.map((text) => withBreakPoints(text, rnd));
    const type = layout === 'invitation' ? 'Medieneinladung' : rnd.pick(['Medieninformation', 'Pressemitteilung']);
    put(doc, type, LEFT, top, rnd.pick([16, 18, 20]), FONT.bold);
    const flow = flowFrom(doc, head, top + 36, layout === 'two-column' ? twoColumns : oneColumn);
    paragraph(doc, flow, release.title, 14, 18, FONT.bold);
    if (release.subtitle) paragraph(doc, flow, release.subtitle, 11.5, 15, FONT.italic);
    flow.y += 10;
    if (layout === 'two-column') {
      flow.columns = twoColumns(flow.y);
      paragraphs(doc, flow, body, bodySize, leading);
    } else if (layout === 'table') {
      const split = Math.min(2, body.length);
      paragraphs(doc, flow, body.slice(0, split), bodySize, leading);
      table(doc, flow, rnd);
      paragraphs(doc, flow, body.slice(split), bodySize, leading);
    } else if (layout === 'invitation') {
      paragraphs(doc, flow, body.slice(0, 1), bodySize, leading);
      for (const [label, text] of [
        ['Termin:', `${formatLongDate(release.date)}, ${rnd.int(9, 16)}:00 Uhr`],
        ['Ort:', `${release.place ?? 'Dresden'}, Rathaus, Saal ${rnd.int(1, 4)}`],
      ] as const) {
        put(doc, label, LEFT, flow.y, bodySize, FONT.bold);
        put(doc, text, LEFT + 70, flow.y, bodySize);
        flow.y += leading;
      }
      flow.y += leading / 2;
      paragraphs(doc, flow, body.slice(1), bodySize, leading);
    } else paragraphs(doc, flow, body, bodySize, leading);
    flow.y += 12;
    const contact = `Pressekontakt: ${release.contact.name}, Telefon ${release.contact.phone}, ${release.contact.email}`;
    paragraph(doc, flow, contact, 9, 12);
    if (layout === 'invitation')
      paragraph(doc, flow, `${release.place ?? 'Dresden'}, den ${formatLongDate(release.date)}`, bodySize, leading);
    pages = footers(doc, release);
  });
  return bytes.then((b) => ({ bytes: b, pages }));
}

/** `count` office-made PDFs, the same for the same seed, one at a time; the layouts take turns. */
export async function* officeBenchPdfs(count: number, seed = 1): AsyncGenerator<OfficeBenchPdf> {
  const rnd = createRandom(seed * 7919 + 17);
  let index = 0;
  for (const release of generateReleases({ count, seed })) {
    const layout = OFFICE_LAYOUTS[index % OFFICE_LAYOUTS.length]!;
    const { bytes, pages } = await layOut(release, layout, rnd);
    yield {
      name: `${String(index + 1).padStart(3, '0')}-${layout}-${release.key}.pdf`.slice(0, 120),
      layout,
      pages,
      bytes,
    };
    index++;
  }
}

/** Writes the set to `dir`; returns the files' paths and their pages. */
export async function writeOfficeBenchPdfs(
  dir: string,
  count: number,
  seed = 1,
): Promise<{ files: string[]; pages: number; layouts: Record<OfficeLayout, number> }> {
  const files: string[] = [];
  let pages = 0;
  const layouts = Object.fromEntries(OFFICE_LAYOUTS.map((l) => [l, 0])) as Record<OfficeLayout, number>;
  for await (const pdf of officeBenchPdfs(count, seed)) {
    const file = path.join(dir, pdf.name);
    await writeFile(file, pdf.bytes);
    files.push(file);
    pages += pdf.pages;
    layouts[pdf.layout]++;
  }
  return { files, pages, layouts };
}
