/**
 * Saxon ministries (Ressorts) and the names they printed over time. Cabinet changes on
 * 20 Dec 2019 and 19 Dec 2024 renamed several ministries; a release carries the name of its date.
 */

export type RessortId =
  | 'sk'
  | 'smf'
  | 'smi'
  | 'smj'
  | 'smk'
  | 'sms'
  | 'smwa'
  | 'smwk'
  | 'smul'
  | 'smil'
  | 'pd-dresden'
  | 'pd-leipzig'
  | 'pd-chemnitz';

export interface PrintedSender {
  /** First day this name was used (ISO), inclusive. */
  from: string;
  name: string;
  short: string;
  /** Mail and web domain, e.g. "smwk.sachsen.de". */
  domain: string;
  /** Area code and exchange of the press office, e.g. "+49 351 564". */
  phonePrefix: string;
  place: string;
}

const EARLIEST = '1990-01-01';
export const CABINET_2019 = '2019-12-20';
export const CABINET_2024 = '2024-12-19';
const DD = '+49 351 564';
const MIN = 'Sächsisches Staatsministerium';

function one(name: string, short: string, domain: string, from = EARLIEST): PrintedSender {
  return { from, name, short, domain, phonePrefix: DD, place: 'Dresden' };
}

function police(city: string, short: string, phonePrefix: string): PrintedSender {
  return {
    from: EARLIEST,
    name: `Polizeidirektion ${city}`,
    short,
    domain: 'polizei.sachsen.de',
    phonePrefix,
    place: city,
  };
}

/** Names per Ressort, oldest first. A Ressort without a name for a date did not exist then. */
export const SENDER_HISTORY: Record<RessortId, PrintedSender[]> = {
  sk: [one('Sächsische Staatskanzlei', 'SK', 'sk.sachsen.de')],
  smf: [one(`${MIN} der Finanzen`, 'SMF', 'smf.sachsen.de')],
  smi: [one(`${MIN} des Innern`, 'SMI', 'smi.sachsen.de')],
  smj: [
    one(`${MIN} der Justiz`, 'SMJ', 'smj.sachsen.de'),
    one(`${MIN} der Justiz und für Demokratie, Europa und Gleichstellung`, 'SMJusDEG', 'smj.sachsen.de', CABINET_2019),
    one(`${MIN} der Justiz`, 'SMJ', 'smj.sachsen.de', CABINET_2024),
  ],
  smk: [one(`${MIN} für Kultus`, 'SMK', 'smk.sachsen.de')],
  sms: [
    one(`${MIN} für Soziales und Verbraucherschutz`, 'SMS', 'sms.sachsen.de'),
    one(`${MIN} für Soziales und Gesellschaftlichen Zusammenhalt`, 'SMS', 'sms.sachsen.de', CABINET_2019),
    one(`${MIN} für Soziales, Gesundheit und Gesellschaftlichen Zusammenhalt`, 'SMS', 'sms.sachsen.de', CABINET_2024),
  ],
  smwa: [
    one(`${MIN} für Wirtschaft, Arbeit und Verkehr`, 'SMWA', 'smwa.sachsen.de'),
    one(`${MIN} für Wirtschaft, Arbeit, Energie und Klimaschutz`, 'SMWA', 'smwa.sachsen.de', CABINET_2024),
  ],
  smwk: [
    one(`${MIN} für Wissenschaft und Kunst`, 'SMWK', 'smwk.sachsen.de'),
    one(`${MIN} für Wissenschaft, Kultur und Tourismus`, 'SMWK', 'smwk.sachsen.de', CABINET_2019),
  ],
  smul: [
    one(`${MIN} für Umwelt und Landwirtschaft`, 'SMUL', 'smul.sachsen.de'),
    one(`${MIN} für Energie, Klimaschutz, Umwelt und Landwirtschaft`, 'SMEKUL', 'smekul.sachsen.de', CABINET_2019),
    one(`${MIN} für Umwelt und Landwirtschaft`, 'SMUL', 'smul.sachsen.de', CABINET_2024),
  ],
  smil: [
    one(`${MIN} für Regionalentwicklung`, 'SMR', 'smr.sachsen.de', CABINET_2019),
    one(`${MIN} für Infrastruktur und Landesentwicklung`, 'SMIL', 'smil.sachsen.de', CABINET_2024),
  ],
  'pd-dresden': [police('Dresden', 'PD Dresden', '+49 351 483')],
  'pd-leipzig': [police('Leipzig', 'PD Leipzig', '+49 341 966')],
  'pd-chemnitz': [police('Chemnitz', 'PD Chemnitz', '+49 371 387')],
};

/** The name a Ressort printed on a date, or undefined when it did not exist yet. */
export function printedSender(ressort: RessortId, isoDate: string): PrintedSender | undefined {
  let found: PrintedSender | undefined;
  for (const entry of SENDER_HISTORY[ressort]) {
    if (entry.from <= isoDate) found = entry;
  }
  return found;
}
