/**
 * The „Zitieren“ block of a release page: sender, title, date, permanent URL (absolute, from
 * PUBLIC_URL) and the day it was retrieved, and the same as one line of plain text to copy.
 */
import type { Release } from '../../archive/release.js';
import { formatDate } from './german-format.js';
import { TEXT } from '../texts/site-texts.js';

export interface Citation {
  sender: string;
  title: string;
  dateText: string;
  url: string;
  accessedText: string;
  /** „Sender: „Titel“, 2. Juni 2026. https://… (abgerufen am 3. Dezember 2026).“ */
  plain: string;
}

const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The ISO date of `now` in Germany. */
export function germanToday(now: Date): string {
  return BERLIN_DAY.format(now);
}

export function releaseCitation(release: Release, url: string, now: Date): Citation {
  const dateText = formatDate(release.date);
  const accessedText = formatDate(germanToday(now));
  return {
    sender: release.ministry,
    title: release.title,
    dateText,
    url,
    accessedText,
    plain: TEXT.citation.plain(release.ministry, release.title, dateText, url, accessedText),
  };
}
