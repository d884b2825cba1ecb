/**
 * Vocabulary of one topic for the corpus generator. Templates contain slots in braces (see
 * fill-template.ts) and may mark hyphenation points with "|" ("Förder|richt|linie"): the generator
 * removes the marks from the text and hands the marked words to the PDF renderer.
 */
import type { RessortId } from '../sender-history.js';

/** Ressorts that publish on a topic until a date (exclusive); the first matching rule applies. */
export interface RessortRule {
  until?: string;
  ids: RessortId[];
}

export interface TopicVocabulary {
  /** Topic name (German), as in SampleRelease.topics. */
  topic: string;
  /** Relative frequency of the topic in the corpus. */
  weight: number;
  ressorts: RessortRule[];
  titles: string[];
  subtitles: string[];
  /** Opening sentences of a release. */
  leads: string[];
  /** Further sentences of the body. */
  sentences: string[];
  /** Quotations without quotation marks. */
  quotes: string[];
}
