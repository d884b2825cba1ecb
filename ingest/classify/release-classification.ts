/**
 * Sender (ministry) and topics of a release: the part of parsing that depends on the vocabularies
 * in search-config/. Kept apart so that a cached extraction can be classified again after the
 * vocabularies change, from the sender evidence stored with it. Evidence read from the release's
 * own text (a police report with a sender's cues) is added here, so that it reaches cached results
 * too.
 */
import type { ParsedRelease } from '../../src/archive/release.js';
import type { MinistryVocabulary } from './senders/sender-vocabulary.js';
import { assignTopics } from './topics/topic-assignment.js';
import type { TopicVocabulary } from './topics/topic-vocabulary.js';
import { classifySender, type SenderEvidence } from './senders/sender-matching.js';
import { readPoliceReport } from './police-report.js';
import type { ReleaseTypeVocabulary } from '../../src/archive/release-types.js';
import { classifyType } from './types/release-type.js';
import { readInvitationEvent } from './types/invitation-event.js';

export const UNKNOWN_SENDER_WARNING = 'sender not recognised; filed under "Sonstige"';

export interface Vocabularies {
  ministries: MinistryVocabulary;
  topics: TopicVocabulary;
  types: ReleaseTypeVocabulary;
}

/** The type whose releases may carry an event (an .ics download). */
export const INVITATION_TYPE = 'Medieneinladung';

/** Levels of the parser's evidence that are the lines before the title (where „Medieneinladung“ stands). */
const HEAD_SOURCES = new Set(['letterhead', 'head']);

type Unclassified = Omit<ParsedRelease, 'ministry' | 'ministryShort' | 'ministryPrinted' | 'topics' | 'type' | 'event'>;

/** The level of evidence of the parser that counts least: the police-report level goes before it. */
export const FIRST_PARAGRAPH_SOURCE = 'first paragraph';

/**
 * A police report names its police by its cues („Berlin“, districts, „Polizeidirektion 3“): the
 * sender whose `policeReportCues` match, as a level of evidence of its own. The first sender in
 * the vocabulary with a matching cue wins.
 */
function policeReportEvidence(release: Unclassified, vocab: MinistryVocabulary): SenderEvidence[] {
  if (!readPoliceReport(release)) return [];
  const text = `${release.title}\n${release.body.join('\n')}`;
  const sender = vocab.senders.find((s) => s.policeReportCues.some((cue) => text.search(cue) >= 0));
  return sender ? [{ source: 'police report', texts: [sender.name], allowAbbreviations: false }] : [];
}

/** The parser's evidence with the police-report level before the first paragraph (or last). */
function withReleaseEvidence(
  release: Unclassified,
  evidence: readonly SenderEvidence[],
  vocab: MinistryVocabulary,
): SenderEvidence[] {
  const police = policeReportEvidence(release, vocab);
  if (police.length === 0) return [...evidence];
  const at = evidence.findIndex((level) => level.source === FIRST_PARAGRAPH_SOURCE);
  const cut = at < 0 ? evidence.length : at;
  return [...evidence.slice(0, cut), ...police, ...evidence.slice(cut)];
}

export function classifyRelease(
  release: Unclassified,
  evidence: readonly SenderEvidence[],
  vocab: Vocabularies,
): { release: ParsedRelease; unknownSender: boolean } {
  const sender = classifySender(vocab.ministries, withReleaseEvidence(release, evidence, vocab.ministries));
  const topics = assignTopics(vocab.topics, {
    title: release.title,
    subtitle: release.subtitle,
    body: release.body,
    ministry: sender.name,
    ministryShort: sender.short,
  });
  const head = evidence.filter((level) => HEAD_SOURCES.has(level.source)).flatMap((level) => level.texts);
  const type = classifyType({ ...release, head }, vocab.types);
  const event = type === INVITATION_TYPE ? readInvitationEvent(release) : undefined;
  const classified: ParsedRelease = {
    ...release,
    ministry: sender.name,
    ministryShort: sender.short,
    topics,
    type,
    ...(event ? { event } : {}),
  };
  delete classified.ministryPrinted;
  if (!event) delete classified.event;
  if (sender.printed) classified.ministryPrinted = sender.printed;
  return { release: classified, unknownSender: sender.via === 'fallback' };
}
