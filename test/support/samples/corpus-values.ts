/** Slot values of one generated release (see fill-template.ts). */
import { GERMAN_MONTHS } from '../../../src/archive/german-dates.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, REGIONS, ROLES, SURNAMES, TOWNS } from './vocabulary/common-phrases.js';
import { formatLongDate } from './date-format.js';
import type { TemplateValues } from './fill-template.js';
import type { Random } from './prng.js';

export const MONTH_NAMES = GERMAN_MONTHS;
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

/** 1234 → "1.234" (German thousands separator). */
export function germanNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function money(rnd: Random): string {
  if (rnd.chance(0.25)) return `${rnd.int(50, 950)}.000 Euro`;
  const whole = rnd.int(1, 95);
  const tenth = rnd.int(0, 9);
  return tenth === 0 ? `${whole} Millionen Euro` : `${whole},${tenth} Millionen Euro`;
}

/** "Referatsleiterin Dr. Anke Vogel" — a speaker with a role; the name is invented. */
export function speaker(rnd: Random): string {
  const female = rnd.chance(0.5);
  const role = rnd.pick(ROLES)[female ? 0 : 1];
  const first = rnd.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
  return `${role} ${rnd.chance(0.25) ? 'Dr. ' : ''}${first} ${rnd.pick(SURNAMES)}`;
}

function isoPlusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function releaseValues(rnd: Random, date: string, webDomain: string, place?: string): TemplateValues {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const mainPlace = place ?? rnd.pick(TOWNS);
  let place2 = rnd.pick(TOWNS);
  if (place2 === mainPlace) place2 = rnd.pick(TOWNS);
  const fixed: Record<string, string> = {
    place: mainPlace,
    place2,
    region: rnd.pick(REGIONS),
    amount: money(rnd),
    sum: `${rnd.int(20, 900)}.000 Euro`,
    count: germanNumber(rnd.int(3, 450)),
    percent: `${rnd.int(2, 45)} Prozent`,
    year: String(year),
    nextYear: String(year + 1),
    month: MONTH_NAMES[(month + rnd.int(0, 2)) % 12] ?? 'Januar',
    deadline: formatLongDate(isoPlusDays(date, rnd.int(14, 90))),
    weekday: WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? 'Montag',
    person: speaker(rnd),
    web: `www.${webDomain}`,
  };
  const fresh: Record<string, () => string> = {
    PLACE: () => rnd.pick(TOWNS),
    REGION: () => rnd.pick(REGIONS),
    AMOUNT: () => money(rnd),
    SUM: () => `${rnd.int(20, 900)}.000 Euro`,
    COUNT: () => germanNumber(rnd.int(3, 2500)),
    PERCENT: () => `${rnd.int(2, 60)} Prozent`,
    PERSON: () => speaker(rnd),
    YEAR: () => String(year - rnd.int(1, 8)),
  };
  return { fixed, fresh };
}
