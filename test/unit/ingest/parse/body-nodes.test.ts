import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TextBlock } from '../../../../ingest/extract/extracted-document.js';
import { bodyNodes } from '../../../../ingest/parse/body-nodes.js';

const para = (text: string, extra: Partial<TextBlock> = {}): TextBlock => ({
  kind: 'paragraph',
  text,
  lines: [text],
  ...extra,
});
const heading = (text: string, extra: Partial<TextBlock>): TextBlock => ({
  kind: 'heading',
  text,
  lines: [text],
  ...extra,
});

describe('bodyNodes', () => {
  test('short lines stay paragraphs: only a heading of the source is a heading', () => {
    assert.deepEqual(
      bodyNodes([para('Oktober'), para('Hintergrund'), para('Text.')]).map((n) => n.type),
      ['paragraph', 'paragraph', 'paragraph'],
    );
  });

  test('heading levels follow their prominence, from 2 to at most 4', () => {
    const nodes = bodyNodes([
      heading('Groß', { level: 1 }),
      heading('Mittel', { level: 3 }),
      para('Fett', { rank: 12 }),
      para('Fett unterstrichen', { rank: 11 }),
      para('Text.'),
    ]);
    assert.deepEqual(
      nodes.map((n) => (n.type === 'heading' ? n.level : n.type)),
      [2, 3, 4, 4, 'paragraph'],
    );
  });

  test('a police report: incident heading, Zeit and Ort as a description list', () => {
    const nodes = bodyNodes([
      para('Wohnungseinbruch', { rank: 12 }),
      para('Zeit: 05.04.2019, 08.00 Uhr'),
      para('Ort: Dresden-Strehlen'),
      para('Unbekannte Täter drangen ein.'),
    ]);
    assert.deepEqual(nodes, [
      { type: 'heading', level: 2, text: [{ text: 'Wohnungseinbruch' }] },
      {
        type: 'details',
        items: [
          { term: 'Zeit', text: [{ text: '05.04.2019, 08.00 Uhr' }] },
          { term: 'Ort', text: [{ text: 'Dresden-Strehlen' }] },
        ],
      },
      { type: 'paragraph', text: [{ text: 'Unbekannte Täter drangen ein.' }] },
    ]);
  });

  test('list items of the source and bullet paragraphs become lists; links stay in their runs', () => {
    const link = [{ text: 'Antrag', href: 'https://example.org/a' }];
    const nodes = bodyNodes([
      para('eins', { list: { id: 1, ordered: false } }),
      para('Antrag', { list: { id: 1, ordered: false }, runs: link }),
      para('erstens', { list: { id: 2, ordered: true } }),
      para('• Punkt'),
      para('• Noch ein Punkt'),
      para('- 28,5'),
    ]);
    assert.deepEqual(nodes, [
      { type: 'list', ordered: false, items: [[{ text: 'eins' }], link] },
      { type: 'list', ordered: true, items: [[{ text: 'erstens' }]] },
      { type: 'list', ordered: false, items: [[{ text: 'Punkt' }], [{ text: 'Noch ein Punkt' }]] },
      { type: 'paragraph', text: [{ text: '- 28,5' }] },
    ]);
  });

  test('a table block is a table', () => {
    const table = { caption: 'Zahlen', rows: [[{ header: true, scope: 'col' as const, text: [{ text: 'Jahr' }] }]] };
    assert.deepEqual(bodyNodes([para('Jahr', { table })]), [{ type: 'table', ...table }]);
  });
});
