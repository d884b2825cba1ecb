/**
 * Recognises a police report („Polizeimeldung“) from the release itself: a report number of four
 * digits before the start of a sentence („Nr. 2021 Zu einer Kindesaussetzung …“, also after a line
 * of districts, „Gemeinsame Meldung …“ or a lead: several incidents per release), together with at
 * least one word of police work. One classifier for everything that needs to know: the sender
 * (a police report with a sender's `policeReportCues` is that sender's, search-config/ministries.json),
 * and later the release types and the reading version. It says nothing about which police.
 */

export interface PoliceReport {
  /** The first report number, as printed (four digits: „0031“). */
  number: string;
  /** Stems of police work found in the title or body (at least one), for explanations. */
  terms: string[];
}

/** „Nr. 2021“ or „Nr.0248“, four digits, followed by a capitalised word (a sentence starts). */
const REPORT_NUMBER = /(?<![\p{L}\p{N}])Nr\.\s?(\d{4})(?!\d)\s+(?=\p{Lu})/u;

/** Stems of police work, matched in lower case anywhere in a word („Autobahnpolizei“, „Zivilkräfte“). */
const POLICE_STEMS = [
  'polizei',
  'polizist',
  'kriminal',
  'kommissar',
  'staatsanwalt',
  'einsatzkr',
  'zivilkr',
  'streife',
  'festgenommen',
  'festnahme',
  'tatverdächt',
  'täter',
  'zeugin',
  'zeugen',
  'ermittl',
  'unfall',
  'verletz',
  'brandstift',
  'gestohlen',
  'diebstahl',
  'raub',
  'haftbefehl',
  'durchsuch',
  'anzeige',
  'beamt',
  'rettungswagen',
  'feuerwehr',
];

/** The report number is looked for this far into the body (a lead paragraph may come before it). */
const NUMBER_WITHIN = 2000;

export function readPoliceReport(release: { title: string; body: readonly string[] }): PoliceReport | undefined {
  const start = release.body.join(' ').slice(0, NUMBER_WITHIN);
  const number = REPORT_NUMBER.exec(start)?.[1];
  if (!number) return undefined;
  const text = `${release.title} ${release.body.join(' ')}`.toLowerCase();
  const terms = POLICE_STEMS.filter((stem) => text.includes(stem));
  return terms.length > 0 ? { number, terms } : undefined;
}

export function isPoliceReport(release: { title: string; body: readonly string[] }): boolean {
  return readPoliceReport(release) !== undefined;
}
