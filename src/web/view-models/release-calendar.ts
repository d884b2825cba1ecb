/**
 * The event of a Medieneinladung as an iCalendar file (calendar/ics-writer.ts): the release's title
 * as summary, the place, the summary and the release's permanent address; a UID made from the
 * release id and the site's host (stable across downloads and re-ingests); DTSTAMP the record's
 * last ingest. Undefined when the release has no recognised event.
 */
import type { Release } from '../../archive/release.js';
import { icsCalendar } from '../calendar/ics-writer.js';
import { SITE_NAME } from '../texts/site-texts.js';

/** Where the download lives, below the release page. */
export const CALENDAR_FILE = 'termin.ics';

export function releaseCalendar(release: Release, url: string): string | undefined {
  if (!release.event) return undefined;
  const stamp = new Date(release.ingestedAt);
  return icsCalendar(
    {
      uid: `${release.id}@${new URL(url).host}`,
      stamp: Number.isNaN(stamp.getTime()) ? new Date(`${release.date}T00:00:00Z`) : stamp,
      date: release.event.date,
      ...(release.event.time ? { time: release.event.time } : {}),
      summary: release.title,
      location: release.event.place,
      description: `${release.ministry}: ${release.summary}\n\n${url}`,
      url,
    },
    `-//${SITE_NAME}//Medieneinladung//DE`,
  );
}
