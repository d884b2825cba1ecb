/**
 * „Meinten Sie …?“ (issue 21, docs/search-design.md): a weak result of a query with a word the archive
 * does not know, or knows from only a few releases, offers the query with that word replaced by a
 * close word of the archive's word list that many more releases are written in. Pure apart from the
 * lookup the runner makes (src/web/search/search-runner.ts).
 *
 * - **Weak** is a result of fewer than WEAK_RESULT hits. A larger one is left alone: the plain reading's
 *   typo tolerance has already found the word meant („Polizie“ finds the Polizei releases).
 * - A word **may be misspelt** when it stands outside phrases and exclusions, has at least
 *   MIN_SUGGESTED_LENGTH letters (shorter words have no typo tolerance in the list) and the list holds
 *   it in fewer than WEAK_RESULT releases, and no ß/ss, ä/ae … spelling of it is known (the plan has
 *   already searched that spelling).
 * - Its **suggestion** is the closest word of the list (fewest typos, then most releases) that is
 *   written in at least SUGGESTION_FACTOR times as many releases as the word itself (any number for a
 *   word the list lacks) and in more releases than the result has hits.
 *
 * The counts of the query's words come from the lookup that chose its reading, so a query whose words
 * are all known to many releases never costs a lookup more; the others only when the result is weak.
 */
import type { SimilarWord } from '../search-service.js';
import { freeWords, replaceWord, spellingVariants } from './word-reading.js';

/** A result with fewer hits is weak. */
export const WEAK_RESULT = 5;
/** A suggestion is written in at least this many times as many releases as the word it replaces. */
export const SUGGESTION_FACTOR = 10;
/** Shorter words are not corrected (the word list's typo tolerance starts at four letters). */
export const MIN_SUGGESTED_LENGTH = 4;

/** A word of the query (as the word list keeps it: lower-case) and the word of the list offered for it. */
export interface Correction {
  word: string;
  by: string;
}

/**
 * The words of the query `text` that may be misspelt, given the counts of the word list's first lookup
 * (readWords): their similar words are looked up while the search runs, so a weak result's suggestion
 * costs no turn after it.
 */
export function possiblyMisspelt(text: string, counts: ReadonlyMap<string, number>): string[] {
  const count = (w: string): number => counts.get(w) ?? 0;
  return [...new Set(freeWords(text))].filter(
    (word) =>
      [...word].length >= MIN_SUGGESTED_LENGTH &&
      /^\p{L}+$/u.test(word) &&
      count(word) < WEAK_RESULT &&
      !spellingVariants(word).some((variant) => count(variant) > 0),
  );
}

/** The words of the query worth a suggestion: those that may be misspelt, when the result is weak. */
export function correctionCandidates(text: string, counts: ReadonlyMap<string, number>, total: number): string[] {
  return total >= WEAK_RESULT ? [] : possiblyMisspelt(text, counts);
}

/** For each candidate, the first similar word that is written in enough more releases; candidates without one are left out. */
export function chooseCorrections(
  candidates: readonly string[],
  similar: ReadonlyMap<string, readonly SimilarWord[]>,
  counts: ReadonlyMap<string, number>,
  total: number,
): Correction[] {
  const corrections: Correction[] = [];
  for (const word of candidates) {
    const least = Math.max(1, (counts.get(word) ?? 0) * SUGGESTION_FACTOR, total + 1);
    const found = (similar.get(word) ?? []).find((s) => s.word !== word && s.count >= least);
    if (found) corrections.push({ word, by: found.word });
  }
  return corrections;
}

/** `word` (lower-case, from the list) written as `typed` was: all capitals, or with a capital first letter. */
function inCaseOf(typed: string, word: string): string {
  const letters = [...typed];
  const upper = typed.toLocaleUpperCase('de');
  if (letters.length > 1 && typed === upper && typed !== typed.toLocaleLowerCase('de'))
    return word.toLocaleUpperCase('de');
  const first = letters[0] ?? '';
  if (first !== first.toLocaleLowerCase('de')) {
    const [head = '', ...rest] = [...word];
    return head.toLocaleUpperCase('de') + rest.join('');
  }
  return word;
}

/** The query as typed with each corrected word replaced (in the case it was typed in); phrases and exclusions kept. */
export function correctedQuery(q: string, corrections: readonly Correction[]): string {
  return corrections.reduce((text, { word, by }) => replaceWord(text, word, (typed) => inCaseOf(typed, by)), q);
}

/** The corrected query to offer for `q`, or undefined when there is no correction (or it changes nothing). */
export function suggestedQuery(q: string, corrections: readonly Correction[] | undefined): string | undefined {
  if (corrections === undefined || corrections.length === 0) return undefined;
  const corrected = correctedQuery(q, corrections);
  return corrected === q ? undefined : corrected;
}
