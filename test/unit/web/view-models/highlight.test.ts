import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeHtml, highlightToHtml, stripHighlight } from '../../../../src/web/view-models/highlight.js';

describe('highlightToHtml', () => {
  test('escapes the text, then turns sentinel pairs into <mark>', () => {
    assert.equal(highlightToHtml('Zell- und \u0001Gentherapie\u0002'), 'Zell- und <mark>Gentherapie</mark>');
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

  test('marks cover whole words: a prefix match is widened, a fragment inside a word is dropped', () => {
    assert.equal(highlightToHtml('Zell- und \u0001Gentherapie\u0002n.'), 'Zell- und <mark>Gentherapien</mark>.');
    assert.equal(highlightToHtml('in den vergan\u0001gen\u0002en Jahren'), 'in den vergangenen Jahren');
    assert.equal(highlightToHtml('Der \u0001Senat\u0002-Beschluss'), 'Der <mark>Senat</mark>-Beschluss');
    assert.equal(
      highlightToHtml('\u0001Straße\u0002n<script>x</script>'),
      '<mark>Straßen</mark>&lt;script&gt;x&lt;/script&gt;',
      'widened over letters only, the rest escaped',
    );
    assert.equal(highlightToHtml('\u0001Über\u0002gänge'), '<mark>Übergänge</mark>', 'letters beyond ASCII');
    assert.equal(
      highlightToHtml('\u0001Gen\u0002\u0001therapie\u0002n'),
      '<mark>Gentherapien</mark>',
      'adjacent marks (parts of a compound) are one',
    );
  });

  test('plain text for the API', () => {
    assert.equal(stripHighlight('a \u0001b\u0002 <c>'), 'a b <c>');
  });

  test('escapeHtml covers the attribute-breaking characters', () => {
    assert.equal(escapeHtml(`&<>"'\`=`), '&amp;&lt;&gt;&quot;&#39;&#96;&#61;');
  });
});
