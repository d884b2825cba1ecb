/**
 * Releases for the site tests, built here: the real SMWK release of 2 June 2026 (public text) and
 * short invented ones over several years and ministries, one of them hostile (markup in every field).
 */
import type { BodyNode } from '../../src/archive/body-structure.js';
import { isoDateToDayNumber, type Release } from '../../src/archive/release.js';
import { generateCorpus } from '../support/samples/generate-corpus.js';

export const NAMES: Record<string, string> = {
  SMWK: 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus',
  SMK: 'Sächsisches Staatsministerium für Kultus',
  SMI: 'Sächsisches Staatsministerium des Innern',
  SMUL: 'Sächsisches Staatsministerium für Umwelt und Landwirtschaft',
  SMS: 'Sächsisches Staatsministerium für Soziales, Gesundheit und Gesellschaftlichen Zusammenhalt',
  SMF: 'Sächsisches Staatsministerium der Finanzen',
};

export const SMWK_SHA = 'a1'.repeat(32);
export const SMWK_HTML_SHA = 'b2'.repeat(32);

export function release(
  id: string,
  date: string,
  ministryShort: string,
  topics: string[],
  title: string,
  summary: string,
  body: string[] = [summary],
  extra: Partial<Release> = {},
): Release {
  return {
    id,
    title,
    date,
    dateNum: isoDateToDayNumber(date)!,
    year: Number(date.slice(0, 4)),
    ministry: NAMES[ministryShort]!,
    ministryShort,
    topics,
    contact: { name: 'Pressestelle', phone: '+49 351 564 0', email: 'presse@example.org' },
    summary,
    body,
    sources: [
      {
        type: 'pdf',
        filename: `${id}.pdf`,
        sha256: id
          .replace(/[^0-9a-f]/g, '')
          .padEnd(64, 'c')
          .slice(0, 64),
        bytes: 1000,
      },
    ],
    sample: false,
    ingestedAt: '2026-06-03T08:15:00.000Z',
    ...extra,
  };
}

export const SMWK_ID = 'smwk-2026-06-02-hightech-agenda';

/** `r` with the structured body ingest writes today: its paragraphs, and `headings` headings of the source. */
function withStructure(r: Release, headings: readonly string[]): Release {
  const structuredBody = r.body.map((text): BodyNode =>
    headings.includes(text) ? { type: 'heading', level: 2, text: [{ text }] } : { type: 'paragraph', text: [{ text }] },
  );
  return { ...r, structuredBody };
}

export const SMWK_RELEASE: Release = withStructure(
  release(
    SMWK_ID,
    '2026-06-02',
    'SMWK',
    ['Wissenschaft', 'Gesundheit'],
    'Hightech Agenda bestätigt sächsisches Kernthema Zell- und Gentherapie',
    'Sichere und zugängliche Zell- und Gentherapien gestalten und eine breite medizinische Anwendung ermöglichen: Mit dieser Aufgabe beschäftigen sich internationale Experten aus Wissenschaft, Industrie und Politik am 3. Juni 2026 auf der Konferenz SaxoCell 2026, zu der das sächsische Zukunftscluster SaxoCell nach Dresden eingeladen hat.',
    [
      'Sichere und zugängliche Zell- und Gentherapien gestalten und eine breite medizinische Anwendung ermöglichen: Mit dieser Aufgabe beschäftigen sich internationale Experten aus Wissenschaft, Industrie und Politik am 3. Juni 2026 auf der Konferenz SaxoCell 2026, zu der das sächsische Zukunftscluster SaxoCell nach Dresden eingeladen hat. Der Ausbau von Gen- und Zelltherapien gehört zu den sächsischen Schwerpunktthemen und ist in die Hightech Agenda der Bundesregierung aufgenommen worden.',
      'Wissenschaftsminister Sebastian Gemkow: »Mit der Hightech Agenda Deutschland hat die Bundesregierung ein starkes Signal gesetzt zur Stärkung der Innovationskraft, der Wertschöpfung und der Sicherung der technologischen Souveränität »Made in Germany«. In Sachsen sehen wir uns mit den Kernthemen durch die Roadmaps bestätigt und verstehen uns als starker Partner und Treiber bei der Umsetzung der Hightech Agenda. Das gilt auch für die Biotechnologie, insbesondere die Gen- und Zellforschung.«',
      'Eine der größten Stärken Sachsens sei die enge Zusammenarbeit zwischen führenden Forschungseinrichtungen, Universitäten, klinischen Forschungszentren, innovativen Unternehmen und Industriepartnern, sagte der Minister weiter.',
      'Hintergrund',
      'SaxoCell ist Gewinner der bundesweiten Clusters4Future-Initiative des BMBF und wird mit jeweils 15 Millionen Euro für die erste (2021–2024) und zweite (2024–2027) Umsetzungsphase gefördert.',
    ],
    {
      subtitle: 'Internationale Konferenz mit Experten aus Wissenschaft, Wirtschaft und Politik tagt in Dresden',
      contact: { name: 'Falk Lange', phone: '+49 351 564 60200', email: 'falk.lange@smwk.sachsen.de' },
      footnotes: ['Kein Zugang für verschlüsselte elektronische Dokumente.'],
      sources: [
        {
          type: 'pdf',
          filename: 'Medieninformation Hightech-Agenda „SaxoCell“.pdf',
          sha256: SMWK_SHA,
          bytes: 48_213,
          pages: 2,
        },
        { type: 'html', filename: 'hightech-agenda.html', sha256: SMWK_HTML_SHA, bytes: 12_345 },
      ],
    },
  ),
  ['Hintergrund'],
);

export const HOSTILE_ID = 'smi-2025-02-14-hostile';
export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '<img src=x onerror=alert(1)>';

export const HOSTILE_RELEASE: Release = release(
  HOSTILE_ID,
  '2025-02-14',
  'SMI',
  ['Sicherheit'],
  `Polizeireform ${SCRIPT} beschlossen`,
  `Die Polizeireform ${IMG} stärkt die Reviere im ländlichen Raum ${SCRIPT}.`,
  [`Die Polizeireform ${IMG} stärkt die Reviere.`, `• Punkt mit ${SCRIPT}`, '• Zweiter Punkt'],
);

export const OTHER_RELEASES: Release[] = [
  release(
    'smk-2026-03-10-lehrkraefte',
    '2026-03-10',
    'SMK',
    ['Bildung'],
    'Mehr Lehrkräfte für Grundschulen',
    'Das Kultusministerium stellt zum Schuljahr 2026/27 zusätzliche Lehrkräfte für Grundschulen ein.',
  ),
  release(
    'smk-2025-09-01-schuljahr',
    '2025-09-01',
    'SMK',
    ['Bildung'],
    'Schuljahr beginnt mit neuen Lehrplänen',
    'Zum neuen Schuljahr gelten überarbeitete Lehrpläne für Mathematik und Informatik.',
  ),
  release(
    'smk-2024-11-21-digitalpakt',
    '2024-11-21',
    'SMK',
    ['Bildung', 'Digitales'],
    'Digitalpakt: Schulen erhalten Tablets',
    'Sachsens Schulen erhalten weitere Mittel aus dem Digitalpakt für Tablets und WLAN.',
  ),
  release(
    'smi-2024-03-05-feuerwehr',
    '2024-03-05',
    'SMI',
    ['Sicherheit'],
    'Neue Löschfahrzeuge für die Feuerwehr',
    'Der Freistaat fördert 40 neue Löschfahrzeuge für freiwillige Feuerwehren.',
  ),
  release(
    'smi-2023-07-12-katastrophenschutz',
    '2023-07-12',
    'SMI',
    ['Sicherheit', 'Umwelt'],
    'Katastrophenschutz wird gestärkt',
    'Hochwasserschutz und Katastrophenschutz werden enger verzahnt.',
  ),
  release(
    'smul-2024-06-18-hochwasser',
    '2024-06-18',
    'SMUL',
    ['Umwelt'],
    'Hochwasserschutz an der Elbe',
    'Neue Deiche schützen Gemeinden an der Elbe vor Hochwasser.',
  ),
  release(
    'smul-2023-04-02-wald',
    '2023-04-02',
    'SMUL',
    ['Umwelt', 'Landwirtschaft'],
    'Waldumbau kommt voran',
    'Der Waldumbau zu klimastabilen Mischwäldern kommt voran.',
  ),
  release(
    'smul-2022-08-30-duerre',
    '2022-08-30',
    'SMUL',
    ['Landwirtschaft'],
    'Dürrehilfen für Landwirte',
    'Landwirte erhalten Hilfen nach der Dürre des Sommers.',
  ),
  release(
    'sms-2025-01-15-pflege',
    '2025-01-15',
    'SMS',
    ['Gesundheit', 'Soziales'],
    'Pflegeausbildung wird attraktiver',
    'Die Pflegeausbildung erhält mehr Praxisanleitung und höhere Vergütung.',
  ),
  release(
    'sms-2023-10-10-krankenhaus',
    '2023-10-10',
    'SMS',
    ['Gesundheit'],
    'Krankenhausplanung für ländliche Regionen',
    'Die Krankenhausplanung sichert die Versorgung in ländlichen Regionen.',
  ),
  release(
    'smf-2024-12-03-haushalt',
    '2024-12-03',
    'SMF',
    ['Finanzen'],
    'Haushaltsentwurf 2025/2026 vorgelegt',
    'Der Finanzminister legt den Entwurf des Doppelhaushalts vor.',
  ),
  release(
    'smwk-2022-05-05-museen',
    '2022-05-05',
    'SMWK',
    ['Kultur'],
    'Museen öffnen wieder',
    'Die staatlichen Museen öffnen mit neuen Ausstellungen zur Konferenz der Kulturminister.',
  ),
  release(
    'smwk-2021-10-20-hochschulen',
    '2021-10-20',
    'SMWK',
    ['Wissenschaft'],
    'Hochschulen erhalten mehr Geld für Forschung',
    'Die Hochschulen erhalten zusätzliche Mittel für Forschung und Lehre, auch für Konferenz-Reisen.',
  ),
];

export const ALL_RELEASES: Release[] = [SMWK_RELEASE, HOSTILE_RELEASE, ...OTHER_RELEASES];

/** Invented sample releases, marked or written before the mark existed: never in the sitemap. */
export const SAMPLE: Release = {
  ...SMWK_RELEASE,
  id: 'smk-2025-05-05-beispiel',
  title: 'Erfundene Beispielmitteilung',
  sample: true,
  invented: true,
};
export const OLD_SAMPLE: Release = {
  ...SMWK_RELEASE,
  id: 'smk-2025-05-06-beispiel-alt',
  title: 'Alte Beispielmitteilung',
  sample: true,
};
/** The real release among the samples, re-created from its published text: listed. */
export const REAL_SAMPLE: Release = {
  ...SMWK_RELEASE,
  id: 'smwk-2026-06-02-nachgebaut',
  title: 'Nachgebaute echte Mitteilung',
  sources: SMWK_RELEASE.sources.map((source) => ({
    ...source,
    publishedIn: { name: 'Medienservice Sachsen', url: 'https://www.medienservice.sachsen.de/' },
  })),
  sample: true,
  invented: false,
};

/** `count` generated German releases (ids gen-000 …) with their senders and topics, for search tests on a few hundred releases. */
export function generatedReleases(count: number, seed: number): Release[] {
  return generateCorpus({ count, seed }).map((sample, i) => ({
    ...release(
      `gen-${String(i).padStart(3, '0')}`,
      sample.date,
      'SMI',
      ['Sonstiges'],
      sample.title,
      sample.body[0] ?? sample.title,
      sample.body,
    ),
    ministry: sample.sender,
    ministryShort: sample.senderShort,
    topics: sample.topics.length > 0 ? sample.topics : ['Sonstiges'],
  }));
}
