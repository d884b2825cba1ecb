/** Hidden context for links whose titles repeat on a results page. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { distinctTitles } from '../../../../src/web/view-models/distinct-titles.js';
import type { ResultItem } from '../../../../src/web/view-models/result-item.js';

const item = (id: string, title: string, ministry: string, dateText: string): ResultItem => ({
  id,
  url: `/mitteilung/${id}`,
  title,
  date: '2024-11-07',
  dateText,
  ministry,
  ministryShort: '',
  topics: [],
  topicsLabel: 'Themen',
  topicsText: '',
  snippet: '',
  invented: false,
});

describe('distinctTitles', () => {
  test('a title that appears once stays without context', () => {
    const [only] = distinctTitles([item('a', 'Haushalt', 'SMF', '7. November 2024')]);
    assert.equal(only!.titleContext, undefined);
  });

  test('one title from two senders: sender and day; same sender and day: a running number', () => {
    const items = distinctTitles([
      item('a', 'Polizeibericht vom 7. November 2024', 'Polizeidirektion Leipzig', '7. November 2024'),
      item('b', 'Neue Förderung', 'Staatskanzlei', '1. März 2024'),
      item('c', 'POLIZEIBERICHT vom 7. November 2024', 'Polizeidirektion Leipzig', '7. November 2024'),
      item('d', 'Neue Förderung', 'Finanzministerium', '1. März 2024'),
    ]);
    assert.deepEqual(
      items.map((i) => i.titleContext),
      [
        'Polizeidirektion Leipzig, 7. November 2024, Nummer 1',
        'Staatskanzlei, 1. März 2024',
        'Polizeidirektion Leipzig, 7. November 2024, Nummer 2',
        'Finanzministerium, 1. März 2024',
      ],
    );
    const names = items.map((i) => `${i.title.toLowerCase()} – ${i.titleContext}`);
    assert.equal(new Set(names).size, names.length);
  });
});
