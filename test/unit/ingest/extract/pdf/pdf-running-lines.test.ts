import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PdfLine } from '../../../../../ingest/extract/pdf/pdf-lines.js';
import { removeRunningLines } from '../../../../../ingest/extract/pdf/pdf-running-lines.js';
import { lines } from './pdf-test-lines.js';

describe('removeRunningLines', () => {
  const page = (n: number, body: string[]): PdfLine[] => [
    ...lines(n, 800, ['Sächsisches Staatsministerium für Kultus · Pressestelle'], 8),
    ...lines(n, 700, body),
    ...lines(n, 40, [`Seite ${n} von 3`], 8),
  ];

  test('drops page numbers and the repeated letterhead, and reports the letterhead', () => {
    const pages = [page(1, ['Erste Seite Text']), page(2, ['Zweite Seite Text']), page(3, ['Dritte Seite Text'])];
    const { pages: cleaned, running } = removeRunningLines(pages);
    assert.deepEqual(
      cleaned.map((p) => p.map((l) => l.text)),
      [['Erste Seite Text'], ['Zweite Seite Text'], ['Dritte Seite Text']],
    );
    assert.deepEqual(running, ['Sächsisches Staatsministerium für Kultus · Pressestelle']);
  });

  test('page numbers in other forms; a single page keeps its lines', () => {
    for (const marker of ['- 2 -', '2/3', 'Seite 2', '2']) {
      const { pages } = removeRunningLines([[...lines(1, 700, ['Text']), ...lines(1, 40, [marker])]]);
      assert.deepEqual(
        pages[0]?.map((l) => l.text),
        ['Text'],
        marker,
      );
    }
  });

  test('a page number on the baseline of a repeated footer goes with it; a figure beside a kept cell stays', () => {
    const footed = (n: number, body: string[]): PdfLine[] => [
      ...lines(n, 700, body),
      ...lines(n, 40, ['Pressestelle · Sächsisches Staatsministerium für Kultus'], 8),
      { ...(lines(n, 40, [String(n)], 8)[0] as PdfLine), x: 500, right: 505 },
    ];
    const { pages, running } = removeRunningLines([footed(1, ['Erste Seite']), footed(2, ['Zweite Seite'])]);
    assert.deepEqual(
      pages.map((p) => p.map((l) => l.text)),
      [['Erste Seite'], ['Zweite Seite']],
    );
    assert.deepEqual(running, ['Pressestelle · Sächsisches Staatsministerium für Kultus']);
    const table = [
      ...lines(1, 700, ['Text']),
      ...lines(1, 40, ['Summe'], 8),
      { ...(lines(1, 40, ['42'], 8)[0] as PdfLine), x: 500 },
    ];
    assert.deepEqual(
      removeRunningLines([table]).pages[0]?.map((l) => l.text),
      ['Text', 'Summe', '42'],
    );
  });
});
