/**
 * How far Meilisearch indexes a text field of the search document: it numbers the words of each
 * attribute and ignores every word from position 65,535 on (silently: the document is stored in
 * full and shown in full, but those words cannot be found). The count follows its tokenizer as
 * measured with Meilisearch 1.21: a word is one position further than the word before it, eight
 * further after a hard separator (";", "!", "?", "§", or a "." or "," followed by a space: not in
 * "3,5", "sachsen.de" or ".“"), and each element of an array starts eight after the last word of the one
 * before. It is an estimate: on 47,677 words of real press releases (Berlin corpus, markers every
 * 100 words) it was 12 to 162 positions below Meilisearch's count at the limit (0.25 %). The `de_*`
 * copies reach the limit earlier, because the German tokenizer splits compound words into several:
 * on the same text after about 45,800 positions of this count.
 */

/** Meilisearch's limit of word positions per attribute. */
export const POSITIONS_PER_ATTRIBUTE = 65_535;

/** Positions between words across a hard separator, and between the elements of an array. */
const HARD_DISTANCE = 8;

export interface PositionCount {
  /** The position the last word would get (without the limit). */
  positions: number;
  words: number;
  /** Words before the limit: the ones Meilisearch can find. */
  indexedWords: number;
}

/**
 * Positions beyond the limit up to which `indexedParagraphs` keeps text: the count is an estimate,
 * so a little more than Meilisearch indexes is sent rather than a word less.
 */
const SLACK = 4_000;

interface WordPosition {
  paragraph: number;
  /** Where the word starts in its paragraph. */
  start: number;
  position: number;
}

function isHardSeparator(gap: string): boolean {
  return /[;!?§]|[.,] /.test(gap);
}

/** Each word of the paragraphs with the position Meilisearch gives it (see above; without the limit). */
function* wordPositions(paragraphs: readonly string[]): Generator<WordPosition> {
  let position: number | undefined;
  for (const [paragraph, text] of paragraphs.entries()) {
    position = position === undefined ? 0 : position + HARD_DISTANCE;
    let previousEnd: number | undefined;
    for (const word of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (previousEnd !== undefined)
        position += isHardSeparator(text.slice(previousEnd, word.index)) ? HARD_DISTANCE : 1;
      previousEnd = word.index + word[0].length;
      yield { paragraph, start: word.index, position };
    }
  }
}

/** Counts the word positions of an array of paragraphs as Meilisearch numbers them (see above). */
export function countPositions(paragraphs: readonly string[]): PositionCount {
  const count: PositionCount = { positions: 0, words: 0, indexedWords: 0 };
  for (const word of wordPositions(paragraphs)) {
    count.positions = word.position;
    count.words += 1;
    if (word.position < POSITIONS_PER_ATTRIBUTE) count.indexedWords += 1;
  }
  return count;
}

/**
 * The paragraphs as far as Meilisearch indexes them (and a little more): the same array when all
 * of it is indexed. For copies that are only searched, never shown: it keeps the request small.
 */
export function indexedParagraphs(paragraphs: string[]): string[] {
  for (const word of wordPositions(paragraphs)) {
    if (word.position < POSITIONS_PER_ATTRIBUTE + SLACK) continue;
    const rest = paragraphs[word.paragraph]!.slice(0, word.start).trimEnd();
    return [...paragraphs.slice(0, word.paragraph), ...(rest ? [rest] : [])];
  }
  return paragraphs;
}
