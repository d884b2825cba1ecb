/**
 * Press releases laid out as offices make them (office-pdf.ts), each with the fields a reader must
 * get: a logo in the letterhead above the sender block, a type heading („Medieninformation“,
 * „Medieneinladung“, „Pressemitteilung“), the place and date in the sender block or at the end, two
 * columns, hyphenation at line ends. The files' creation dates differ from the release dates. All
 * texts are invented for the tests (names and numbers are fictional).
 */
import type { Pdf } from '../../fixtures/generator/pdf-writer.js';
import { type Column, type Flow, FONT, type Hyphenation, officePdf, paragraph, paragraphs, put } from './office-pdf.js';

export interface OfficeRelease {
  name: string;
  bytes: Buffer;
  /** The words the layout broke at a line end (each must be read whole). */
  hyphenated: Hyphenation[];
  expected: {
    title: string;
    subtitle?: string;
    date: string;
    ministry: string;
    type: string;
    /** Text the body must contain, each in one paragraph. */
    bodyContains: string[];
    /** Text that must appear in no paragraph of the body, nor in the title. */
    bodyLacks: string[];
  };
}

/** The text area of the letter paper. */
export const LEFT = 70;
export const RIGHT = 525;

/** A flow in one column (or the `columns` given) that must not run over its page. */
export function onePageFlow(
  y: number,
  columns: Column[] = [{ x: LEFT, width: RIGHT - LEFT, top: y, bottom: 760 }],
): Flow {
  return {
    columns,
    column: 0,
    y,
    nextPage: () => {
      throw new Error('the fixture text does not fit on one page');
    },
  };
}

/** A Saxon ministry's letter paper: the state's logo words top left, the sender block top right. */
function logoLetterhead(breaks: Hyphenation[]): Promise<Buffer> {
  return officePdf({ created: new Date('2026-04-10T07:12:00Z'), title: 'PM_Wasserentnahme_final.docx' }, (doc) => {
    put(doc, 'Freistaat', LEFT, 40, 11, FONT.bold);
    put(doc, 'SACHSEN', LEFT, 52, 26, FONT.bold);
    const right = 360;
    let y = 44;
    const line = (text: string, size = 9, font: string = FONT.regular, gap = 0): void => {
      put(doc, text, right, y, size, font);
      y += size * 1.3 + gap;
    };
    line('Sächsisches Staatsministerium für', 9);
    line('Umwelt und Landwirtschaft', 9, FONT.regular, 8);
    line('Ihre Ansprechpartnerin', 7.5, FONT.bold);
    line('Greta Muster', 9, FONT.regular, 6);
    line('Durchwahl', 7.5, FONT.bold);
    line('Telefon +49 351 564-99921', 9);
    line('presse@example.org', 9, FONT.regular, 10);
    line('Dresden, 14. April 2026', 9);
    put(doc, 'Medieninformation', LEFT, 170, 18, FONT.bold);
    const flow = onePageFlow(210);
    paragraph(doc, flow, 'Niedrige Pegel: Wasserentnahme aus Flüssen bleibt eingeschränkt', 14, 18, FONT.bold);
    flow.y += 10;
    const body = [
      'Wegen der anhaltenden Trockenheit bleibt die Entnahme von Wasser aus Flüssen und Bächen in sechs Landkreisen bis auf Weiteres eingeschränkt. Die im Frühjahr beschlossenen Wasserentnahme-|Erleichterungen für landwirtschaftliche Betriebe gelten nur noch dort, wo die Pegel über dem langjährigen Mittel liegen.',
      'Umweltministerin Beispiel sagte: »Jeder Liter, der jetzt im Fluss bleibt, schützt Fische, Muscheln und die Trinkwasser|versorgung im Sommer. Wir prüfen die Lage jede Woche neu und heben die Einschränkungen auf, sobald es die Pegel erlauben.«',
      'Die aktuellen Pegelstände und die Karte der betroffenen Gewässer veröffentlicht das Landes|amt für Umwelt, Land|wirtschaft und Geo|logie täg|lich im Internet. Ausnahmen für Tränken und den Brandschutz bleiben möglich.',
    ];
    breaks.push(...paragraphs(doc, flow, body, 11, 14.5));
    put(
      doc,
      'Hausanschrift: Sächsisches Staatsministerium für Umwelt und Landwirtschaft, Wilhelm-Buck-Str. 2, 01097 Dresden',
      LEFT,
      800,
      7,
    );
  });
}

/** An invitation: logo words of the sender, the heading „Medieneinladung“, the date line at the end. */
function invitation(breaks: Hyphenation[]): Promise<Buffer> {
  return officePdf({ created: new Date('2026-04-13T14:40:00Z'), author: 'Pressestelle' }, (doc) => {
    put(doc, 'STAATSMINISTERIUM', 330, 40, 13, FONT.bold);
    put(doc, 'FÜR KULTUS', 330, 56, 13, FONT.bold);
    put(doc, 'Freistaat Sachsen', 330, 74, 9);
    put(doc, 'Medieneinladung', LEFT, 130, 20, FONT.bold);
    const flow = onePageFlow(172);
    paragraph(doc, flow, 'Schulgarten-Wettbewerb: Kultusminister zeichnet Sieger in Meißen aus', 14, 18, FONT.bold);
    flow.y += 12;
    const lead = paragraph(
      doc,
      flow,
      'Zum zehnten Mal haben sächsische Schulen ihre Schulgärten in den Wettbewerb „Grünes Klassenzimmer“ geschickt. 146 Schulen haben teilgenommen, so viele wie nie zuvor. Der Kultusminister überreicht die Preise an die Sieger im Schulgarten der Oberschule Meißen-Triebischtal.',
      11,
      14.5,
    );
    breaks.push(...lead);
    flow.y += 8;
    for (const [label, text] of [
      ['Termin:', 'Mittwoch, 22. April 2026, 11:00 Uhr'],
      ['Ort:', 'Oberschule Meißen-Triebischtal, Schulgarten, Talstraße 9, 01662 Meißen'],
    ] as const) {
      put(doc, label, LEFT, flow.y, 11, FONT.bold);
      put(doc, text, LEFT + 60, flow.y, 11);
      flow.y += 14.5;
    }
    flow.y += 8;
    paragraph(
      doc,
      flow,
      'Medienvertreterinnen und Medienvertreter sind herzlich eingeladen. Fotos sind ab 11:15 Uhr beim Rundgang durch den Garten möglich. Um eine kurze Anmeldung bis zum 21. April 2026 an die Pressestelle wird gebeten.',
      11,
      14.5,
    );
    flow.y += 24;
    put(doc, 'Pressestelle: Jonas Exempel, Telefon +49 351 564-99931, presse-kultus@example.org', LEFT, flow.y, 9);
    flow.y += 24;
    put(doc, 'Dresden, den 15. April 2026', LEFT, flow.y, 11);
  });
}

const COLUMN_GAP = 24;
const HALF = (RIGHT - LEFT - COLUMN_GAP) / 2;
const twoColumns = (top: number, bottom: number): Column[] => [
  { x: LEFT, width: HALF, top, bottom },
  { x: LEFT + HALF + COLUMN_GAP, width: HALF, top, bottom },
];

/** A Berlin Senatsverwaltung: logo word, „Pressemitteilung“ and date at the top, body in two columns over two pages. */
function twoColumnRelease(breaks: Hyphenation[]): Promise<Buffer> {
  return officePdf({ created: new Date('2026-02-27T16:05:00Z') }, (doc: Pdf) => {
    const header = (): void => {
      put(doc, 'Berlin', LEFT, 36, 22, FONT.bold);
      put(doc, 'Senatsverwaltung für Finanzen', 360, 44, 9);
      put(doc, 'Pressestelle', 360, 56, 9);
    };
    header();
    put(doc, 'Pressemitteilung', LEFT, 110, 16, FONT.bold);
    put(doc, 'Berlin, den 3. März 2026', 400, 114, 10);
    const flow: Flow = {
      columns: [{ x: LEFT, width: RIGHT - LEFT, top: 150, bottom: 780 }],
      column: 0,
      y: 150,
      nextPage: () => {
        doc.addPage();
        header();
        put(doc, 'Seite 2 von 2', 480, 810, 8);
        return twoColumns(100, 780);
      },
    };
    paragraph(doc, flow, 'Haushalt 2027: Mehr Geld für Schulbau und Brückensanierung', 15, 19, FONT.bold);
    flow.y += 12;
    flow.columns = twoColumns(flow.y, 470);
    const body = [
      'Der Senat hat in seiner heutigen Sitzung den Entwurf des Haushalts|plans für das Jahr 2027 beschlossen. Er sieht Ausgaben von rund 41 Milliarden Euro vor und setzt Schwerpunkte beim Bau und bei der Sanierung von Schulen sowie bei den Brücken der Stadt.',
      'Für den Schulbau stehen im kommenden Jahr 1,9 Milliarden Euro bereit. Damit können 14 neue Schulen begonnen und 60 bestehende Ge|bäude saniert werden. Für die Sanierung von Brücken sind 310 Millionen Euro eingeplant, deutlich mehr als im laufenden Jahr. Der Finanz|senator betonte, dass die Investitionen trotz knapper Kassen gesichert seien und die Bezirke bei der Planung unterstützt würden.',
      'Neu ist ein Sonderprogramm für die Forschungs|einrichtungen der Stadt, mit dem Labore und Werk|stätten moder|nisiert werden. Es umfasst 85 Millionen Euro über drei Jahre und wird von der Investitionsbank Berlin verwaltet. Hochschulen, außer|universitäre Institute und Berlin-|Brandenburger Verbünde können Anträge stellen.',
      'Das Abgeordnetenhaus berät den Entwurf ab April in seinen Ausschüssen. Die Verabschiedung ist für den Juni geplant. Bis dahin können die Fraktionen Änderungen beantragen, über die der Haupt|ausschuss in mehreren Sitzungen entscheidet. Die Bezirke erhalten ihre Zuwei|sungen nach der Verab|schiedung.',
      'Der Haushaltsplan wird nach dem Beschluss des Senats vollständig im Internet veröffentlicht. Dort sind auch die Übersichten zu den einzelnen Einzelplänen und eine Erläuterung in einfacher Sprache zu finden.',
    ];
    breaks.push(...paragraphs(doc, flow, body, 10.5, 14));
    flow.y += 10;
    paragraph(
      doc,
      flow,
      'Rückfragen an: Pressestelle der Senatsverwaltung für Finanzen, Telefon (030) 9020-99944',
      9,
      12,
    );
    doc.switchToPage(0);
    put(doc, 'Seite 1 von 2', 480, 810, 8);
  });
}

async function made(
  name: string,
  layout: (breaks: Hyphenation[]) => Promise<Buffer>,
  expected: OfficeRelease['expected'],
): Promise<OfficeRelease> {
  const hyphenated: Hyphenation[] = [];
  return { name, bytes: await layout(hyphenated), hyphenated, expected };
}

export async function officeReleases(): Promise<OfficeRelease[]> {
  return Promise.all([
    made('smul-logo-briefkopf.pdf', logoLetterhead, {
      title: 'Niedrige Pegel: Wasserentnahme aus Flüssen bleibt eingeschränkt',
      date: '2026-04-14',
      ministry: 'Sächsisches Staatsministerium für Umwelt und Landwirtschaft',
      type: 'Medieninformation',
      bodyContains: ['Wasserentnahme-Erleichterungen für landwirtschaftliche', 'die Trinkwasserversorgung im Sommer'],
      bodyLacks: ['SACHSEN', 'Medieninformation', 'Hausanschrift', 'Greta Muster'],
    }),
    made('smk-medieneinladung.pdf', invitation, {
      title: 'Schulgarten-Wettbewerb: Kultusminister zeichnet Sieger in Meißen aus',
      date: '2026-04-15',
      ministry: 'Sächsisches Staatsministerium für Kultus',
      type: 'Medieneinladung',
      bodyContains: [
        '146 Schulen haben teilgenommen',
        'Medienvertreterinnen und Medienvertreter sind herzlich eingeladen',
      ],
      bodyLacks: ['STAATSMINISTERIUM', 'Medieneinladung', 'Dresden, den 15. April 2026'],
    }),
    made('senfin-zwei-spalten.pdf', twoColumnRelease, {
      title: 'Haushalt 2027: Mehr Geld für Schulbau und Brückensanierung',
      date: '2026-03-03',
      ministry: 'Senatsverwaltung für Finanzen',
      type: 'Medieninformation',
      bodyContains: [
        'setzt Schwerpunkte beim Bau und bei der Sanierung von Schulen sowie bei den Brücken der Stadt.',
        'die Investitionen trotz knapper Kassen gesichert seien und die Bezirke bei der Planung unterstützt würden.',
        'Sonderprogramm für die Forschungseinrichtungen der Stadt',
        'Berlin-Brandenburger Verbünde',
        'Die Bezirke erhalten ihre Zuweisungen nach der Verabschiedung.',
      ],
      bodyLacks: ['Pressemitteilung', 'Seite 1 von 2', 'Pressestelle\n'],
    }),
  ]);
}
