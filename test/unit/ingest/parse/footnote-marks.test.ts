import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { BodyNode } from '../../../../src/archive/body-structure.js';
import { linkFootnoteMarks } from '../../../../ingest/parse/footnote-marks.js';

const paragraph = (text: string): BodyNode => ({ type: 'paragraph', text: [{ text }] });

describe('linkFootnoteMarks', () => {
  test('a superscript mark after a word or sign becomes a run naming its note', () => {
    const [node] = linkFootnoteMarks(
      [paragraph('Rund 155.000 Kinder im Freistaat.¹ Mehr als die Hälfte²')],
      ['¹', '²'],
    );
    assert.deepEqual(node, {
      type: 'paragraph',
      text: [
        { text: 'Rund 155.000 Kinder im Freistaat.' },
        { text: '¹', note: 1 },
        { text: ' Mehr als die Hälfte' },
        { text: '²', note: 2 },
      ],
    });
  });

  test('asterisks after a word, in lists and tables; not a gender star, a unit power or a link', () => {
    const nodes = linkFootnoteMarks(
      [
        { type: 'list', ordered: false, items: [[{ text: 'Schulträger*' }]] },
        { type: 'table', rows: [[{ header: false, text: [{ text: '41*' }] }]] },
        paragraph('Lehrer*innen auf 50 m² Fläche'),
        { type: 'paragraph', text: [{ text: 'Förderportal*', href: 'https://example.org/' }] },
      ],
      ['*', '²'],
    );
    assert.deepEqual(JSON.stringify(nodes).match(/"note":\d/g), ['"note":1', '"note":1']);
    assert.deepEqual(nodes[2], paragraph('Lehrer*innen auf 50 m² Fläche'));
  });

  test('marks in brackets are left alone, and without notes nothing changes', () => {
    const nodes = [paragraph('Absatz (1) regelt das.')];
    assert.deepEqual(linkFootnoteMarks(nodes, ['(1)']), nodes);
    assert.deepEqual(linkFootnoteMarks(nodes, []), nodes);
  });
});
