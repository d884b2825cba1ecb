/**
 * The archive's word list (issue 21): every word of the releases' text (title, subtitle, summary,
 * body), lower-case, with the number of releases it was written in. It lives in its own index of the
 * archive (`<MEILI_INDEX>_words`, archive-indexes.ts), filled by every ingest and built anew by a
 * rebuild, so the web server can ask which words of a query the archive knows (and which known words
 * are close to one it does not) without holding the vocabulary in memory. docs/search-design.md.
 */
import type { Release } from './release.js';

export interface WordDocument {
  /** The word's UTF-8 bytes in hex, prefixed with `w` (Meilisearch ids allow only a-z, 0-9, - and _). */
  id: string;
  word: string;
  /** Releases the word was written in: recounted by a rebuild, added to by every ingest since. */
  count: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const LETTER = /\p{L}/u;
/** Longer "words" are URLs, hashes or run-together text: not worth a place in the list. */
export const MAX_WORD_LENGTH = 40;

/** Anything from U+0300 on: below it every text is NFC already (no combining marks, nothing composes). */
const MAYBE_NOT_NFC = /[\u0300-\uffff]/;

/**
 * A word as the list keeps it: NFC, lower-case (German rules: ß stays ß). `toLowerCase` is German
 * lower-casing: Unicode's language-specific lower-case mappings are Turkish, Azeri and Lithuanian
 * only, and `toLocaleLowerCase('de')` costs ten times as much. Every word of every release passes
 * here at ingest.
 */
export function normalWord(word: string): string {
  return (MAYBE_NOT_NFC.test(word) ? word.normalize('NFC') : word).toLowerCase();
}

/** Characters (code points) of a string, without making an array of them. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) count--;
  }
  return count;
}

/** The words of a text that the list keeps: at least two characters, at least one letter, at most 40. */
export function wordsOfText(text: string, into: Set<string> = new Set()): Set<string> {
  for (const [token] of text.matchAll(TOKEN)) {
    const length = codePoints(token);
    if (length < 2 || length > MAX_WORD_LENGTH || !LETTER.test(token)) continue;
    into.add(normalWord(token));
  }
  return into;
}

/** The distinct words of a release's searchable text. */
export function wordsOfRelease(release: Pick<Release, 'title' | 'subtitle' | 'summary' | 'body'>): Set<string> {
  const words = new Set<string>();
  for (const text of [release.title, release.subtitle ?? '', release.summary, ...release.body])
    wordsOfText(text, words);
  return words;
}

export function wordDocumentId(word: string): string {
  return `w${Buffer.from(normalWord(word), 'utf8').toString('hex')}`;
}
