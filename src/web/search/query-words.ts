/**
 * Meilisearch reads only the first ten words of a query and ignores the rest ("Known limitations" of
 * its documentation). The site drops them itself, so the page can say which words were not searched
 * and its links carry only what was. A word is a run of letters and digits, as Meilisearch splits
 * text at spaces and punctuation; the query is cut at the first space after the tenth word, so a
 * word joined to it by a hyphen or quote stays (Meilisearch may still ignore its second part).
 */
export const MAX_QUERY_WORDS = 10;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** `q` up to its `max`-th word, and the rest (trimmed; empty when nothing was dropped). */
export function firstWords(q: string, max: number = MAX_QUERY_WORDS): { q: string; ignored: string } {
  let count = 0;
  for (const word of q.matchAll(WORD)) {
    count += 1;
    if (count < max) continue;
    const end = word.index + word[0].length;
    const space = q.slice(end).search(/\s/);
    if (space < 0) break;
    const ignored = q.slice(end + space).trim();
    return ignored === '' ? { q, ignored: '' } : { q: q.slice(0, end + space).trim(), ignored };
  }
  return { q, ignored: '' };
}
