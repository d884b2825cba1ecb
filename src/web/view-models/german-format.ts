/** German formatting of dates, numbers and sizes for the pages (no time zone surprises for plain dates). */
import { GERMAN_MONTHS } from '../../archive/german-dates.js';

/** "2024-11-21" → "21. November 2024"; anything else is returned unchanged. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = GERMAN_MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])}. ${month} ${m[1]}` : iso;
}

const BERLIN_DAY = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** The day of an ISO timestamp in Berlin: "2026-12-02T23:30:00Z" → "3. Dezember 2026". */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : BERLIN_DAY.format(date);
}

const BERLIN = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An ISO timestamp as German local time: "21.11.2024, 14:03 Uhr". */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${BERLIN.format(date)} Uhr`;
}

export function formatNumber(n: number): string {
  return n.toLocaleString('de-DE');
}

/** 1536 → "1,5 KB"; 2_500_000 → "2,4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} Byte`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString('de-DE', { maximumFractionDigits: 1 })} ${units[unit]}`;
}
