import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadDefaultVocabularies } from '../../../../ingest/classify/vocabularies.js';

describe('loadDefaultVocabularies', () => {
  test('loads senders and topics from search-config/', () => {
    const vocab = loadDefaultVocabularies();
    assert.match(vocab.ministries.file, /search-config\/ministries\.json$/);
    assert.match(vocab.topics.file, /search-config\/topics\.json$/);
    assert.ok(vocab.ministries.senders.some((s) => s.short === 'SMK'));
    assert.ok(vocab.topics.order.has(vocab.topics.fallbackTopic));
  });

  test('loads them once per process: later calls return the same objects', () => {
    const first = loadDefaultVocabularies();
    const second = loadDefaultVocabularies();
    assert.equal(second, first);
    assert.equal(second.ministries, first.ministries);
    assert.equal(second.topics, first.topics);
  });

  test('sender defaults in topics.json refer to sender short names of ministries.json', () => {
    const vocab = loadDefaultVocabularies();
    const shorts = new Set(vocab.ministries.senders.map((s) => s.short));
    for (const short of vocab.topics.ministryDefaults.keys()) assert.ok(shorts.has(short), short);
  });
});
