/**
 * Topic assignment from the vocabulary in search-config/topics.json. Deterministic and explainable:
 * every word of the title (and subtitle) counts `titleWeight`, every word of the body `bodyWeight`
 * for each topic one of whose terms it matches, and the sender's default topic (ministryDefaults)
 * gets `ministryDefaultBonus`; topics reaching `minScore` and `relativeMin` of the best score are
 * assigned (at most `maxTopics`, ties in vocabulary order). Without any: the sender's default
 * topic, then a topic named by the sender's name, then the fallback topic.
 */
import type { TopicDefinition, TopicVocabulary } from './topic-vocabulary.js';

export interface TopicInput {
  title: string;
  subtitle?: string;
  body: readonly string[];
  ministryShort?: string;
  ministry?: string;
}

export interface TermMatch {
  term: string;
  /** title (with subtitle), body, or sender: the bonus for the sender's default topic. */
  field: 'title' | 'body' | 'sender';
  count: number;
}

export interface TopicScore {
  topic: string;
  score: number;
  matches: TermMatch[];
}

export interface TopicExplanation {
  topics: string[];
  /** Scores of all topics with at least one match, best first. */
  scores: TopicScore[];
  /** Set when no topic reached the threshold. */
  fallback?: 'ministry-default' | 'ministry-name' | 'fallback-topic';
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

function matchingTerm(topic: TopicDefinition, word: string): string | undefined {
  const parts = word.includes('-') ? [word, ...word.split('-')] : [word];
  for (const part of parts) {
    if (topic.exact.has(part)) return `=${part}`;
    const prefix = topic.prefixes.find((term) => part.startsWith(term));
    if (prefix) return prefix;
    const inner = topic.inner.find((term) => part.indexOf(term, 1) > 0);
    if (inner) return `*${inner}`;
  }
  return undefined;
}

type Field = readonly [TermMatch['field'], string, number];

/** The topics (by index) whose terms a word matches, with the matching term. Mostly empty. */
type WordTerms = ReadonlyArray<readonly [number, string]>;
const NO_TERMS: WordTerms = [];

/**
 * Per vocabulary (immutable once loaded): the matching terms of a word seen before. Words recur
 * across releases, and matching a new word against every topic's terms is the costly part of
 * scoring. Emptied when it reaches MAX_CACHED_WORDS, so memory stays bounded; words longer than
 * MAX_CACHED_LENGTH are not kept.
 */
const termCache = new WeakMap<TopicVocabulary, Map<string, WordTerms>>();
const MAX_CACHED_WORDS = 200_000;
const MAX_CACHED_LENGTH = 40;

function matchingTerms(vocab: TopicVocabulary, word: string): WordTerms {
  const found: Array<readonly [number, string]> = [];
  vocab.topics.forEach((topic, index) => {
    const term = matchingTerm(topic, word);
    if (term) found.push([index, term]);
  });
  return found.length > 0 ? found : NO_TERMS;
}

function termsFor(vocab: TopicVocabulary, word: string): WordTerms {
  if (word.length > MAX_CACHED_LENGTH) return matchingTerms(vocab, word);
  let cache = termCache.get(vocab);
  if (!cache) termCache.set(vocab, (cache = new Map()));
  let terms = cache.get(word);
  if (!terms) {
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    terms = matchingTerms(vocab, word);
    // A match can be a view into the whole release text; the key must not keep that text alive.
    cache.set(Buffer.from(word).toString(), terms);
  }
  return terms;
}

function scoreTopics(vocab: TopicVocabulary, fields: readonly Field[], senderTopic?: string): TopicScore[] {
  const scores = vocab.topics.map((t) => ({ topic: t.name, score: 0, matches: new Map<string, TermMatch>() }));
  const count = (index: number, term: string, field: TermMatch['field'], weight: number): void => {
    const entry = scores[index];
    if (!entry) return;
    entry.score += weight;
    const key = `${field}:${term}`;
    const match = entry.matches.get(key) ?? { term, field, count: 0 };
    match.count += 1;
    entry.matches.set(key, match);
  };
  for (const [field, text, weight] of fields) {
    for (const [word] of text.toLowerCase().matchAll(WORD)) {
      for (const [index, term] of termsFor(vocab, word)) count(index, term, field, weight);
    }
  }
  const senderIndex = senderTopic === undefined ? -1 : (vocab.order.get(senderTopic) ?? -1);
  if (senderIndex >= 0 && vocab.scoring.ministryDefaultBonus > 0) {
    count(senderIndex, 'default topic of the sender', 'sender', vocab.scoring.ministryDefaultBonus);
  }
  return scores
    .filter((s) => s.score > 0)
    .map((s) => ({ topic: s.topic, score: s.score, matches: [...s.matches.values()] }))
    .sort((a, b) => b.score - a.score || (vocab.order.get(a.topic) ?? 0) - (vocab.order.get(b.topic) ?? 0));
}

export function explainTopics(vocab: TopicVocabulary, input: TopicInput): TopicExplanation {
  const { titleWeight, bodyWeight, minScore, relativeMin, maxTopics } = vocab.scoring;
  const heading = [input.title, input.subtitle ?? ''].join(' ');
  const preset = input.ministryShort ? vocab.ministryDefaults.get(input.ministryShort) : undefined;
  const fields: Field[] = [
    ['title', heading, titleWeight],
    ['body', input.body.join('\n'), bodyWeight],
  ];
  const scores = scoreTopics(vocab, fields, preset);
  const best = scores[0]?.score ?? 0;
  const topics = scores
    .filter((s) => s.score >= minScore && s.score >= best * relativeMin)
    .slice(0, maxTopics)
    .map((s) => s.topic);
  if (topics.length > 0) return { topics, scores };

  if (preset) return { topics: [preset], scores, fallback: 'ministry-default' };
  const byName = input.ministry ? scoreTopics(vocab, [['title', input.ministry, 1]])[0]?.topic : undefined;
  if (byName) return { topics: [byName], scores, fallback: 'ministry-name' };
  return { topics: [vocab.fallbackTopic], scores, fallback: 'fallback-topic' };
}

/** Topic names for a release: at least one, at most `scoring.maxTopics`. */
export function assignTopics(vocab: TopicVocabulary, input: TopicInput): string[] {
  return explainTopics(vocab, input).topics;
}
