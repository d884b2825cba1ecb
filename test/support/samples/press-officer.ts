/** Invented press officers of generated releases: two per sender and three-year period, stable across seeds. */
import { pressContact } from './sample-contact.js';
import type { SampleContact } from './sample-release.js';
import type { PrintedSender, RessortId } from './sender-history.js';
import { stableHash } from './stable-hash.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES } from './vocabulary/common-phrases.js';

export function pressOfficer(ressort: RessortId, sender: PrintedSender, date: string, slot: 0 | 1): SampleContact {
  const period = Math.floor(Number(date.slice(0, 4)) / 3);
  const h = stableHash(`${ressort}/${period}/${slot}`);
  const firstNames = (h & 1) === 0 ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES;
  const first = firstNames[(h >>> 1) % firstNames.length] ?? 'Anke';
  const last = SURNAMES[(h >>> 9) % SURNAMES.length] ?? 'Richter';
  const extension = 10000 + ((h >>> 4) % 89999);
  return pressContact(`${first} ${last}`, `${sender.phonePrefix} ${extension}`, sender.domain);
}
