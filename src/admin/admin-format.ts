/** German numbers and times for the admin pages (times in Europe/Berlin, as the archivists read them). */
const NUMBER = new Intl.NumberFormat('de-DE');
const DATE_TIME = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'Europe/Berlin',
});

export const germanNumber = (n: number): string => NUMBER.format(n);

/** An ISO time as „03.12.2026, 14:05:09“; what is no time is shown as it is. */
export function germanTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}
