/**
 * The vocabularies of search-config/ (senders in ministries.json, topics in topics.json), loaded and
 * validated together once per process or worker thread. Commands call this at start, before any
 * worker runs, so that a broken file is one configuration error instead of every file failing.
 */
import { releaseTypes } from '../../src/archive/release-types.js';
import type { Vocabularies } from './release-classification.js';
import { loadMinistryVocabulary } from './senders/sender-vocabulary.js';
import { loadTopicVocabulary } from './topics/topic-vocabulary.js';

let defaults: Vocabularies | undefined;

/** The vocabularies from search-config/; throws a SearchConfigError naming the file and the key. */
export function loadDefaultVocabularies(): Vocabularies {
  if (!defaults) {
    const ministries = loadMinistryVocabulary();
    const shorts = new Set(ministries.senders.map((s) => s.short));
    defaults = { ministries, topics: loadTopicVocabulary(undefined, shorts), types: releaseTypes() };
  }
  return defaults;
}
