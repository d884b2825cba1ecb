/**
 * Identity of a release: sender, date, normalised title and the opening of the body. The same
 * release as PDF and as HTML page has one identity; two releases with the same headline on the same
 * day but another text do not. Ids are derived from the identity, so a re-run after an interruption
 * mints the same id again (no duplicates), and are kept when a file at the same path changes.
 */
import { createHash } from 'node:crypto';
import type { ParsedRelease } from '../../src/archive/release.js';
import { slugify } from '../text/slugify.js';

function letters(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '');
}

export function identityKey(release: ParsedRelease): string {
  const opening = letters(release.body.join(' ')).slice(0, 160);
  return [release.ministryShort.toLowerCase(), release.date, letters(release.title), opening].join('|');
}

/** `2026-06-02-hightech-agenda-bestaetigt-saechsisches-kernthema-3f9a1c`; `taken` extends the hash on a clash. */
export function mintId(release: ParsedRelease, identity: string, taken: (id: string) => boolean): string {
  const hash = createHash('sha256').update(identity).digest('hex');
  const stem = [release.date, slugify(release.title, { maxLength: 60 })].filter(Boolean).join('-');
  for (let length = 6; length <= hash.length; length += 4) {
    const id = `${stem}-${hash.slice(0, length)}`;
    if (!taken(id)) return id;
  }
  throw new Error(`Cannot mint an id for identity ${identity}`);
}
