/**
 * Link texts that tell results apart (WCAG 2.4.4, 2.4.9): where a title appears more than once on a
 * results page (two ministries with one title, two police reports of one day), each of its links
 * gets hidden context for screen readers: the sender and the day, and where even those are the same
 * a running number. Titles that appear once stay as they are (no extra words, no extra bytes).
 */
import { TEXT } from '../texts/site-texts.js';
import type { ResultItem } from './result-item.js';

export type DistinctItem = ResultItem & { titleContext?: string };

const key = (text: string): string => text.trim().toLocaleLowerCase('de');

function counts(values: string[]): Map<string, number> {
  const counted = new Map<string, number>();
  for (const value of values) counted.set(value, (counted.get(value) ?? 0) + 1);
  return counted;
}

export function distinctTitles(items: readonly ResultItem[]): DistinctItem[] {
  const titles = counts(items.map((item) => key(item.title)));
  const contexts = items.map((item) => `${item.ministry}, ${item.dateText}`);
  const same = counts(items.map((item, i) => key(`${item.title}|${contexts[i]}`)));
  const seen = new Map<string, number>();
  return items.map((item, i) => {
    if ((titles.get(key(item.title)) ?? 0) < 2) return item;
    const full = key(`${item.title}|${contexts[i]}`);
    if ((same.get(full) ?? 0) < 2) return { ...item, titleContext: contexts[i]! };
    const n = (seen.get(full) ?? 0) + 1;
    seen.set(full, n);
    return { ...item, titleContext: `${contexts[i]!}, ${TEXT.titleNumber(n)}` };
  });
}
