/**
 * A tagged PDF as Word writes it when saved as „Barrierefreies PDF“: its figures are Figure
 * structure elements with an alternative text (/Alt) over the marked content that draws them — here
 * a bar chart drawn as paths, with its caption as text below. A second figure without /Alt (a
 * decorative rule) has no text. Invented text.
 */
import { FONT, officePdf, paragraph, paragraphs, put } from './office-pdf.js';
import { LEFT, onePageFlow } from './office-releases.js';

export const TAGGED_RELEASE = {
  name: 'smwk-barrierefrei.pdf',
  title: 'Mehr Erstsemester an sächsischen Hochschulen',
  alt: 'Balkendiagramm: Studienanfänger in Sachsen von 2022 bis 2025, von 19.800 auf 21.400 gestiegen',
  /** The paragraphs before and after the figure. */
  before: 'Zum Wintersemester haben sich an den sächsischen Hochschulen',
  after: 'Besonders gefragt waren die Ingenieurwissenschaften',
} as const;

/** The release as a tagged PDF of one page. */
export function taggedRelease(): Promise<Buffer> {
  return officePdf({ created: new Date('2026-10-20T08:00:00Z'), tagged: true }, (doc) => {
    put(doc, 'Sächsisches Staatsministerium für', 330, 40, 10);
    put(doc, 'Wissenschaft, Kultur und Tourismus', 330, 53, 10);
    put(doc, 'Medieninformation', LEFT, 110, 18, FONT.bold);
    put(doc, 'Dresden, 21. Oktober 2026', 400, 114, 10);
    const flow = onePageFlow(150);
    paragraph(doc, flow, TAGGED_RELEASE.title, 14, 18, FONT.bold);
    flow.y += 10;
    paragraphs(
      doc,
      flow,
      [
        `${TAGGED_RELEASE.before} 21.400 junge Menschen zum ersten Mal eingeschrieben, so viele wie seit zehn Jahren nicht.`,
      ],
      11,
      14.5,
    );
    const top = flow.y + 6;
    doc.addStructure(
      doc.struct('Figure', { alt: TAGGED_RELEASE.alt }, () => {
        [19.8, 20.1, 20.6, 21.4].forEach((value, i) => {
          const height = (value - 18) * 30;
          doc.rect(LEFT + 20 + i * 60, top + 110 - height, 40, height).fill('#2f5f8a');
        });
      }),
    );
    doc.addStructure(
      doc.struct('Figure', {}, () => {
        doc.rect(LEFT, top + 116, 300, 1).fill('#999999');
      }),
    );
    doc.fillColor('black');
    flow.y = top + 122;
    put(doc, 'Abbildung 1: Studienanfänger 2022 bis 2025', LEFT, flow.y, 9);
    flow.y += 24;
    paragraphs(
      doc,
      flow,
      [
        `${TAGGED_RELEASE.after}, gefolgt von Medizin und Lehramt. Die Hochschulen rechnen auch im nächsten Jahr mit ähnlich vielen Anfängern.`,
      ],
      11,
      14.5,
    );
  });
}
