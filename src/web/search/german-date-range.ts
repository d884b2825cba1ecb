/**
 * Lenient German dates for the "von"/"bis" search fields (month names and two-digit years by the
 * archive's one set of rules, src/archive/german-dates.ts): "2024", "3.2024", "03/2024", "März 2024",
 * "21.11.2024", "21.11.24", "21. November 2024" and ISO "2024-11-21". A year or month stands for its
 * first day as a start bound and its last day as an end bound, so both bounds are inclusive.
 * A text of a date's shape that names no real day says why (`readGermanDate`), so the message can
 * name it: „Den 31. Februar 2024 gibt es nicht.“
 */
import { expandYear, monthFromName } from '../../archive/german-dates.js';
import { isoDateToDayNumber } from '../../archive/release.js';

export type DateBound = 'start' | 'end';

export interface ResolvedDate {
  /** Days since 1970-01-01 (the `dateNum` of a release). */
  day: number;
  /** The resolved calendar day, YYYY-MM-DD. */
  iso: string;
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a text of a date's shape is no date: a day the month does not have, a 13th month, a year out of range. */
export type DateProblem =
  | { kind: 'no-such-day'; day: number; month: number; year: number; days: number }
  | { kind: 'no-such-month'; month: number }
  | { kind: 'year-out-of-range'; year: number }
  | { kind: 'not-a-date' };

type Reading = { date: ResolvedDate } | { problem: DateProblem };

function resolve(year: number, month: number | undefined, day: number | undefined, bound: DateBound): Reading {
  if (year < MIN_YEAR || year > MAX_YEAR) return { problem: { kind: 'year-out-of-range', year } };
  const m = month ?? (bound === 'start' ? 1 : 12);
  if (m < 1 || m > 12) return { problem: { kind: 'no-such-month', month: m } };
  const days = lastDayOfMonth(year, m);
  const d = day ?? (bound === 'start' ? 1 : days);
  if (d < 1 || d > days) return { problem: { kind: 'no-such-day', day: d, month: m, year, days } };
  const iso = `${year}-${pad(m)}-${pad(d)}`;
  const dayNumber = isoDateToDayNumber(iso);
  return dayNumber === undefined ? { problem: { kind: 'not-a-date' } } : { date: { day: dayNumber, iso } };
}

/** Reads one date field: the day it stands for, or why it stands for none. */
export function readGermanDate(input: string, bound: DateBound, currentYear: number): Reading {
  const text = input.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})$/.exec(text);
  if (m) return resolve(Number(m[1]), undefined, undefined, bound);
  m = /^(\d{1,2}) ?[./] ?(\d{4})$/.exec(text);
  if (m) return resolve(Number(m[2]), Number(m[1]), undefined, bound);
  m = /^(\d{1,2}) ?([./]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})$/.exec(text);
  if (m) return resolve(expandYear(m[4]!, currentYear), Number(m[3]), Number(m[1]), bound);
  m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (m) return resolve(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]), bound);
  m = /^(?:(\d{1,2})\. ?)?(\p{L}+\.?) (\d{4})$/u.exec(text);
  if (m) {
    const month = monthFromName(m[2]!, { prefixes: true });
    if (month === undefined) return { problem: { kind: 'not-a-date' } };
    return resolve(Number(m[3]), month, m[1] === undefined ? undefined : Number(m[1]), bound);
  }
  return { problem: { kind: 'not-a-date' } };
}

/** Parses one date field; undefined when the text is not a date we understand. */
export function parseGermanDate(input: string, bound: DateBound, currentYear: number): ResolvedDate | undefined {
  const reading = readGermanDate(input, bound, currentYear);
  return 'date' in reading ? reading.date : undefined;
}
