/** RFC 3339 date-times for feeds: a release date as midnight in Germany, a record's timestamp as UTC. */

const BERLIN_OFFSET = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });

/** `2026-06-02` → `2026-06-02T00:00:00+02:00` (the offset of Germany on that day). */
export function germanMidnight(isoDate: string): string {
  const day = new Date(`${isoDate}T12:00:00Z`);
  const zone = BERLIN_OFFSET.formatToParts(day).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  const offset = zone === 'GMT' ? '+00:00' : zone.slice(3);
  return `${isoDate}T00:00:00${offset}`;
}

/** An ISO timestamp as RFC 3339 in UTC, or undefined when it is no valid date. */
export function rfc3339(timestamp: string | undefined): string | undefined {
  if (timestamp === undefined) return undefined;
  const time = new Date(timestamp);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}
