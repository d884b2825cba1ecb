import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { loadMinistryVocabulary } from '../../../../../ingest/classify/senders/sender-vocabulary.js';
import { assignTopics, explainTopics } from '../../../../../ingest/classify/topics/topic-assignment.js';
import {
  DEFAULT_TOPICS_FILE,
  loadTopicVocabulary,
  parseTopicVocabulary,
} from '../../../../../ingest/classify/topics/topic-vocabulary.js';

const shorts = new Set(loadMinistryVocabulary().senders.map((s) => s.short));
const vocab = loadTopicVocabulary(undefined, shorts);

const smwk = {
  title: 'Hightech Agenda bestätigt sächsisches Kernthema Zell- und Gentherapie',
  subtitle: 'Internationale Konferenz mit Experten aus Wissenschaft, Wirtschaft und Politik tagt in Dresden',
  body: [
    'Sichere und zugängliche Zell- und Gentherapien gestalten und eine breite medizinische Anwendung ermöglichen: Mit dieser Aufgabe beschäftigen sich Experten aus Wissenschaft, Industrie und Forschungseinrichtungen.',
  ],
  ministryShort: 'SMWK',
};

describe('topics.json', () => {
  test('has 12–20 topics plus the fallback "Sonstiges"', () => {
    assert.ok(vocab.topics.length >= 12 && vocab.topics.length <= 20, String(vocab.topics.length));
    assert.equal(vocab.fallbackTopic, 'Sonstiges');
  });

  test('validation errors name the file, the key and the problem', () => {
    const json = JSON.parse(readFileSync(DEFAULT_TOPICS_FILE, 'utf8')) as {
      topics: Array<{ terms: string[] }>;
      ministryDefaults: Record<string, string>;
    };
    const upper = structuredClone(json);
    upper.topics[2]!.terms[0] = 'Kultur';
    assert.throws(() => parseTopicVocabulary(upper, 'topics.json'), {
      name: 'SearchConfigError',
      file: 'topics.json',
      key: 'topics[2].terms[0]',
      message:
        'topics.json: topics[2].terms[0]: "Kultur" must be lower-case letters/digits, optionally starting with = or *',
    });
    const unknown = structuredClone(json);
    unknown.ministryDefaults.SMXY = 'Kultur';
    assert.throws(() => parseTopicVocabulary(unknown, 'topics.json', shorts), {
      name: 'SearchConfigError',
      file: 'topics.json',
      key: 'ministryDefaults.SMXY',
      message: 'topics.json: ministryDefaults.SMXY: "SMXY" is not a sender short name in ministries.json',
    });
  });
});

describe('assignTopics', () => {
  test('title words weigh more; topics are ordered by score and explained by their terms', () => {
    const explanation = explainTopics(vocab, smwk);
    assert.deepEqual(explanation.topics.slice(0, 2), ['Wissenschaft und Forschung', 'Gesundheit']);
    const science = explanation.scores.find((s) => s.topic === 'Wissenschaft und Forschung');
    assert.ok(science?.matches.some((m) => m.term === 'wissenschaft' && m.field === 'title'));
    assert.ok(science?.matches.some((m) => m.term === 'forsch' && m.field === 'body'));
  });

  test('is deterministic and assigns at most maxTopics', () => {
    const first = assignTopics(vocab, smwk);
    for (let i = 0; i < 5; i++) assert.deepEqual(assignTopics(vocab, smwk), first);
    assert.ok(first.length >= 1 && first.length <= vocab.scoring.maxTopics);
  });

  test('the default topic of the sender gets a bonus; without one, a topic named by the sender, then "Sonstiges"', () => {
    const empty = { title: 'Termine', body: ['Mehr dazu morgen.'] };
    const explained = explainTopics(vocab, { ...empty, ministryShort: 'SMK' });
    assert.deepEqual(explained.topics, ['Bildung']);
    assert.deepEqual(explained.scores[0]?.matches, [
      { term: 'default topic of the sender', field: 'sender', count: 1 },
    ]);
    assert.deepEqual(
      explainTopics(vocab, {
        ...empty,
        ministryShort: 'sen-kultur-europa',
        ministry: 'Senatsverwaltung für Kultur und Europa',
      }),
      { topics: ['Kultur'], scores: [], fallback: 'ministry-name' },
    );
    assert.deepEqual(assignTopics(vocab, { ...empty, ministryShort: 'sonstige', ministry: 'Sonstige' }), ['Sonstiges']);
  });

  test('the bonus does not outweigh what the release is about', () => {
    const police = { title: 'Wohnungseinbruch in Dresden', body: ['Unbekannte Täter brachen in eine Wohnung ein.'] };
    assert.deepEqual(assignTopics(vocab, { ...police, ministryShort: 'SMK' })[0], 'Sicherheit und Polizei');
  });

  test('word prefixes, compound parts and whole words', () => {
    assert.deepEqual(assignTopics(vocab, { title: 'Neue Zellforschung', body: [] }), ['Wissenschaft und Forschung']);
    assert.deepEqual(assignTopics(vocab, { title: 'Zusammenarbeit', body: [] }), ['Sonstiges']); // "arbeit" inside is no topic
    assert.deepEqual(assignTopics(vocab, { title: 'Schulden steigen', body: [] }), ['Finanzen']); // not "Schule"
  });
});
