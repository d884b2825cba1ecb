/** Whitespace and invisible-character clean-up for extracted text. */

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * One line of text: invisible characters removed, spaces collapsed, NFC, trimmed. A soft hyphen at
 * the very end is kept: it marks a word hyphenated at the line end (see join-lines.ts).
 */
export function cleanLine(text: string): string {
  const softHyphenAtEnd = /\u00ad\s*$/.test(text);
  const cleaned = text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim();
  return softHyphenAtEnd && cleaned.length > 0 ? `${cleaned}\u00ad` : cleaned;
}

/** Collapses all whitespace (including line breaks) into single spaces. */
export function collapseWhitespace(text: string): string {
  return cleanLine(text.replace(/\s+/g, ' '));
}

const NOT_LETTERS = /\P{L}+/gu;

/**
 * Letters in a text (any script); used to tell real text from page furniture. Counted without an
 * array of every letter (a page of a table has thousands): what is left when everything else is
 * removed, a letter beyond the BMP (a surrogate pair) counted once.
 */
export function countLetters(text: string): number {
  const letters = text.replace(NOT_LETTERS, '');
  let count = letters.length;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) count--;
  }
  return count;
}
