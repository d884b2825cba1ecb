/**
 * A release with footnotes as word processors set them (office-pdf.ts): marks in the text as
 * superscript digits (smaller type, raised by a text rise), the notes at the page foot in smaller
 * type below a short rule — the first with its number raised (Word), the second with it on the
 * baseline (LibreOffice can). Beside the marks stand digits that are no marks: a year, „Seite 2“
 * and the power of a unit („m²“, set as a superscript too). Invented text.
 */
import { FONT, officePdf, pageNotes, paragraph, paragraphs, put } from './office-pdf.js';
import { LEFT, onePageFlow, RIGHT } from './office-releases.js';

export const FOOTNOTE_RELEASE = {
  name: 'smk-fussnoten.pdf',
  title: 'Mehr Grundschulkinder in Ganztagsangeboten',
  notes: ['Quelle: Schulstatistik des Landes, Stand 15. Mai 2026.', 'Ohne Förderschulen; Zahlen gerundet.'],
  /** Text before each mark, in the order of the notes. */
  markedAfter: ['im Freistaat.', 'neuer Fläche.'],
  /** Text that must stay as printed (digits that are no marks). */
  unchanged: ['Im Schuljahr 2024/25', 'auf Seite 2 des Berichts', '8.000 m²'],
} as const;

/** The release as a PDF of one page. */
export function footnoteRelease(): Promise<Buffer> {
  return officePdf({ created: new Date('2026-05-19T09:30:00Z'), author: 'Pressestelle' }, (doc) => {
    put(doc, 'STAATSMINISTERIUM', 330, 40, 13, FONT.bold);
    put(doc, 'FÜR KULTUS', 330, 56, 13, FONT.bold);
    put(doc, 'Freistaat Sachsen', 330, 74, 9);
    put(doc, 'Medieninformation', LEFT, 120, 18, FONT.bold);
    put(doc, 'Dresden, 20. Mai 2026', 400, 124, 10);
    const flow = onePageFlow(160, [{ x: LEFT, width: RIGHT - LEFT, top: 160, bottom: 700 }]);
    paragraph(doc, flow, FOOTNOTE_RELEASE.title, 14, 18, FONT.bold);
    flow.y += 10;
    paragraphs(
      doc,
      flow,
      [
        'Im Schuljahr 2024/25 besuchten rund 155.000 Grundschulkinder ein Ganztagsangebot im Freistaat.^1 Das sind 4.200 mehr als im Vorjahr. Die Angebote reichen von Sport und Musik bis zu Lernzeiten am Nachmittag.',
        'Für neue Räume stellt das Land bis 2027 weitere 40 Millionen Euro bereit, davon allein 12 Millionen Euro für Schulhöfe mit zusammen 8.000 m^2 neuer Fläche.^2 Einzelheiten nennt die Übersicht auf Seite 2 des Berichts, der im Internet veröffentlicht ist.',
      ],
      11,
      14.5,
    );
    flow.y += 10;
    put(doc, 'Pressestelle: Jonas Exempel, Telefon +49 351 564-99931, presse-kultus@example.org', LEFT, flow.y, 9);
    const [first = '', second = ''] = FOOTNOTE_RELEASE.notes;
    pageNotes(
      doc,
      [
        { mark: '1', text: first, raised: true },
        { mark: '2', text: second, raised: false },
      ],
      LEFT,
      790,
      8.5,
    );
  });
}
