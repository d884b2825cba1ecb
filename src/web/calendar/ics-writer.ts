/**
 * A small iCalendar (RFC 5545) writer for one event: content lines ended by CRLF and folded at 75
 * octets (a continuation line starts with a space; a UTF-8 character is never split), TEXT values
 * escaped (`\` `;` `,` and line breaks as `\n`; other control characters removed), the day in
 * Europe/Berlin with its VTIMEZONE (the EU rules since 1996), or a whole day when no time is known.
 * Pure; the data comes from view-models/release-calendar.ts.
 */

export const ICS_TYPE = 'text/calendar; charset=utf-8';

export interface IcsEvent {
  /** Globally unique and stable: the same event gives the same UID in every download. */
  uid: string;
  /** When the information was last revised (the record's ingest), a Date. */
  stamp: Date;
  /** YYYY-MM-DD, a day in Germany. */
  date: string;
  /** HH:MM local time in Germany; absent: an all-day event. */
  time?: string;
  summary: string;
  location: string;
  description: string;
  url: string;
}

// C0 controls but LF and CR, DEL, C1 controls: not allowed in iCalendar text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** A TEXT value (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const MAX_OCTETS = 75;

/** One content line, folded at 75 octets (RFC 5545 3.1), with CRLF after each part. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.map((part) => `${part}\r\n`).join('');
}

/** A URI value: no escaping, but nothing that would end the line. */
function uri(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, ''); // eslint-disable-line no-control-regex
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** Europe/Berlin as in the tz database since 1996: CEST from the last Sunday in March, CET from the last Sunday in October. */
const BERLIN = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10).replace(/-/g, '');
}

export function icsCalendar(event: IcsEvent, productId: string): string {
  const day = event.date.replace(/-/g, '');
  const start = event.time
    ? [`DTSTART;TZID=Europe/Berlin:${day}T${event.time.replace(':', '')}00`]
    : [`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${nextDay(event.date)}`];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(productId)}`,
    'CALSCALE:GREGORIAN',
    ...(event.time ? BERLIN : []),
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    ...start,
    `SUMMARY;LANGUAGE=de:${escapeText(event.summary)}`,
    `LOCATION;LANGUAGE=de:${escapeText(event.location)}`,
    `DESCRIPTION;LANGUAGE=de:${escapeText(event.description)}`,
    `URL;VALUE=URI:${uri(event.url)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('');
}
