import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ParsedRelease } from '../../../../src/archive/release.js';
import { classifyRelease } from '../../../../ingest/classify/release-classification.js';
import type { SenderEvidence } from '../../../../ingest/classify/senders/sender-matching.js';
import { loadDefaultVocabularies } from '../../../../ingest/classify/vocabularies.js';

const vocab = loadDefaultVocabularies();

const unclassified = {
  title: 'Neue Lehrkräfte für Sachsens Schulen',
  date: '2024-03-12',
  contact: { name: 'Dirk Reelfs', phone: '0351 564-65100' },
  summary: 'Zum Schuljahresbeginn stellt der Freistaat neue Lehrerinnen und Lehrer ein.',
  body: [
    'Zum Schuljahresbeginn stellt der Freistaat neue Lehrerinnen und Lehrer ein.',
    'An den Grundschulen und Oberschulen beginnen 1.200 Lehrkräfte ihren Unterricht.',
  ],
};

const head = (...texts: string[]): SenderEvidence[] => [{ source: 'head', texts, allowAbbreviations: true }];

describe('classifyRelease', () => {
  test('the sender named in the evidence gives ministry and short name; other fields are kept', () => {
    const { release, unknownSender } = classifyRelease(
      unclassified,
      head('Sächsisches Staatsministerium für Kultus'),
      vocab,
    );
    assert.equal(unknownSender, false);
    assert.equal(release.ministry, 'Sächsisches Staatsministerium für Kultus');
    assert.equal(release.ministryShort, 'SMK');
    assert.equal('ministryPrinted' in release, false);
    assert.equal(release.title, unclassified.title);
    assert.equal(release.date, '2024-03-12');
    assert.deepEqual(release.body, unclassified.body);
    assert.deepEqual(release.contact, unclassified.contact);
  });

  test('topics come from the text, with the sender known', () => {
    const { release } = classifyRelease(unclassified, head('Sächsisches Staatsministerium für Kultus'), vocab);
    assert.equal(release.topics[0], 'Bildung');
    assert.ok(release.topics.length >= 1 && release.topics.length <= vocab.topics.scoring.maxTopics);
  });

  test('a former name is filed under the current name and kept as the printed one', () => {
    const { release } = classifyRelease(
      { ...unclassified, title: 'Förderung für Hochschulen', body: ['Die Hochschulen erhalten mehr Geld.'] },
      head('Sächsisches Staatsministerium für Wissenschaft und Kunst'),
      vocab,
    );
    assert.equal(release.ministryShort, 'SMWK');
    assert.equal(release.ministry, 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus');
    assert.equal(release.ministryPrinted, 'Sächsisches Staatsministerium für Wissenschaft und Kunst');
  });

  test('an unknown sender is filed under "Sonstige" and reported', () => {
    const { release, unknownSender } = classifyRelease(
      { ...unclassified, title: 'Ein Termin', body: ['Am Montag findet ein Termin statt.'], summary: '' },
      head('Verein der Freunde des Gartens e. V.'),
      vocab,
    );
    assert.equal(unknownSender, true);
    assert.equal(release.ministry, 'Sonstige');
    assert.equal(release.ministryShort, 'sonstige');
    assert.deepEqual(release.topics, ['Sonstiges']);
  });

  test('classifying a classified release again drops a printed name the evidence no longer gives', () => {
    const earlier: ParsedRelease = {
      ...unclassified,
      ministry: 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus',
      ministryShort: 'SMWK',
      ministryPrinted: 'Sächsisches Staatsministerium für Wissenschaft und Kunst',
      topics: ['Wissenschaft und Forschung'],
    };
    const { release } = classifyRelease(earlier, head('Sächsisches Staatsministerium für Kultus'), vocab);
    assert.equal(release.ministryShort, 'SMK');
    assert.equal('ministryPrinted' in release, false);
    assert.equal(release.topics[0], 'Bildung');
  });

  test('the input release is not changed', () => {
    const input = structuredClone(unclassified);
    classifyRelease(input, head('Sächsisches Staatsministerium für Kultus'), vocab);
    assert.deepEqual(input, unclassified);
  });
});
