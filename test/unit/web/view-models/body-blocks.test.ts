import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bodyBlocks } from '../../../../src/web/view-models/body-blocks.js';

const p = (text: string) => ({ type: 'paragraph', text: [{ text }] });

describe('bodyBlocks (records without a structured body)', () => {
  test('paragraphs stay paragraphs; a short line without punctuation is no heading', () => {
    assert.deepEqual(bodyBlocks(['Erster Absatz mit Satz.', 'Hintergrund', 'Mehr Text.', 'Oktober']), [
      p('Erster Absatz mit Satz.'),
      p('Hintergrund'),
      p('Mehr Text.'),
      p('Oktober'),
    ]);
  });

  test('bullets and numbers become lists; a dash before a number is no bullet', () => {
    assert.deepEqual(bodyBlocks(['Es gilt:', '• eins', '– zwei', '1. erstens', '2) zweitens', '- 28,5', 'Ende.']), [
      p('Es gilt:'),
      { type: 'list', ordered: false, items: [[{ text: 'eins' }], [{ text: 'zwei' }]] },
      { type: 'list', ordered: true, items: [[{ text: 'erstens' }], [{ text: 'zweitens' }]] },
      p('- 28,5'),
      p('Ende.'),
    ]);
  });

  test('quotes and empty paragraphs', () => {
    assert.deepEqual(bodyBlocks(['»Ein Zitat«', '', 'Text.']), [p('»Ein Zitat«'), p('Text.')]);
  });
});
