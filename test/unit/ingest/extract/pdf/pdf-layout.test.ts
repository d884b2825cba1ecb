import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildBlocks } from '../../../../../ingest/extract/pdf/pdf-blocks.js';
import { buildLines, type PdfLine, type PdfTextItem } from '../../../../../ingest/extract/pdf/pdf-lines.js';
import { removeRunningLines } from '../../../../../ingest/extract/pdf/pdf-running-lines.js';

const item = (str: string, x: number, y: number, size = 10, width = str.length * size * 0.5): PdfTextItem => ({
  str,
  x,
  y,
  width,
  size,
});

/** Lines of body text (10 pt, 12 pt pitch) starting at y, one per string. */
function lines(page: number, y: number, texts: string[], size = 10, pitch = 12): PdfLine[] {
  return texts.map((text, i) => ({ text, x: 56, y: y - i * pitch, right: 56 + text.length * 5, size, page }));
}

describe('buildLines', () => {
  test('joins items on one baseline, with a space across a gap', () => {
    const result = buildLines([item('Hightech', 56, 700), item('Agenda', 100, 700), item('Zweite Zeile', 56, 688)], 1);
    assert.deepEqual(
      result.map((l) => l.text),
      ['Hightech Agenda', 'Zweite Zeile'],
    );
  });

  test('a wide space item does not glue two columns together', () => {
    const result = buildLines(
      [
        item('Medieninformation', 56, 766, 22, 196),
        item(' ', 252, 766, 22, 128),
        item('Sächsisches Staatsministerium', 380, 775, 9),
      ],
      1,
    );
    assert.deepEqual(
      result.map((l) => l.text),
      ['Medieninformation', 'Sächsisches Staatsministerium'],
    );
  });
});

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
});

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
