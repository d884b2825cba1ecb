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

describe('buildBlocks on a two-column page with a table', () => {
  const line = (x: number, y: number, text: string, right: number): PdfLine => ({
    text,
    x,
    y,
    right,
    size: 10,
    page: 1,
  });
  /** A table row: a text cell at 100 and two figures right-aligned at 300 and 420. */
  const row = (y: number, cells: [string, string, string]): PdfLine => {
    const parts = [
      { text: cells[0], x: 100, right: 100 + cells[0].length * 5 },
      { text: cells[1], x: 300 - cells[1].length * 5, right: 300 },
      { text: cells[2], x: 420 - cells[2].length * 5, right: 420 },
    ];
    return { text: cells.join(' '), x: 100, y, right: 420, size: 10, page: 1, parts };
  };
  const page = [
    // The left column ends near 280: a line ending a sentence there is full, one ending at 190 is short.
    line(56, 700, 'Der Landtag hat am Dienstag den Haushalt für', 280),
    line(56, 688, 'die kommenden zwei Jahre beschlossen und', 276),
    line(56, 676, 'damit die Mittel für die Schulen erhöht.', 262),
    line(56, 664, 'Die Hochschulen erhalten mehr.', 190),
    line(56, 652, 'Ein neuer Absatz beginnt hier und läuft', 278),
    line(56, 640, 'bis zum Ende der Spalte weiter.', 200),
    // The right column ends near 540.
    line(310, 700, 'Die Opposition kritisierte den Entwurf als', 538),
    line(310, 688, 'zu wenig ehrgeizig.', 400),
    line(310, 676, 'Sie fordert mehr Geld für den Nahverkehr und', 536),
    line(310, 664, 'die Kommunen.', 380),
    row(560, ['Bereich', '2025', '2026']),
    row(548, ['Schulen', '120', '135']),
    row(536, ['Hochschulen', '80', '95']),
    row(524, ['Nahverkehr', '40', '42']),
  ];

  test("each column's paragraphs end by that column's right edge, asked for again and again", () => {
    const blocks = buildBlocks(page);
    assert.deepEqual(
      blocks.map((b) => (b.table ? 'table' : b.text)),
      [
        'Der Landtag hat am Dienstag den Haushalt für die kommenden zwei Jahre beschlossen und damit die Mittel für die Schulen erhöht. Die Hochschulen erhalten mehr.',
        'Ein neuer Absatz beginnt hier und läuft bis zum Ende der Spalte weiter.',
        'Die Opposition kritisierte den Entwurf als zu wenig ehrgeizig.',
        'Sie fordert mehr Geld für den Nahverkehr und die Kommunen.',
        'table',
      ],
    );
    assert.deepEqual(blocks.at(-1)?.lines, [
      'Bereich | 2025 | 2026',
      'Schulen | 120 | 135',
      'Hochschulen | 80 | 95',
      'Nahverkehr | 40 | 42',
    ]);
  });

  test('the blocks do not depend on the order the columns are asked for in', () => {
    const rightFirst = [...page.slice(6, 10), ...page.slice(0, 6), ...page.slice(10)];
    const texts = (all: PdfLine[]): string[] => buildBlocks(all).map((b) => b.text);
    assert.deepEqual(texts(rightFirst).sort(), texts(page).sort());
  });
});
