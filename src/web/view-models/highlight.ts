/**
 * Snippets from Meilisearch carry our sentinel characters around matched words, and otherwise raw
 * document text (Meilisearch does not escape `_formatted`). The text is escaped first; only then do
 * balanced sentinel pairs become <mark>. Stray sentinels are dropped.
 *
 * Marks cover whole words (issue 21: „vergan<mark>gen</mark>en“ for „Gentherapie“ was read out in
 * pieces by screen readers): a mark that begins inside a word is dropped (a fragment of the German
 * reading), one that ends inside a word (a prefix match: „Gentherapie“ in „Gentherapien“) is
 * widened to the word's end. This works on the sentinels before escaping, so no markup is involved.
 */
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from '../search/search-query.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]!);
}

const PAIR = new RegExp(`${HIGHLIGHT_PRE}([^${HIGHLIGHT_PRE}${HIGHLIGHT_POST}]*)${HIGHLIGHT_POST}`, 'g');
const STRAY = new RegExp(`[${HIGHLIGHT_PRE}${HIGHLIGHT_POST}]`, 'g');

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const WORD_REST = /^[\p{L}\p{M}\p{N}]*/u;

/** The sentinel pairs of `text` moved to whole words (see above); stray sentinels stay for the caller. */
export function wholeWordMarks(marked: string): string {
  // Adjacent marks are one (the German reading marks „Gen“ and „therapie“ of „Gentherapien“ apart).
  const text = marked.replaceAll(`${HIGHLIGHT_POST}${HIGHLIGHT_PRE}`, '');
  return text.replace(
    new RegExp(`${PAIR.source}([\\p{L}\\p{M}\\p{N}]*)`, 'gu'),
    (pair, inner: string, rest: string, at: number) => {
      const before = text
        .slice(Math.max(0, at - 8), at)
        .replace(STRAY, '')
        .at(-1);
      if (before !== undefined && WORD_CHAR.test(before)) return inner + rest;
      if (inner === '' || !WORD_CHAR.test(inner.at(-1)!)) return pair;
      return `${HIGHLIGHT_PRE}${inner}${WORD_REST.exec(rest)![0]}${HIGHLIGHT_POST}`;
    },
  );
}

export function highlightToHtml(text: string): string {
  return escapeHtml(wholeWordMarks(text)).replace(PAIR, '<mark>$1</mark>').replace(STRAY, '');
}

export function stripHighlight(text: string): string {
  return text.replace(STRAY, '');
}
