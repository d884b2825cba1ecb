import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeHtml, highlightToHtml, stripHighlight } from '../../../../src/web/view-models/highlight.js';

describe('highlightToHtml', () => {
  test('escapes the text, then turns sentinel pairs into <mark>', () => {
    assert.equal(highlightToHtml('Zell- und \u0001Gentherapie\u0002n'), 'Zell- und <mark>Gentherapie</mark>n');
    assert.equal(
      highlightToHtml('<script>alert(1)</script> \u0001Reform\u0002 <img src=x onerror=alert(1)>'),
      '&lt;script&gt;alert(1)&lt;/script&gt; <mark>Reform</mark> &lt;img src&#61;x onerror&#61;alert(1)&gt;',
    );
  });

  test('markup inside a highlight is escaped too; stray sentinels disappear, marks stay balanced', () => {
    assert.equal(highlightToHtml('\u0001<b>\u0002'), '<mark>&lt;b&gt;</mark>');
    assert.equal(highlightToHtml('a\u0001b \u0001c\u0002 d\u0002'), 'ab <mark>c</mark> d');
    assert.equal(highlightToHtml('\u0002x\u0001'), 'x');
  });

  test('plain text for the API', () => {
    assert.equal(stripHighlight('a \u0001b\u0002 <c>'), 'a b <c>');
  });

  test('escapeHtml covers the attribute-breaking characters', () => {
    assert.equal(escapeHtml(`&<>"'\`=`), '&amp;&lt;&gt;&quot;&#39;&#96;&#61;');
  });
});
