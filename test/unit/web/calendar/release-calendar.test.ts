/**
 * The .ics of a Medieneinladung, parsed back by a real iCalendar parser (ical.js): the event's
 * fields, the time in Europe/Berlin, hostile titles and places escaped and folded (RFC 5545).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ICAL from 'ical.js';
import { escapeText, foldLine } from '../../../../src/web/calendar/ics-writer.js';
import { releaseCalendar } from '../../../../src/web/view-models/release-calendar.js';
import { fakeRelease } from '../../../helpers/fake-search.js';

const URL_ = 'https://presse.example.de/archiv/mitteilung/smwk-2026-05-28-einladung';
const HOSTILE =
  'Einladung; Rede, Podium \\ „Zukunft“\r\nDTSTART:19990101T000000Z\u0007 ' + 'Wissenschaftsförderung '.repeat(6);

function invitation(extra: Record<string, unknown> = {}) {
  return fakeRelease('smwk-2026-05-28-einladung', {
    title: 'Medieneinladung: Eröffnung des Forschungszentrums',
    summary: 'Die Ministerin eröffnet das Zentrum.',
    type: 'Medieneinladung',
    event: { date: '2026-06-03', time: '10:30', place: 'Foyer, Fetscherstraße 74, 01307 Dresden' },
    ingestedAt: '2026-05-28T09:12:00.000Z',
    ...extra,
  });
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('releaseCalendar', () => {
  test('one event: UID from the release id, DTSTAMP, DTSTART in Europe/Berlin with its VTIMEZONE', () => {
    const text = releaseCalendar(invitation(), URL_)!;
    const { calendar, vevent, event } = parse(text);
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(event.uid, 'smwk-2026-05-28-einladung@presse.example.de');
    assert.equal(String(vevent.getFirstPropertyValue('dtstamp')), '2026-05-28T09:12:00Z');
    assert.equal(vevent.getFirstProperty('dtstart')!.getParameter('tzid'), 'Europe/Berlin');
    assert.equal(event.startDate.toString(), '2026-06-03T10:30:00');
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    // 10:30 CEST is 08:30 UTC in June; in January the same zone is an hour ahead of UTC.
    assert.equal(zone.utcOffset(event.startDate), 7200);
    assert.equal(zone.utcOffset(ICAL.Time.fromDateTimeString('2026-01-15T10:30:00')), 3600);
    assert.equal(event.summary, 'Medieneinladung: Eröffnung des Forschungszentrums');
    assert.equal(event.location, 'Foyer, Fetscherstraße 74, 01307 Dresden');
    assert.match(event.description, /Die Ministerin eröffnet das Zentrum\.\n\nhttps:\/\/presse\.example\.de/);
    assert.equal(vevent.getFirstPropertyValue('url'), URL_);
    assert.equal(releaseCalendar(invitation(), URL_), text, 'the same file every time');
  });

  test('a day without time is a whole-day event without a time zone', () => {
    const text = releaseCalendar(invitation({ event: { date: '2026-06-03', place: 'Dresden' } }), URL_)!;
    const { event } = parse(text);
    assert.equal(event.startDate.isDate, true);
    assert.equal(event.startDate.toString(), '2026-06-03');
    assert.equal(event.endDate.toString(), '2026-06-04');
    assert.doesNotMatch(text, /VTIMEZONE/);
  });

  test('hostile title and place: escaped, folded at 75 octets, CRLF only, and parsed back as written', () => {
    const text = releaseCalendar(
      invitation({ title: HOSTILE, event: { date: '2026-06-03', time: '09:00', place: HOSTILE } }),
      URL_,
    )!;
    const lines = text.split('\r\n');
    assert.equal(lines.pop(), '', 'ends with CRLF');
    assert.ok(!lines.some((line) => /[\r\n]/.test(line)), 'no bare CR or LF');
    for (const line of lines) assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)}: ${line}`);
    assert.ok(
      lines.some((line) => line.startsWith(' ')),
      'long lines are folded',
    );
    const { vevent, event } = parse(text);
    assert.equal(vevent.getAllProperties('dtstart').length, 1, 'no injected property');
    const expected = HOSTILE.replace('\u0007', '').replace('\r\n', '\n');
    assert.equal(event.summary, expected);
    assert.equal(event.location, expected);
    assert.equal(event.startDate.toString(), '2026-06-03T09:00:00');
  });

  test('no event, no calendar', () => {
    assert.equal(releaseCalendar(fakeRelease('a'), URL_), undefined);
  });
});

describe('ics-writer', () => {
  test('TEXT escaping', () => {
    assert.equal(escapeText('a;b,c\\d\ne\r\nf'), 'a\\;b\\,c\\\\d\\ne\\nf');
  });

  test('folding never splits a UTF-8 character', () => {
    const folded = foldLine(`SUMMARY:${'ä'.repeat(80)}`);
    const parts = folded.split('\r\n').slice(0, -1);
    assert.ok(parts.length > 1);
    for (const part of parts) assert.ok(Buffer.byteLength(part) <= 75);
    assert.equal(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join(''), `SUMMARY:${'ä'.repeat(80)}`);
  });
});
