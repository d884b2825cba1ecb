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

/** Letters in a text (any script); used to tell real text from page furniture. */
export function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}
