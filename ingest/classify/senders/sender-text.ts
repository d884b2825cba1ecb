/**
 * Text normalisation for matching sender names in running text: lower case, one space, and the
 * inflected forms folded ("des Sächsischen Staatsministeriums für Kultus" →
 * "des sächsisch staatsministerium für kultus"), so one name in the vocabulary matches every case.
 */
import { slugify } from '../../text/slugify.js';

const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<!\p{L})sächsische[nmrs]?(?!\p{L})/gu, 'sächsisch'],
  [/(?<!\p{L})(\p{L}*ministerium)s(?!\p{L})/gu, '$1'],
  [/(?<!\p{L})(\p{L}*(?:amt|hof))e?s(?!\p{L})/gu, '$1'],
  [/(?<!\p{L})(\p{L}*direktion)(?!\p{L})/gu, '$1'],
];

export function foldSenderText(text: string): string {
  let folded = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
  return folded;
}

const ARTICLES = new Set([
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'im',
  'vom',
  'zum',
  'beim',
  'am',
  'aus',
  'vom',
  'und',
  'sowie',
]);
const OTHER_LANDS = /(?:isch|ische[nmrs]?|^thüringer|^berliner|^hamburger|^bremer|^saarländer)$/u;

/** True when the word before `index` is another Land's adjective ("Bayerisches Staatsministerium …"). */
export function precededByForeignLand(folded: string, index: number): boolean {
  const before = folded.slice(Math.max(0, index - 40), index).trimEnd();
  const word = /([\p{L}-]+)$/u.exec(before)?.[1] ?? '';
  if (word.length === 0 || ARTICLES.has(word) || word === 'sächsisch') return false;
  return OTHER_LANDS.test(word);
}

const STOPWORDS = new Set(['und', 'für', 'der', 'die', 'das', 'des', 'von', 'vom']);

/**
 * The slug of a sender name: "Bildung, Jugend und Familie" → "bildung-jugend-familie". Accents are
 * not folded (é separates words), as sender values always were: they are part of release ids.
 */
export function senderSlug(text: string): string {
  return slugify(text, { dropWords: STOPWORDS, foldAccents: false });
}
