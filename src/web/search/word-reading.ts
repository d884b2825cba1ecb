/**
 * Which reading a query needs (issue 21, docs/search-design.md), decided from the archive's word list
 * (src/archive/word-list.ts) in one request:
 *
 * - A query whose words the archive knows, or that are simply unknown (a typo: „Polizie“, a word the
 *   German tokenizer would cut into fragments: „Corona“ in an archive without it), is read **plain**:
 *   one search, typo-tolerant, no German fragments that outrank the typo matches.
 * - A word the archive does not know but that is written as ß/ss, ä/ae, ö/oe, ü/ue variant of a word
 *   it knows („Friedrichstrasse“, „Strassenbahn“, „Mueller“) is replaced by that word (the most
 *   frequent if several), and read plain.
 * - Only a word the archive does not know that splits into known words of at least four letters
 *   (the first may have three: „Erb|recht“; „Zelltherapie“ → „zell“ + „therapie“, optionally with a
 *   linking s: „Verkehrs|sicherheit“; the second part may split once more) needs the **German**
 *   (decompounding) reading beside the plain one — at a lower weight when it is also one typo from a
 *   word of the archive („anllegen“ → „anlegen“ or „anl“ + „legen“?), so the typo matches come first.
 *
 * Words in phrases and excluded words are left alone. Pure apart from the lookups.
 */
import { loadIndexConfig } from '../../archive/index-settings.js';
import { MAX_WORD_LENGTH, normalWord } from '../../archive/word-list.js';
import type { SimilarWord } from '../search-service.js';

/**
 * Both readings, federated (a compound the archive holds only in parts), or one plain reading.
 * `germanWeight`: the German reading's weight in the merge when lower than usual (a compound that is
 * also one typo from a word of the archive: its typo matches must not be buried).
 */
export type ReadingChoice = { reading: 'plain' | 'both'; text: string; germanWeight?: number };

/**
 * The German reading's weight for a word that splits into known words (the first of four letters or
 * more) but is also one typo from a word of the archive („Bürgerhausshalt“: „bürgerhaus“ + „halt“, or
 * „bürgerhaushalt“?; „Qualitätsmanagements“): both readings, the typo matches first — a German match
 * scores at most 0.3, a one-typo match of the plain reading about 0.45 or more (issue 21: German
 * fragments must not bury good typo matches; at 0.5 and 0.9 they did in `npm run bench:quality`).
 */
export const NEAR_TYPO_GERMAN_WEIGHT = 0.3;

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const LETTER = /\p{L}/u;
/** Parts of a compound must be words of the archive of at least this many letters (no „co“/„ro“/„na“). */
export const MIN_PART = 4;
/**
 * … except its first part, which may have three: German compounds often begin with a word of three
 * letters („Bau|amt“, „Rad|weg“, „Bus|spur“, „Erb|recht“, „Gas|netz“). The rest must still split into
 * parts of MIN_PART letters, so a word the German tokenizer would cut into pieces of two or three
 * („co|ro|na“) still never gets its reading.
 */
export const MIN_HEAD = 3;
/** At most this many variants of one word are looked up (2 ** number of foldable places). */
const MAX_VARIANTS = 16;
/**
 * At most this many compound parts are looked up for one query (a 40-letter word has about 600).
 * Words whose parts do not fit are read plain: a part not looked up counts as unknown.
 */
export const MAX_PARTS = 2000;

/**
 * The words of `q` the reading decides on: outside phrases, not excluded, with a letter, of the
 * lengths the word list keeps (2 to MAX_WORD_LENGTH characters). A longer word is in no list and no
 * compound of its words: it is read plain, and its parts are never looked up (a 490-letter word
 * would have over 100,000).
 */
export function freeWords(q: string): string[] {
  const free = q.replace(/"[^"]*"?/g, ' ').replace(/(^|\s)-\S+/g, ' ');
  return [...free.matchAll(TOKEN)]
    .map((m) => m[0])
    .filter((word) => {
      const length = [...word].length;
      return length >= 2 && length <= MAX_WORD_LENGTH && LETTER.test(word);
    })
    .map(normalWord);
}

const FOLDS: Array<[RegExp, string]> = [
  [/ss/g, 'ß'],
  [/ae/g, 'ä'],
  [/oe/g, 'ö'],
  [/ue/g, 'ü'],
  [/ß/g, 'ss'],
];

/** The spellings of `word` with ß/ss, ä/ae, ö/oe, ü/ue exchanged at some of their places (not `word` itself). */
export function spellingVariants(word: string): string[] {
  const places: Array<{ at: number; length: number; to: string }> = [];
  for (const [pattern, to] of FOLDS)
    for (const m of word.matchAll(pattern)) places.push({ at: m.index, length: m[0].length, to });
  places.sort((a, b) => a.at - b.at);
  // Overlapping places („sss“) keep the first.
  const usable = places.filter((p, i) => i === 0 || p.at >= places[i - 1]!.at + places[i - 1]!.length);
  const variants: string[] = [];
  const combinations = Math.min(2 ** usable.length, MAX_VARIANTS);
  for (let mask = 1; mask < combinations; mask++) {
    let out = '';
    let from = 0;
    usable.forEach((p, i) => {
      if (!(mask & (1 << i))) return;
      out += word.slice(from, p.at) + p.to;
      from = p.at + p.length;
    });
    variants.push(out + word.slice(from));
  }
  return variants;
}

/** Ways to cut `word` into a left part of at least `minLeft` letters and a right part of at least MIN_PART. */
function cuts(word: string, minLeft: number = MIN_PART): Array<[string, string]> {
  const letters = [...word];
  const out: Array<[string, string]> = [];
  for (let i = minLeft; i <= letters.length - MIN_PART; i++)
    out.push([letters.slice(0, i).join(''), letters.slice(i).join('')]);
  return out;
}

/** A left part and the form it may stand in as a word of its own (without a linking s: „Verkehrs“ → „verkehr“). */
function leftForms(left: string): string[] {
  return left.endsWith('s') && [...left].length > MIN_PART ? [left, left.slice(0, -1)] : [left];
}

/** The parts of every cut of `word` (and of its right part): what is looked up for a word the archive lacks. */
export function compoundParts(word: string): string[] {
  const out = new Set<string>();
  for (const [left, right] of cuts(word, MIN_HEAD)) {
    for (const form of leftForms(left)) out.add(form);
    out.add(right);
    for (const [a, b] of cuts(right)) {
      for (const form of leftForms(a)) out.add(form);
      out.add(b);
    }
  }
  return [...out];
}

/**
 * True when `word` is a compound of words the archive knows (two parts, or three with the second cut
 * once more), its first part of at least `minHead` letters.
 */
export function splitsIntoKnownWords(word: string, known: (w: string) => boolean, minHead: number = MIN_HEAD): boolean {
  const knownLeft = (left: string): boolean => leftForms(left).some(known);
  return cuts(word, minHead).some(
    ([left, right]) => knownLeft(left) && (known(right) || cuts(right).some(([a, b]) => knownLeft(a) && known(b))),
  );
}

/**
 * The reading of `text` given the word list's counts of the words it may need (`wordsToLookUp`), or
 * undefined when there is no list (read both ways, as before the list). `misspelt`: words that split
 * but are one typo from a word of the archive (the German reading then weighs less: NEAR_TYPO_GERMAN_WEIGHT).
 */
export function chooseReading(
  text: string,
  counts: ReadonlyMap<string, number> | undefined,
  misspelt: ReadonlySet<string> = new Set(),
): ReadingChoice | undefined {
  if (counts === undefined) return undefined;
  const known = (w: string): boolean => (counts.get(w) ?? 0) > 0;
  let rewritten = text;
  let reading: ReadingChoice['reading'] = 'plain';
  let nearTypo = false;
  for (const word of new Set(freeWords(text))) {
    if (known(word)) continue;
    const variant = spellingVariants(word)
      .filter(known)
      .sort((a, b) => counts.get(b)! - counts.get(a)!)[0];
    if (variant !== undefined) {
      rewritten = replaceWord(rewritten, word, variant);
      continue;
    }
    if (!splitsIntoKnownWords(word, known)) continue;
    if (misspelt.has(word)) {
      // One typo from a word of the archive: a split only with a first part of three letters is
      // weaker evidence than the typo („anl“ + „legen“ for „anllegen“, „bea“ + „tung“ for „beatung“).
      if (!splitsIntoKnownWords(word, known, MIN_PART)) continue;
      nearTypo = true;
    }
    reading = 'both';
  }
  return { reading, text: rewritten, ...(nearTypo ? { germanWeight: NEAR_TYPO_GERMAN_WEIGHT } : {}) };
}

/**
 * `text` with every free occurrence of `word` (any case) replaced by `by` (or by what it makes of the
 * occurrence as typed); phrases and exclusions kept.
 */
export function replaceWord(text: string, word: string, by: string | ((typed: string) => string)): string {
  // Phrases in straight quotes (Meilisearch's) or typographic ones (a query as typed).
  return text.replace(/["„“”»«][^"„“”»«]*["„“”»«]?|(^|\s)-\S+|[\p{L}\p{M}\p{N}]+/gu, (token) =>
    /^[\p{L}\p{M}\p{N}]+$/u.test(token) && normalWord(token) === word
      ? typeof by === 'string'
        ? by
        : by(token)
      : token,
  );
}

/** Counts of the words asked for in the archive's word list; undefined when there is no list to read. */
export type WordLookup = (words: string[]) => Promise<ReadonlyMap<string, number> | undefined>;

/** The reading of a text and the word list's counts of its words and their spellings (the first lookup). */
export interface WordReading {
  choice: ReadingChoice;
  counts: ReadonlyMap<string, number>;
  /** The answer of the lookup of similar words, when one was sent (readWords' `alsoSimilar`). */
  similar?: Promise<ReadonlyMap<string, readonly SimilarWord[]> | undefined>;
}

/** Words of the list close to each word asked for (SearchService.similarWords); undefined when there is no list. */
export type SimilarLookup = (words: string[]) => Promise<ReadonlyMap<string, readonly SimilarWord[]> | undefined>;

/**
 * A word of the archive that a word splitting into known words may be a misspelling of must be
 * written in at least this many releases (a word of one release is as likely a typo of the archive's).
 */
export const MIN_TYPO_TARGET = 2;

/** Typos the releases' index tolerates in a word of this length (its `typoTolerance`, Meilisearch's 5 and 9 by default). */
function typosTolerated(word: string): number {
  const sizes = loadIndexConfig().settings.typoTolerance?.minWordSizeForTypos;
  const length = [...word].length;
  if (length >= (sizes?.twoTypos ?? 9)) return 2;
  return length >= (sizes?.oneTypo ?? 5) ? 1 : 0;
}

/**
 * The words of `splitting` that are one typo from a word of the archive (within the releases' typo
 * tolerance): „Bürgerhausshalt“ of „bürgerhaushalt“, „anllegen“ of „anlegen“, „beatung“ of
 * „beratung“, but also „Erbrecht“ of „erbracht“. A user may have misspelt that word or written a new
 * compound; the plain reading's typo tolerance finds the first, the German reading the second, and
 * the German fragments („anl“ + „legen“) must not bury the typo matches.
 */
function misspellings(
  splitting: string[],
  found: ReadonlyMap<string, readonly SimilarWord[]> | undefined,
): Set<string> {
  return new Set(
    splitting.filter((word) =>
      (found?.get(word) ?? []).some(
        (s) => s.word !== word && s.typos === 1 && typosTolerated(word) >= 1 && s.count >= MIN_TYPO_TARGET,
      ),
    ),
  );
}

/**
 * The reading of `text`, from at most two lookups: its words, their spellings and the parts of their
 * cuts in one (enough for every query but one with a word that splits into known words; the parts
 * are cheap to ask for with the words, and a word the archive lacks then costs no second turn), then
 * (with `similar`) the words close to those that split into known words. `alsoSimilar` names more
 * words to ask for in that second lookup (the „Meinten Sie“ candidates, spelling-suggestion.ts): it is
 * then sent at once, while the search runs, and its answer is `similar` of the result. Undefined
 * without a list.
 */
export async function readWords(
  text: string,
  lookup: WordLookup,
  similar?: SimilarLookup,
  alsoSimilar?: (counts: ReadonlyMap<string, number>) => string[],
): Promise<WordReading | undefined> {
  const words = [...new Set(freeWords(text))];
  const spellings = new Set(words.flatMap((w) => [w, ...spellingVariants(w)]));
  const parts = [...new Set(words.flatMap(compoundParts))].filter((w) => !spellings.has(w)).slice(0, MAX_PARTS);
  // Asked even without free words (a phrase): no list means both readings.
  const counts = await lookup([...spellings, ...parts]);
  if (counts === undefined) return undefined;
  const known = (w: string): boolean => (counts.get(w) ?? 0) > 0;
  const lacking = words.filter((w) => !known(w) && !spellingVariants(w).some(known));
  const splitting = lacking.filter((w) => splitsIntoKnownWords(w, known));
  const asked = similar ? [...new Set([...splitting, ...(alsoSimilar?.(counts) ?? [])])] : [];
  const close = asked.length > 0 ? similar!(asked) : undefined;
  // Awaited below only for a word that splits; the caller may never await it (a result not weak).
  close?.catch(() => undefined);
  const misspelt = splitting.length > 0 && close ? misspellings(splitting, await close) : new Set<string>();
  return { choice: chooseReading(text, counts, misspelt)!, counts, ...(close ? { similar: close } : {}) };
}

/** The reading of `text` (readWords without the counts). Undefined without a list. */
export async function readingFor(text: string, lookup: WordLookup): Promise<ReadingChoice | undefined> {
  return (await readWords(text, lookup))?.choice;
}
