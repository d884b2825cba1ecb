/**
 * Sender (ministry) and topics of a release: the part of parsing that depends on the vocabularies
 * in search-config/. Kept apart so that a cached extraction can be classified again after the
 * vocabularies change, from the sender evidence stored with it.
 */
import type { ParsedRelease } from '../../src/archive/release.js';
import type { MinistryVocabulary } from './senders/sender-vocabulary.js';
import { assignTopics } from './topics/topic-assignment.js';
import type { TopicVocabulary } from './topics/topic-vocabulary.js';
import { classifySender, type SenderEvidence } from './senders/sender-matching.js';

export const UNKNOWN_SENDER_WARNING = 'sender not recognised; filed under "Sonstige"';

export interface Vocabularies {
  ministries: MinistryVocabulary;
  topics: TopicVocabulary;
}

type Unclassified = Omit<ParsedRelease, 'ministry' | 'ministryShort' | 'ministryPrinted' | 'topics'>;

export function classifyRelease(
  release: Unclassified,
  evidence: readonly SenderEvidence[],
  vocab: Vocabularies,
): { release: ParsedRelease; unknownSender: boolean } {
  const sender = classifySender(vocab.ministries, evidence);
  const topics = assignTopics(vocab.topics, {
    title: release.title,
    subtitle: release.subtitle,
    body: release.body,
    ministry: sender.name,
    ministryShort: sender.short,
  });
  const classified: ParsedRelease = { ...release, ministry: sender.name, ministryShort: sender.short, topics };
  delete classified.ministryPrinted;
  if (sender.printed) classified.ministryPrinted = sender.printed;
  return { release: classified, unknownSender: sender.via === 'fallback' };
}
