/**
 * German dates, one set of rules for the whole archive: month names (with the spellings and
 * abbreviations releases use), two-digit years and calendar checks. Release parsing
 * (ingest/parse/german-dates.ts) finds date lines with it; the search form's „Von“/„Bis“ fields
 * (src/web/search/german-date-range.ts) resolve their bounds with it; the site prints dates with
 * GERMAN_MONTHS.
 */
import { isoDateToDayNumber } from './release.js';

/** German month names, January first, as the site prints them. */
export const GERMAN_MONTHS: readonly string[] = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/** Other spellings and abbreviations found in releases (lower case, without the final dot). */
const OTHER_SPELLINGS: ReadonlyArray<readonly [string, number]> = [
  ['jänner', 1],
  ['jaenner', 1],
  ['jan', 1],
  ['feber', 2],
  ['feb', 2],
  ['maerz', 3],
  ['marz', 3],
  ['mär', 3],
  ['mrz', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sept', 9],
  ['sep', 9],
  ['okt', 10],
  ['nov', 11],
  ['dez', 12],
];

const MONTH_BY_SPELLING = new Map<string, number>([
  ...GERMAN_MONTHS.map((name, i) => [name.toLowerCase(), i + 1] as const),
  ...OTHER_SPELLINGS,
]);

/**
 * Every spelling above as a regular-expression alternation, longest first, each with an upper- or
 * lower-case first letter ("Juni", "juni"); to be followed by an optional dot.
 */
export const MONTH_NAME_PATTERN = [...MONTH_BY_SPELLING.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => `[${name[0]!.toUpperCase()}${name[0]}]${name.slice(1)}`)
  .join('|');

/**
 * The month of a German month name: a spelling above ("März", "Maerz", "Mrz.", "Sept") or, with
 * `prefixes`, the first three or more letters of a month's name ("Septem", "okt.").
 */
export function monthFromName(name: string, { prefixes = false } = {}): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const known = MONTH_BY_SPELLING.get(lower);
  if (known !== undefined || !prefixes || lower.length < 3) return known;
  const folded = lower.replace(/^maer|^mar/, 'mär');
  const index = GERMAN_MONTHS.findIndex((month) => month.toLowerCase().startsWith(folded));
  return index < 0 ? undefined : index + 1;
}

/** How far ahead a two-digit year may point: invitations and deadlines name coming years. */
export const TWO_DIGIT_YEARS_AHEAD = 5;

/**
 * A year as written: four digits as they are; two digits are the latest year ending in them that
 * is at most TWO_DIGIT_YEARS_AHEAD years after `currentYear` (in 2026: "31" → 2031, "32" → 1932,
 * "99" → 1999, "00" → 2000). One rule for releases and the search form.
 */
export function expandYear(digits: string, currentYear: number): number {
  if (digits.length !== 2) return Number(digits);
  const latest = currentYear + TWO_DIGIT_YEARS_AHEAD;
  return latest - ((((latest - Number(digits)) % 100) + 100) % 100);
}

/** `YYYY-MM-DD` when year, month and day form a real calendar day, else undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isoDateToDayNumber(iso) === undefined ? undefined : iso;
}
