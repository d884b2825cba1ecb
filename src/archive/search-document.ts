/**
 * The document stored in Meilisearch: the release plus copies of its text fields for the German
 * (`deu`) tokenizer. The plain fields keep full typo tolerance; the `de_*` copies add decompounding
 * ("Zelltherapie" → "Zell- und Gentherapie"). The copies are not displayed (see index-settings.json),
 * so the body's copy holds only what Meilisearch indexes of it (search-positions.ts): an over-long
 * body is sent once, not twice.
 */
import type { Release } from './release.js';
import { indexedParagraphs } from './search-positions.js';

export type SearchDocument = Release & {
  de_title: string;
  de_subtitle?: string;
  de_summary: string;
  de_body: string[];
};

export function toSearchDocument(release: Release): SearchDocument {
  return {
    ...release,
    de_title: release.title,
    ...(release.subtitle === undefined ? {} : { de_subtitle: release.subtitle }),
    de_summary: release.summary,
    de_body: indexedParagraphs(release.body),
  };
}
