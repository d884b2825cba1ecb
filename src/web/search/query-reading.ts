/**
 * How the site reads a query before Meilisearch does (issue 21, docs/search-design.md). Pure.
 *
 * - A year typed beside other words („Silvester 2019“) is not searched as a word (it matched every
 *   release mentioning the number); the page offers it as a filter („Nur 2019 anzeigen“).
 * - Short words match whole words only: Meilisearch 1.21 reads the last word of a query as a prefix,
 *   so „a“ found every release with a word beginning with a and „BER“ every „Berlin“. A trailing
 *   space makes Meilisearch read the last word whole (typo tolerance and synonyms stay; measured:
 *   „BER “ finds „BER“ and its synonym „Flughafen Berlin Brandenburg“, not „Berliner“). Short are
 *   words of one or two characters and short all-capital words (abbreviations like BER, U2, M10).
 *   So is the last word of a query of ten words: the site cuts a query after its tenth word
 *   (query-words.ts), and links and the form carry it cut; more was typed after that word, and
 *   Meilisearch, given the whole query, would not have read it as a prefix either (a pasted
 *   headline's tenth word „für“ matched „Fürsorge“ and let other releases outrank the one with that
 *   headline). A query typed with exactly ten words loses the prefix of its last word too.
 * - A question („Was tut der Senat gegen steigende Mieten in Berlin“, „Wann öffnet der BER?“) of
 *   three words or more loses its question word and the verbs and fillers that follow it: Meilisearch
 *   never drops a query's first word (`matchingStrategy: last` drops from the end), so „Was“ had to
 *   be in every hit. Global stop words were not the way: they are lower-case and apply everywhere in
 *   1.21, so „neue“ or „gegen“ would be lost in „Neue Nationalgalerie“ and „Gewalt gegen Frauen“.
 *   `matchingStrategy: frequency` (drop the most frequent words first) was tried and found nothing
 *   at all for „Senat gegen steigende Mieten in Berlin“ on 300 generated releases where „last“ finds
 *   the release, so it is not used.
 */
import { MAX_YEAR, MIN_YEAR } from './german-date-range.js';
import { MAX_QUERY_WORDS } from './query-words.js';

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const YEAR = /^(1[89]|20)\d\d$/;

/** A year (1800–2099) standing as a word of its own, not inside a phrase, not excluded with a minus. */
function yearTokens(q: string): Array<{ year: number; start: number; end: number }> {
  const out: Array<{ year: number; start: number; end: number }> = [];
  let quoted = false;
  let last = 0;
  for (const match of q.matchAll(TOKEN)) {
    for (const c of q.slice(last, match.index)) if ('"„“”»«'.includes(c)) quoted = !quoted;
    last = match.index;
    const before = q[match.index - 1];
    const after = q[match.index + match[0].length];
    const standsAlone = (before === undefined || /\s/.test(before)) && (after === undefined || /[\s?!.,]/.test(after));
    const year = Number(match[0]);
    // A year still to come („Agenda 2030“) is part of a name, never a release's year.
    const latest = Math.min(MAX_YEAR, new Date().getFullYear());
    if (!quoted && standsAlone && YEAR.test(match[0]) && year >= MIN_YEAR && year <= latest)
      out.push({ year, start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/** Words that open a German question. */
const QUESTION_WORDS = new Set(
  'was wann wie wo wer wen wem wessen warum wieso weshalb weswegen wozu woher wohin welche welcher welches welchen welchem gibt gab'.split(
    ' ',
  ),
);
/** Words dropped from the start of a question after its question word (verbs and fillers of questions). */
const LEADING_FILLERS = new Set(
  'es gibt gab tut tun macht machen passiert passierte ist sind war waren wird werden wurde wurden hat haben hatte kann können soll sollen muss müssen darf dürfen sagt sagen plant planen der die das den dem des ein eine einen einem einer denn eigentlich genau man viele viel lange noch schon jetzt derzeit aktuell so'.split(
    ' ',
  ),
);

/** The query without the question and filler words it opens with, when it is a question of three words or more. */
function withoutQuestionWords(q: string): string | undefined {
  const words = q.split(/\s+/);
  if (words.length < 3 || !QUESTION_WORDS.has(words[0]!.toLowerCase())) return undefined;
  let start = 1;
  while (start < words.length - 1 && LEADING_FILLERS.has(words[start]!.toLowerCase())) start += 1;
  return words.slice(start).join(' ').replace(/\?+$/, '').trim();
}

export interface QueryReading {
  /** The text sent to Meilisearch (typographic quotes already straight, see meiliQueryText). */
  text: string;
  /** A year the query named beside other words; offered as a filter, not searched. */
  year?: number;
  /** The query without that year, for the filter link. */
  withoutYear?: string;
  /** The query is a single letter or digit (the page explains that it matches only whole words). */
  singleCharacter: boolean;
  /** A question: its opening words were dropped. */
  question: boolean;
}

function isShortWord(word: string): boolean {
  if ([...word].length <= 2) return true;
  return word.length <= 4 && /^[\p{Lu}\p{N}]+$/u.test(word) && /\p{Lu}/u.test(word);
}

/** `q`: the query as typed or with straight quotes (meiliQueryText); the text keeps its quotes. */
export function readQuery(q: string): QueryReading {
  const trimmed = q.trim();
  const words = [...trimmed.matchAll(TOKEN)].map((m) => m[0]);
  const years = yearTokens(trimmed);
  let text = trimmed;
  let year: number | undefined;
  if (years.length === 1 && words.length > 1) {
    const { start, end } = years[0]!;
    year = years[0]!.year;
    text = `${trimmed.slice(0, start)}${trimmed.slice(end)}`.replace(/\s+/g, ' ').trim();
  }
  // The filter link keeps the query as typed, without the year only (not without question words).
  const withoutYear = text;
  const unquestioned = /["„“”»«]/.test(text) ? undefined : withoutQuestionWords(text);
  if (unquestioned) text = unquestioned;
  const lastWord = [...text.matchAll(TOKEN)].at(-1)?.[0];
  const endsInWord = lastWord !== undefined && text.endsWith(lastWord);
  return {
    text: endsInWord && (words.length >= MAX_QUERY_WORDS || isShortWord(lastWord)) ? `${text} ` : text,
    ...(year === undefined ? {} : { year, withoutYear }),
    singleCharacter: words.length === 1 && [...trimmed].length === 1,
    question: unquestioned !== undefined,
  };
}
