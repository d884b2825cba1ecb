/**
 * Reads and validates search-config/topics.json. Terms are lower-case: "forsch" matches words
 * starting with it (Forschung, Forschungseinrichtungen), "*forschung" matches it later inside a
 * compound (Zellforschung), "=ki" matches the whole word only.
 */
import { JsonFields } from '../../../src/archive/search-config/json-fields.js';
import { readSearchConfig, searchConfigPath } from '../../../src/archive/search-config/search-config-file.js';

export const DEFAULT_TOPICS_FILE = searchConfigPath('topics.json');

export interface TopicDefinition {
  name: string;
  prefixes: string[];
  inner: string[];
  exact: Set<string>;
}

export interface TopicScoring {
  titleWeight: number;
  bodyWeight: number;
  minScore: number;
  relativeMin: number;
  maxTopics: number;
  /** Added to the score of the sender's default topic (ministryDefaults). */
  ministryDefaultBonus: number;
}

export interface TopicVocabulary {
  file: string;
  topics: TopicDefinition[];
  /** Position of each topic in the file: breaks ties. */
  order: Map<string, number>;
  scoring: TopicScoring;
  fallbackTopic: string;
  /** Default topic per sender short name (ministryShort). */
  ministryDefaults: Map<string, string>;
}

const TERM = /^[=*]?[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u;

function readTopic(f: JsonFields, value: unknown, key: string): TopicDefinition {
  const o = f.object(value, key);
  f.knownKeys(o, ['name', 'terms'], key);
  const topic: TopicDefinition = { name: f.string(o.name, `${key}.name`), prefixes: [], inner: [], exact: new Set() };
  const seen = new Set<string>();
  f.strings(o.terms, `${key}.terms`).forEach((term, i) => {
    const k = `${key}.terms[${i}]`;
    if (!TERM.test(term)) f.fail(k, `"${term}" must be lower-case letters/digits, optionally starting with = or *`);
    if (seen.has(term)) f.fail(k, `"${term}" is listed twice`);
    seen.add(term);
    if (term.startsWith('=')) topic.exact.add(term.slice(1));
    else if (term.startsWith('*')) topic.inner.push(term.slice(1));
    else topic.prefixes.push(term);
  });
  return topic;
}

function readScoring(f: JsonFields, value: unknown): TopicScoring {
  const o = f.object(value, 'scoring');
  const fields = ['titleWeight', 'bodyWeight', 'minScore', 'relativeMin', 'maxTopics', 'ministryDefaultBonus'] as const;
  f.knownKeys(o, fields, 'scoring');
  const read = (name: (typeof fields)[number]): number => {
    const n = f.optionalNumber(o[name], `scoring.${name}`);
    if (n === undefined || n < 0) f.fail(`scoring.${name}`, 'must be a number ≥ 0');
    return n;
  };
  const scoring = {
    titleWeight: read('titleWeight'),
    bodyWeight: read('bodyWeight'),
    minScore: read('minScore'),
    relativeMin: read('relativeMin'),
    maxTopics: read('maxTopics'),
    ministryDefaultBonus: read('ministryDefaultBonus'),
  };
  if (scoring.maxTopics < 1 || !Number.isInteger(scoring.maxTopics))
    f.fail('scoring.maxTopics', 'must be a whole number ≥ 1');
  return scoring;
}

/** `knownShorts`: when given, ministryDefaults keys must be sender short names from ministries.json. */
export function parseTopicVocabulary(json: unknown, file: string, knownShorts?: ReadonlySet<string>): TopicVocabulary {
  const f = new JsonFields(file);
  const root = f.object(json, '');
  f.knownKeys(root, ['scoring', 'fallbackTopic', 'topics', 'ministryDefaults'], '');
  const topics = f.array(root.topics, 'topics').map((t, i) => readTopic(f, t, `topics[${i}]`));
  const order = new Map<string, number>();
  topics.forEach((topic, i) => {
    if (order.has(topic.name)) f.fail(`topics[${i}].name`, `"${topic.name}" is listed twice`);
    order.set(topic.name, i);
  });
  const fallbackTopic = f.string(root.fallbackTopic, 'fallbackTopic');
  if (!order.has(fallbackTopic)) f.fail('fallbackTopic', `"${fallbackTopic}" is not one of the topics`);
  const ministryDefaults = new Map<string, string>();
  const defaults = root.ministryDefaults === undefined ? {} : f.object(root.ministryDefaults, 'ministryDefaults');
  for (const [short, topic] of Object.entries(defaults)) {
    const key = `ministryDefaults.${short}`;
    const name = f.string(topic, key);
    if (!order.has(name)) f.fail(key, `"${name}" is not one of the topics`);
    if (knownShorts && !knownShorts.has(short)) f.fail(key, `"${short}" is not a sender short name in ministries.json`);
    ministryDefaults.set(short, name);
  }
  return { file, topics, order, scoring: readScoring(f, root.scoring), fallbackTopic, ministryDefaults };
}

/** Reads and validates topics.json (by default the one in search-config/). */
export function loadTopicVocabulary(
  path: string = DEFAULT_TOPICS_FILE,
  knownShorts?: ReadonlySet<string>,
): TopicVocabulary {
  return readSearchConfig(path, (json, file) => parseTopicVocabulary(json, file, knownShorts));
}
