import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Hit } from 'meilisearch';
import type { Release } from '../../../../src/archive/release.js';
import { resultItem } from '../../../../src/web/view-models/result-item.js';

function hit(fields: Partial<Hit<Release>> = {}): Hit<Release> {
  return {
    id: '2024-03-12-smk-neue-lehrkraefte',
    title: 'Neue Lehrkräfte',
    date: '2024-03-12',
    dateNum: 19_794,
    year: 2024,
    ministry: 'Sächsisches Staatsministerium für Kultus',
    ministryShort: 'SMK',
    topics: ['Bildung', 'Arbeit'],
    contact: {},
    summary: 'Zum Schuljahr beginnen neue Lehrkräfte.',
    body: [],
    sources: [],
    sample: false,
    ingestedAt: '2024-03-12T10:00:00Z',
    ...fields,
  } as Hit<Release>;
}

describe('resultItem', () => {
  test('link, German date and topics for the result list', () => {
    const item = resultItem(hit(), '/archiv');
    assert.equal(item.url, '/archiv/mitteilung/2024-03-12-smk-neue-lehrkraefte');
    assert.equal(item.dateText, '12. März 2024');
    assert.equal(item.date, '2024-03-12');
    assert.equal(item.topicsLabel, 'Themen');
    assert.equal(item.topicsText, 'Bildung, Arbeit');
    assert.deepEqual(item.topics, ['Bildung', 'Arbeit']);
    assert.equal(item.ministry, 'Sächsisches Staatsministerium für Kultus');
    assert.equal(item.ministryShort, 'SMK');
  });

  test('the snippet is the highlighted, cropped summary when Meilisearch formatted one', () => {
    const formatted = '…beginnen neue \u0001Lehrkräfte\u0002.';
    const item = resultItem(hit({ _formatted: { summary: formatted } }), '');
    assert.equal(item.snippet, formatted);
  });

  test('without a formatted summary the plain summary is the snippet', () => {
    assert.equal(
      resultItem(hit({ _formatted: { title: 'x' } }), '').snippet,
      'Zum Schuljahr beginnen neue Lehrkräfte.',
    );
    assert.equal(resultItem(hit(), '').snippet, 'Zum Schuljahr beginnen neue Lehrkräfte.');
  });

  test('an invented sample carries the label; the real sample and other releases do not', () => {
    const label = 'Beispieldaten – keine echte Mitteilung';
    assert.deepEqual(
      [resultItem(hit({ sample: true }), '').sampleLabel, resultItem(hit({ sample: true }), '').invented],
      [label, true],
    );
    assert.equal(resultItem(hit({ sample: true, invented: true }), '').sampleLabel, label);
    assert.equal('sampleLabel' in resultItem(hit({ sample: true, invented: false }), ''), false);
    assert.equal(resultItem(hit(), '').invented, false);
  });

  test('a subtitle is included only when there is one', () => {
    assert.equal('subtitle' in resultItem(hit(), ''), false);
    assert.equal('subtitle' in resultItem(hit({ subtitle: '' }), ''), false);
    assert.equal(
      resultItem(hit({ subtitle: 'Einstellungen abgeschlossen' }), '').subtitle,
      'Einstellungen abgeschlossen',
    );
  });

  test('a hit without topics (e.g. not retrieved) gives empty topics', () => {
    const item = resultItem(hit({ topics: undefined }), '');
    assert.deepEqual(item.topics, []);
    assert.equal(item.topicsText, '');
  });
});
