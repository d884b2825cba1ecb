/**
 * The event of a Medieneinladung: its day (and time, when given) and its place, read from the body —
 * a labelled line („Termin: Dienstag, 3. Juni 2026, 10:30 Uhr“, „Ort: Rathaus, Dr.-Külz-Ring 19,
 * Dresden“) or, for the day, the first „am 3. Juni 2026 um 10 Uhr“ of the text. A day without a year
 * is taken in the year of the release (the next year when that day has passed). Only an event with
 * both day and place is returned: the .ics download needs both.
 */
import { isoDate, MONTH_NAME_PATTERN, monthFromName } from '../../../src/archive/german-dates.js';
import type { ReleaseEvent } from '../../../src/archive/release.js';

const WEEKDAY = String.raw`(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)`;
const DAY = String.raw`(?<day>\d{1,2})\.\s*(?:(?<month>\d{1,2})\.(?<year>\d{4})?|(?<name>${MONTH_NAME_PATTERN})\.?(?:\s+(?<yearName>\d{4}))?)`;
const TIME = String.raw`(?:,?\s*(?:um|ab|von|Beginn:?)?\s*(?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?\s*Uhr)`;
const WHEN = String.raw`(?:${WEEKDAY},?\s*)?(?:(?:den|dem)\s+)?${DAY}(?!\d)${TIME}?`;

/** „Termin: …“, „Datum: …“, „Wann: …“ */
const LABELLED_DAY = new RegExp(String.raw`(?:^|\n|\s)(?:Termin|Datum|Wann|Zeit|Zeitpunkt|Beginn)\s*:\s*${WHEN}`, 'u');
/** „am Dienstag, 3. Juni 2026, um 10:30 Uhr“ anywhere. */
const RUNNING_DAY = new RegExp(String.raw`\bam\s+${WHEN}`, 'u');
/** „Ort: …“ up to the end of the line or the next label. */
const LABELLED_PLACE =
  /(?:^|\n|\s)(?:Ort|Veranstaltungsort|Treffpunkt|Wo|Adresse)\s*:\s*(?<place>[^\n]+?)\s*(?=$|\n|\s(?:Termin|Datum|Wann|Zeit|Beginn|Ansprechpartner\p{L}*|Kontakt|Anmeldung|Hinweis)\s*:)/mu;

const MAX_PLACE = 200;

function dayOf(groups: Record<string, string | undefined>, releaseDate: string): string | undefined {
  const month = groups.name ? monthFromName(groups.name) : Number(groups.month);
  if (!month) return undefined;
  const day = Number(groups.day);
  const written = groups.year ?? groups.yearName;
  if (written) return isoDate(Number(written), month, day);
  const year = Number(releaseDate.slice(0, 4));
  const same = isoDate(year, month, day);
  return same !== undefined && same >= releaseDate ? same : isoDate(year + 1, month, day);
}

function timeOf(groups: Record<string, string | undefined>): string | undefined {
  if (groups.hour === undefined) return undefined;
  const hour = Number(groups.hour);
  const minute = Number(groups.minute ?? '0');
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export function readInvitationEvent(release: { date: string; body: readonly string[] }): ReleaseEvent | undefined {
  const text = release.body.join('\n');
  const when = LABELLED_DAY.exec(text) ?? RUNNING_DAY.exec(text);
  const place = LABELLED_PLACE.exec(text)
    ?.groups?.place?.replace(/[.;,]$/, '')
    .trim();
  if (!when?.groups || !place) return undefined;
  const date = dayOf(when.groups, release.date);
  if (!date) return undefined;
  const time = timeOf(when.groups);
  return { date, ...(time ? { time } : {}), place: place.slice(0, MAX_PLACE) };
}
