import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bodyBlocks } from '../../../../src/web/view-models/body-blocks.js';

describe('bodyBlocks', () => {
  test('paragraphs stay paragraphs; short unpunctuated lines before more text become headings', () => {
    assert.deepEqual(bodyBlocks(['Erster Absatz mit Satz.', 'Hintergrund', 'Mehr Text.', 'Letzte Zeile ohne Punkt']), [
      { paragraph: 'Erster Absatz mit Satz.' },
      { heading: 'Hintergrund' },
      { paragraph: 'Mehr Text.' },
      { paragraph: 'Letzte Zeile ohne Punkt' },
    ]);
  });

  test('bullets and numbers become lists', () => {
    assert.deepEqual(bodyBlocks(['Es gilt:', '• eins', '– zwei', '1. erstens', '2) zweitens', 'Ende.']), [
      { paragraph: 'Es gilt:' },
      { list: ['eins', 'zwei'], ordered: false },
      { list: ['erstens', 'zweitens'], ordered: true },
      { paragraph: 'Ende.' },
    ]);
  });

  test('quotes and empty paragraphs', () => {
    assert.deepEqual(bodyBlocks(['»Ein Zitat«', '', 'Text.']), [{ paragraph: '»Ein Zitat«' }, { paragraph: 'Text.' }]);
  });
});
