/** German date formats used in releases. Input is an ISO date (YYYY-MM-DD). */
import { GERMAN_MONTHS } from '../../../src/archive/german-dates.js';

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Kein ISO-Datum: "${iso}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** "02.06.2026" — the date line of a Saxon Medieninformation. */
export function formatNumericDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
}

/** "2. Juni 2026" — the dateline of a web page. */
export function formatLongDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d}. ${GERMAN_MONTHS[m - 1] ?? ''} ${y}`;
}

/** 10:00 UTC of the release date: a fixed PDF CreationDate, so output is reproducible. */
export function releaseTimestamp(iso: string): Date {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d, 10, 0, 0));
}
