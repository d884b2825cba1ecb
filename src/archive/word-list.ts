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

/** A word as the list keeps it: NFC, lower-case (German rules: ß stays ß). */
export function normalWord(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase('de');
}

/** The words of a text that the list keeps: at least two characters, at least one letter, at most 40. */
export function wordsOfText(text: string, into: Set<string> = new Set()): Set<string> {
  for (const [token] of text.matchAll(TOKEN)) {
    const length = [...token].length;
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
