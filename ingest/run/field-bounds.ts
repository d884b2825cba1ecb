/**
 * Maximum lengths of the short fields of a release record, which the start page, result lists,
 * „Ähnliche Mitteilungen“ and the release page show: a longer value is cut at a word boundary and
 * ends with " …". The bounds apply when the record is built (record-builder.ts), after the
 * release's identity was taken from the uncut text (release-assigner.ts): changing a bound never
 * changes an identity, so it never mints a new id. The body is never cut; a warning says when
 * Meilisearch cannot index all of it (src/archive/search-positions.ts).
 */
import type { Contact, ParsedRelease } from '../../src/archive/release.js';
import { countPositions, POSITIONS_PER_ATTRIBUTE } from '../../src/archive/search-positions.js';

/** In UTF-16 code units (characters, for German text); the reasons are in docs/operations.md, "Ingest". */
export const FIELD_BOUNDS = {
  title: 400,
  subtitle: 600,
  summary: 400,
  contactName: 100,
  contactPhone: 50,
  contactEmail: 254,
} as const;

export type FieldBounds = Record<keyof typeof FIELD_BOUNDS, number>;

const ELLIPSIS = ' …';

/** `text` when it fits into `max`, else its words up to the last that fits, followed by " …". */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  // One character more: a word that ends exactly at `room` is whole when whitespace follows it.
  const head = text.slice(0, room + 1);
  const lastSpace = head.search(/\s\S*$/);
  // A single word longer than half the room (a URL, a run of letters) is cut inside.
  let cut = lastSpace >= room / 2 ? head.slice(0, lastSpace) : head.slice(0, room);
  cut = cut.replace(/[\s,;:–—-]+$/u, '');
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}${ELLIPSIS}`;
}

const format = (n: number): string => n.toLocaleString('en');

export interface BoundedFields<T extends ParsedRelease> {
  release: T;
  /** One per cut field, and one when the body is longer than Meilisearch indexes. */
  warnings: string[];
}

/** The release with its short fields cut to `bounds`; idempotent. */
export function boundFields<T extends ParsedRelease>(release: T, bounds: FieldBounds = FIELD_BOUNDS): BoundedFields<T> {
  const warnings: string[] = [];
  const bound = (label: string, value: string, max: number): string => {
    const cut = cutAtWord(value, max);
    if (cut !== value)
      warnings.push(`${label} has ${format(value.length)} characters; cut to ${format(max)} at a word boundary`);
    return cut;
  };
  const { name, phone, email } = release.contact;
  const contact: Contact = {
    ...release.contact,
    ...(name === undefined ? {} : { name: bound('contact name', name, bounds.contactName) }),
    ...(phone === undefined ? {} : { phone: bound('contact phone', phone, bounds.contactPhone) }),
    ...(email === undefined ? {} : { email: bound('contact e-mail', email, bounds.contactEmail) }),
  };
  const bounded: T = {
    ...release,
    title: bound('title', release.title, bounds.title),
    ...(release.subtitle === undefined ? {} : { subtitle: bound('sub-headline', release.subtitle, bounds.subtitle) }),
    summary: bound('summary', release.summary, bounds.summary),
    contact,
  };
  const body = countPositions(release.body);
  if (body.positions >= POSITIONS_PER_ATTRIBUTE) {
    warnings.push(
      `body too long for the search index: about ${format(body.positions)} word positions, Meilisearch indexes ` +
        `${format(POSITIONS_PER_ATTRIBUTE)} per field; words after about the first ${format(body.indexedWords)} ` +
        `of ${format(body.words)} cannot be found (the release shows the whole text)`,
    );
  }
  return { release: bounded, warnings };
}
