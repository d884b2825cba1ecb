import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseTopicVocabulary, loadTopicVocabulary } from '../../../../../ingest/classify/topics/topic-vocabulary.js';
import { tempDir } from '../../../../helpers/temp-dir.js';

const FILE = 'search-config/topics.json';

function validJson(): {
  scoring: Record<string, unknown>;
  fallbackTopic: unknown;
  topics: Array<Record<string, unknown>>;
  ministryDefaults?: Record<string, unknown>;
  [key: string]: unknown;
} {
  return {
    scoring: { titleWeight: 3, bodyWeight: 1, minScore: 2, relativeMin: 0.5, maxTopics: 3, ministryDefaultBonus: 1 },
    fallbackTopic: 'Sonstiges',
    topics: [
      { name: 'Wissenschaft und Forschung', terms: ['forsch', '*forschung', '=ki', 'hochschul'] },
      { name: 'Kultur', terms: ['kultur', 'museum'] },
      { name: 'Sonstiges', terms: [] },
    ],
    ministryDefaults: { SMWK: 'Wissenschaft und Forschung' },
  };
}

/** Asserts the exact SearchConfigError for a broken copy of the valid file. */
function assertRejected(
  change: (json: ReturnType<typeof validJson>) => void,
  key: string,
  problem: string,
  knownShorts?: ReadonlySet<string>,
): void {
  const json = validJson();
  change(json);
  assert.throws(() => parseTopicVocabulary(json, FILE, knownShorts), {
    name: 'SearchConfigError',
    file: FILE,
    key,
    message: `${FILE}: ${key}: ${problem}`,
  });
}

describe('parseTopicVocabulary: a valid file', () => {
  const vocab = parseTopicVocabulary(validJson(), FILE, new Set(['SMWK', 'SMK']));

  test('sorts terms into prefixes, inner (*) and exact (=) terms, without their markers', () => {
    const science = vocab.topics[0];
    assert.ok(science);
    assert.equal(science.name, 'Wissenschaft und Forschung');
    assert.deepEqual(science.prefixes, ['forsch', 'hochschul']);
    assert.deepEqual(science.inner, ['forschung']);
    assert.deepEqual([...science.exact], ['ki']);
  });

  test('keeps the order of the topics for ties, the fallback, scoring and sender defaults', () => {
    assert.deepEqual(
      [...vocab.order],
      [
        ['Wissenschaft und Forschung', 0],
        ['Kultur', 1],
        ['Sonstiges', 2],
      ],
    );
    assert.equal(vocab.fallbackTopic, 'Sonstiges');
    assert.equal(vocab.scoring.maxTopics, 3);
    assert.equal(vocab.scoring.relativeMin, 0.5);
    assert.deepEqual([...vocab.ministryDefaults], [['SMWK', 'Wissenschaft und Forschung']]);
    assert.equal(vocab.file, FILE);
  });

  test('ministryDefaults may be left out; $-keys are comments', () => {
    const json = validJson();
    delete json.ministryDefaults;
    json.$comment = 'Themen';
    assert.equal(parseTopicVocabulary(json, FILE).ministryDefaults.size, 0);
  });
});

describe('parseTopicVocabulary: validation errors', () => {
  test('an upper-case term', () => {
    assertRejected(
      (json) => (json.topics[1]!.terms = ['kultur', 'Museum']),
      'topics[1].terms[1]',
      '"Museum" must be lower-case letters/digits, optionally starting with = or *',
    );
  });

  test('a term with a marker in the middle or a space', () => {
    assertRejected(
      (json) => (json.topics[0]!.terms = ['for*sch']),
      'topics[0].terms[0]',
      '"for*sch" must be lower-case letters/digits, optionally starting with = or *',
    );
    assertRejected(
      (json) => (json.topics[0]!.terms = ['neue medien']),
      'topics[0].terms[0]',
      '"neue medien" must be lower-case letters/digits, optionally starting with = or *',
    );
  });

  test('a term listed twice in one topic', () => {
    assertRejected(
      (json) => (json.topics[1]!.terms = ['kultur', 'museum', 'kultur']),
      'topics[1].terms[2]',
      '"kultur" is listed twice',
    );
  });

  test('a topic listed twice', () => {
    assertRejected((json) => (json.topics[2]!.name = 'Kultur'), 'topics[2].name', '"Kultur" is listed twice');
  });

  test('an unknown field in a topic', () => {
    assertRejected((json) => (json.topics[0]!.term = ['x']), 'topics[0].term', 'is not a known field');
  });

  test('a fallback topic that is not a topic', () => {
    assertRejected(
      (json) => (json.fallbackTopic = 'Allgemeines'),
      'fallbackTopic',
      '"Allgemeines" is not one of the topics',
    );
  });

  test('a sender default that is not a topic', () => {
    assertRejected(
      (json) => (json.ministryDefaults = { SMK: 'Bildung' }),
      'ministryDefaults.SMK',
      '"Bildung" is not one of the topics',
    );
  });

  test('a sender default for an unknown sender, when the senders are known', () => {
    assertRejected(
      (json) => (json.ministryDefaults = { SMXY: 'Kultur' }),
      'ministryDefaults.SMXY',
      '"SMXY" is not a sender short name in ministries.json',
      new Set(['SMWK']),
    );
  });

  test('a missing or negative scoring number', () => {
    assertRejected((json) => delete json.scoring.minScore, 'scoring.minScore', 'must be a number ≥ 0');
    assertRejected((json) => (json.scoring.bodyWeight = -1), 'scoring.bodyWeight', 'must be a number ≥ 0');
    assertRejected((json) => (json.scoring.titleWeight = '3'), 'scoring.titleWeight', 'must be a number');
  });

  test('maxTopics must be a whole number of at least one', () => {
    assertRejected((json) => (json.scoring.maxTopics = 0), 'scoring.maxTopics', 'must be a whole number ≥ 1');
    assertRejected((json) => (json.scoring.maxTopics = 2.5), 'scoring.maxTopics', 'must be a whole number ≥ 1');
  });

  test('an unknown field at the root or in scoring', () => {
    assertRejected((json) => (json.fallback = 'Sonstiges'), 'fallback', 'is not a known field');
    assertRejected((json) => (json.scoring.maxTopic = 3), 'scoring.maxTopic', 'is not a known field');
  });
});

describe('loadTopicVocabulary', () => {
  test('reads a topics file from a given path', async () => {
    const dir = await tempDir();
    try {
      const file = path.join(dir.path, 'topics.json');
      writeFileSync(file, JSON.stringify(validJson()));
      const vocab = loadTopicVocabulary(file);
      assert.deepEqual(
        vocab.topics.map((t) => t.name),
        ['Wissenschaft und Forschung', 'Kultur', 'Sonstiges'],
      );
    } finally {
      await dir.remove();
    }
  });
});
