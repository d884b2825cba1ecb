/**
 * A safe Content-Disposition for downloads of originals and exports: always `attachment`, an ASCII fallback
 * name (umlauts transliterated, anything else outside [A-Za-z0-9._-] replaced) and the UTF-8 name
 * as RFC 5987 `filename*`. The extension always matches the type we send.
 */
import type { SourceType } from '../archive/release.js';

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
const EXTENSIONS: Record<SourceType, string> = { pdf: '.pdf', html: '.html', tiff: '.tif', png: '.png', jpeg: '.jpg' };
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f"]/g;

/** At most `max` characters, never half of a surrogate pair (encodeURIComponent throws on one). */
function firstChars(text: string, max: number): string {
  return Array.from(text).slice(0, max).join('');
}

/** Lone surrogates (cut pairs) as U+FFFD, so the name can be percent-encoded. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** The base name without folders, control characters or a leading dot; at most 150 characters. */
export function cleanFileName(name: string, type: SourceType, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let clean = base.normalize('NFC').replace(UNSAFE, '').trim().replace(/^\.+/, '');
  const extension = EXTENSIONS[type];
  clean = clean.replace(/\.(pdf|html?|tiff?|png|jpe?g)$/i, '');
  if (clean === '') clean = fallback;
  return `${firstChars(clean, 150 - extension.length)}${extension}`;
}

export function asciiFileName(name: string): string {
  return name
    .replace(/[äöüÄÖÜß]/g, (c) => TRANSLITERATION[c]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/_+/g, '_');
}

/** RFC 5987 value-chars: everything except attr-char is percent-encoded. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function attachment(name: string): string {
  const clean = wellFormed(name);
  return `attachment; filename="${asciiFileName(clean)}"; filename*=UTF-8''${encodeRfc5987(clean)}`;
}

export function contentDisposition(fileName: string, type: SourceType, fallback: string): string {
  return attachment(cleanFileName(fileName, type, fallback));
}

/**
 * The download of an export: `<prefix>-<query words>-<date>.<extension>` (the words of the query as
 * they were typed, at most 60 characters, anything but letters, digits and hyphens made a hyphen),
 * e.g. `Pressearchiv-Suche-Bürgergeld-2026-12-02.csv`, its ASCII form `…Buergergeld…`.
 */
export function exportDisposition(prefix: string, q: string, day: string, extension: 'csv' | 'jsonl'): string {
  const words = firstChars(
    q
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, ''),
    60,
  ).replace(/-+$/, '');
  return attachment(`${[prefix, words, day].filter((part) => part !== '').join('-')}.${extension}`);
}

export const CONTENT_TYPES: Record<SourceType, string> = {
  pdf: 'application/pdf',
  html: 'text/html',
  tiff: 'image/tiff',
  png: 'image/png',
  jpeg: 'image/jpeg',
};
