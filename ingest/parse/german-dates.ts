/**
 * German date parsing for press releases: "02.06.2026", "2. Juni 2026", "2. Jun. 2026", "2.6.26",
 * "Dresden, 2. Juni 2026", "Berlin, den 3.4.2024", "Stand: 07.04.2019, 08:00 Uhr",
 * "Erschienen am 17.01.2023", "08.04.2019 07:24" and ISO "2026-06-02" (also with a time).
 * Invalid calendar dates are rejected.
 * Month names and two-digit years follow the archive's one set of rules (src/archive/german-dates.ts).
 */
import { expandYear, isoDate, MONTH_NAME_PATTERN, monthFromName } from '../../src/archive/german-dates.js';

const NUMERIC = String.raw`(?<nd>\d{1,2})\.\s?(?<nm>\d{1,2})\.\s?(?<ny>\d{4}|\d{2})(?!\d)`;
const TEXTUAL = String.raw`(?<td>\d{1,2})\.?\s*(?<tm>${MONTH_NAME_PATTERN})\.?\s+(?<ty>\d{4})(?!\d)`;
const ISO = String.raw`(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const DATE = `(?:${NUMERIC}|${TEXTUAL}|${ISO})`;

/**
 * Phrases that say when a document was published („Erschienen am 17.01.2023“, „Veröffentlicht:
 * 3. Mai 2024“): a line of them names the release date wherever it stands. „Stand“, „Erstellt“
 * or „Aktualisiert“ say something else and count only where a date line is expected.
 */
const PUBLISHED_LABELS = [
  'Veröffentlicht(?: am)?',
  'Veröffentlichungsdatum',
  'Erschienen(?: am)?',
  'Erscheinungsdatum',
  'Erscheinungstag',
  'Herausgegeben(?: am)?',
];
const PUBLISHED = `(?:${PUBLISHED_LABELS.join('|')})`;
const PUBLISHED_LINE = new RegExp(String.raw`^${PUBLISHED}(?=[\s:])`, 'u');

const LABEL = String.raw`(?:Stand|Datum|${PUBLISHED}|Erstellt(?: am)?|Aktualisiert(?: am)?|Ausgabe|(?:Presse|Medien)(?:mitteilung|information|meldung)(?:\s+(?:Nr\.?\s*)?\d+\s*[/-]\s*\d+)?(?:\s+vom)?|[Vv]om)`;
const PLACE = String.raw`[A-ZÄÖÜ][\p{L}.'-]*(?:\s(?:[A-ZÄÖÜ][\p{L}.'-]*|\([\p{L} .]+\)|an der|am|im|in der|bei)){0,4}`;
const WEEKDAY = String.raw`(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)`;
const TIME = String.raw`(?:,?\s*(?:um\s+|ab\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:Uhr)?)`;

/** A whole line that is a date, with optional label, place, weekday and time. */
const DATE_LINE = new RegExp(
  String.raw`^(?:${LABEL}\s*:?\s*)?(?:(?:${PLACE},\s*)?${WEEKDAY},?\s*(?:den\s+)?|${PLACE},\s*(?:den\s+)?)?${DATE}${TIME}?\s*$`,
  'u',
);

/** Release dates lie between 1900 and 2099; anything else is a misread number. */
function toIso(year: number, month: number, day: number): string | undefined {
  return year < 1900 || year > 2099 ? undefined : isoDate(year, month, day);
}

function isoFromGroups(g: Record<string, string | undefined>): string | undefined {
  if (g.nd && g.nm && g.ny) return toIso(expandYear(g.ny, new Date().getFullYear()), Number(g.nm), Number(g.nd));
  if (g.td && g.tm && g.ty) {
    const month = monthFromName(g.tm);
    return month === undefined ? undefined : toIso(Number(g.ty), month, Number(g.td));
  }
  if (g.iy && g.im && g.id) return toIso(Number(g.iy), Number(g.im), Number(g.id));
  return undefined;
}

function normalize(input: string): string {
  return input
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Parses a string that is a date (optionally "Ort, den", weekday, "Stand:" label or a time):
 * returns ISO `YYYY-MM-DD`, or undefined when the string is not exactly one valid date.
 */
export function parseGermanDate(input: string): string | undefined {
  const text = normalize(input);
  if (text.length === 0 || text.length > 120) return undefined;
  const m = DATE_LINE.exec(text);
  return m?.groups ? isoFromGroups(m.groups) : undefined;
}

export interface ReleaseDate {
  iso: string;
  /** Index of the line in the list that was searched. */
  lineIndex: number;
}

/**
 * Finds the release date in lines of a release: the first line that is a date line
 * ("02.06.2026", "Dresden, 2. Juni 2026", "Stand: 07.04.2019, 08:00 Uhr"). Dates inside sentences
 * ("am 3. Juni 2026 auf der Konferenz") are never taken. Pass the head of the release first.
 */
export function findReleaseDate(lines: readonly string[]): ReleaseDate | undefined {
  for (const [lineIndex, line] of lines.entries()) {
    const iso = parseGermanDate(line);
    if (iso) return { iso, lineIndex };
  }
  return undefined;
}

/** A line that is a publication phrase and a date („Erschienen am 17.01.2023“): its ISO date. */
export function parsePublishedDate(line: string): string | undefined {
  const text = normalize(line);
  return PUBLISHED_LINE.test(text) ? parseGermanDate(text) : undefined;
}
