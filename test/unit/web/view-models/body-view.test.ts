import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BodyNode } from '../../../../src/archive/body-structure.js';
import { bodyView } from '../../../../src/web/view-models/body-view.js';

describe('bodyView', () => {
  test('links keep safe targets; the address is shown where the text does not name it', () => {
    const [block] = bodyView([
      {
        type: 'paragraph',
        text: [
          { text: 'Anträge ' },
          { text: 'hier', href: 'https://www.example.org/antrag' },
          { text: ' oder unter ' },
          { text: 'www.example.org', href: 'https://www.example.org/' },
          { text: ', Fragen an ' },
          { text: 'presse@example.org', href: 'mailto:presse@example.org' },
        ],
      },
    ]);
    assert.deepEqual(block, {
      paragraph: [
        { text: 'Anträge ' },
        { text: 'hier', href: 'https://www.example.org/antrag', address: 'www.example.org/antrag' },
        { text: ' oder unter ' },
        { text: 'www.example.org', href: 'https://www.example.org/' },
        { text: ', Fragen an ' },
        { text: 'presse@example.org', href: 'mailto:presse@example.org' },
      ],
    });
  });

  test('a hostile target in a record (older or foreign ingest) is shown as text only', () => {
    const nodes = [
      {
        type: 'paragraph',
        text: [
          { text: 'Klick', href: 'javascript:alert(1)' },
          { text: 'Daten', href: 'data:text/html,x' },
        ],
      },
    ] as BodyNode[];
    assert.deepEqual(bodyView(nodes), [{ paragraph: [{ text: 'Klick' }, { text: 'Daten' }] }]);
  });

  test('headings by level, lists, description lists', () => {
    const nodes: BodyNode[] = [
      { type: 'heading', level: 2, text: [{ text: 'A' }] },
      { type: 'heading', level: 3, text: [{ text: 'B' }] },
      { type: 'heading', level: 4, text: [{ text: 'C' }] },
      { type: 'list', ordered: true, items: [[{ text: 'eins' }]] },
      { type: 'details', items: [{ term: 'Zeit', text: [{ text: '05.04.2019' }] }] },
    ];
    assert.deepEqual(bodyView(nodes), [
      { h2: [{ text: 'A' }] },
      { h3: [{ text: 'B' }] },
      { h4: [{ text: 'C' }] },
      { list: [[{ text: 'eins' }]], ordered: true },
      { details: [{ term: 'Zeit', text: [{ text: '05.04.2019' }] }] },
    ]);
  });

  test('tables: caption or a numbered name for the region, header cells with their scope', () => {
    const nodes: BodyNode[] = [
      {
        type: 'table',
        caption: 'Fördersummen',
        rows: [
          [
            { header: true, scope: 'col', text: [{ text: 'Jahr' }] },
            { header: true, scope: 'col', text: [{ text: 'Euro' }] },
          ],
          [
            { header: true, scope: 'row', text: [{ text: '2025' }] },
            { header: false, text: [{ text: '100' }], colspan: 2 },
          ],
        ],
      },
      { type: 'table', rows: [[{ header: false, text: [{ text: 'x' }] }]] },
    ];
    const [first, second] = bodyView(nodes);
    assert.deepEqual(first, {
      table: {
        captionId: 'tabelle-1',
        caption: 'Fördersummen',
        rows: [
          [
            { header: true, scope: 'col', text: [{ text: 'Jahr' }] },
            { header: true, scope: 'col', text: [{ text: 'Euro' }] },
          ],
          [
            { header: true, scope: 'row', text: [{ text: '2025' }] },
            { header: false, colspan: 2, text: [{ text: '100' }] },
          ],
        ],
      },
    });
    assert.deepEqual(second, {
      table: { captionId: 'tabelle-2', label: 'Tabelle 2', rows: [[{ header: false, text: [{ text: 'x' }] }]] },
    });
  });

  test('nodes of an unknown shape are left out', () => {
    assert.deepEqual(bodyView([{ type: 'script' }, null, { type: 'list' }] as unknown as BodyNode[]), []);
  });

  test('lang of paragraphs, headings and runs passes when it is a language tag, else it is left out', () => {
    const nodes = [
      { type: 'paragraph', lang: 'fr', text: [{ text: 'Bonjour à tous.' }] },
      { type: 'heading', level: 3, lang: 'en" onmouseover="x', text: [{ text: 'Open Day' }] },
      {
        type: 'paragraph',
        text: [{ text: 'Sie sagte: ' }, { text: 'Thank you all.', lang: 'en' }, { text: 'x', lang: 'EN US' }],
      },
    ] as BodyNode[];
    assert.deepEqual(bodyView(nodes), [
      { paragraph: [{ text: 'Bonjour à tous.' }], lang: 'fr' },
      { h3: [{ text: 'Open Day' }] },
      { paragraph: [{ text: 'Sie sagte: ' }, { text: 'Thank you all.', lang: 'en' }, { text: 'x' }] },
    ]);
  });
});
