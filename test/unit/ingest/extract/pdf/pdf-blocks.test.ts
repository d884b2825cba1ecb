import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildBlocks } from '../../../../../ingest/extract/pdf/pdf-blocks.js';
import type { PdfLine } from '../../../../../ingest/extract/pdf/pdf-lines.js';
import { lines } from './pdf-test-lines.js';

describe('buildBlocks', () => {
  test('a larger gap or another type size starts a new block; lines are joined and de-hyphenated', () => {
    const all = [
      ...lines(1, 760, ['Überschrift der Meldung'], 16, 20),
      ...lines(1, 730, ['Der erste Absatz nennt die Forschungsein-', 'richtungen und endet hier.']),
      ...lines(1, 690, ['Der zweite Absatz folgt nach einer Lücke.']),
    ];
    const blocks = buildBlocks(all);
    assert.deepEqual(
      blocks.map((b) => [b.kind, b.text]),
      [
        ['heading', 'Überschrift der Meldung'],
        ['paragraph', 'Der erste Absatz nennt die Forschungseinrichtungen und endet hier.'],
        ['paragraph', 'Der zweite Absatz folgt nach einer Lücke.'],
      ],
    );
  });

  test('a paragraph cut by a page break is joined, a footnote in between stays apart', () => {
    const all = [
      ...lines(1, 700, ['Der Absatz läuft über das Ende', 'der Seite hinaus, denn die Schulen']),
      ...lines(1, 60, ['¹ Eine Fußnote.'], 7, 9),
      ...lines(2, 780, ['Bei der Umsetzung hilft das Landesamt.']),
    ];
    assert.deepEqual(
      buildBlocks(all).map((b) => b.text),
      [
        'Der Absatz läuft über das Ende der Seite hinaus, denn die Schulen Bei der Umsetzung hilft das Landesamt.',
        '¹ Eine Fußnote.',
      ],
    );
  });
});

describe('buildBlocks across page breaks after a sentence end', () => {
  const line = (page: number, y: number, text: string, right: number): PdfLine => ({
    text,
    x: 56,
    y,
    right,
    size: 10,
    page,
  });
  const page2 = [
    line(2, 780, 'Bürgerinnen und Bürger können sich zudem eine Karte ansehen, welche', 530),
    line(2, 768, 'Vorhaben geplant sind.', 200),
  ];

  test('a full last line on a full page continues on the next page', () => {
    const all = [
      line(1, 100, 'Die Übersicht in einfacher Sprache erklärt, woher das Geld kommt', 530),
      line(1, 88, 'und wofür es ausgegeben wird, ganz ausführlich und verständlich.', 528),
      ...page2,
    ];
    assert.equal(buildBlocks(all).length, 1);
  });

  test('a sentence end with room left on the page ends the paragraph', () => {
    const all = [
      line(1, 400, 'Die Übersicht in einfacher Sprache erklärt, woher das Geld kommt', 530),
      line(1, 388, 'und wofür es ausgegeben wird, ganz ausführlich und verständlich.', 528),
      ...page2,
      line(2, 90, 'Eine Zeile ganz unten auf der Seite zeigt, wo der Satzspiegel endet.', 520),
    ];
    assert.deepEqual(
      buildBlocks(all).map((b) => b.text.slice(0, 20)),
      ['Die Übersicht in ein', 'Bürgerinnen und Bürg', 'Eine Zeile ganz unte'],
    );
  });
});
