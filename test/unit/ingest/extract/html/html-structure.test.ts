import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { load } from 'cheerio';
import { htmlToBlocks } from '../../../../../ingest/extract/html/html-blocks.js';
import type { TextBlock } from '../../../../../ingest/extract/extracted-document.js';

function blocks(bodyHtml: string, base?: string): TextBlock[] {
  const $ = load(`<html><body><div id="main">${bodyHtml}</div></body></html>`);
  return htmlToBlocks($('#main').get(0)!, base);
}

describe('htmlToBlocks: links', () => {
  test('a link keeps its filtered target as a run; the text is unchanged', () => {
    const [block] = blocks(
      '<p>Anträge gibt es <a href="https://www.example.org/antrag">  hier </a> und sonst nicht.</p>',
    );
    assert.equal(block?.text, 'Anträge gibt es hier und sonst nicht.');
    assert.deepEqual(block?.runs, [
      { text: 'Anträge gibt es ' },
      { text: 'hier', href: 'https://www.example.org/antrag' },
      { text: ' und sonst nicht.' },
    ]);
  });

  test('hostile and relative links without a base become plain text', () => {
    const html =
      '<p><a href="javascript:alert(1)">eins</a> <a href="java&#x09;script:alert(1)">zwei</a> ' +
      '<a href=" data:text/html,x">drei</a> <a href="/relativ">vier</a> <a href="//evil.example/">fünf</a></p>';
    const [block] = blocks(html);
    assert.equal(block?.text, 'eins zwei drei vier fünf');
    assert.equal(block?.runs, undefined);
  });

  test('relative links are resolved against the page address', () => {
    const [block] = blocks('<p><a href="/formular.pdf">Formular</a></p>', 'https://www.example.org/presse/pm.html');
    assert.deepEqual(block?.runs, [{ text: 'Formular', href: 'https://www.example.org/formular.pdf' }]);
  });
});

describe('htmlToBlocks: lists, tables, typographic headings', () => {
  test('list items carry their list; two lists stay apart', () => {
    const result = blocks('<ul><li>eins</li><li>zwei</li></ul><ol><li>erstens</li></ol>');
    assert.deepEqual(
      result.map((b) => [b.text, b.list?.ordered]),
      [
        ['eins', false],
        ['zwei', false],
        ['erstens', true],
      ],
    );
    assert.equal(result[0]?.list?.id, result[1]?.list?.id);
    assert.notEqual(result[1]?.list?.id, result[2]?.list?.id);
  });

  test('a data table with caption, header cells and their scope', () => {
    const [block] = blocks(
      '<table><caption>Förderung 2026</caption><thead><tr><th>Kreis</th><th>Euro</th></tr></thead>' +
        '<tbody><tr><th>Meißen</th><td><a href="https://example.org/m">1.000</a></td></tr>' +
        '<tr><td colspan="2">Summe folgt</td></tr></tbody></table>',
    );
    assert.deepEqual(block?.table, {
      caption: 'Förderung 2026',
      rows: [
        [
          { header: true, scope: 'col', text: [{ text: 'Kreis' }] },
          { header: true, scope: 'col', text: [{ text: 'Euro' }] },
        ],
        [
          { header: true, scope: 'row', text: [{ text: 'Meißen' }] },
          { header: false, text: [{ text: '1.000', href: 'https://example.org/m' }] },
        ],
        [{ header: false, text: [{ text: 'Summe folgt' }], colspan: 2 }],
      ],
    });
    assert.deepEqual(block?.lines, ['Kreis | Euro', 'Meißen | 1.000', 'Summe folgt']);
  });

  test('a layout table (one column, or prose in its cells) is read as text', () => {
    const prose = 'Ein langer Absatz. '.repeat(40);
    assert.ok(
      blocks(`<table><tr><td>${prose}</td><td>Rand</td></tr><tr><td>a</td><td>b</td></tr></table>`).every(
        (b) => !b.table,
      ),
    );
    assert.ok(blocks('<table><tr><td>nur</td></tr><tr><td>eine Spalte</td></tr></table>').every((b) => !b.table));
    assert.ok(
      blocks('<table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>').every(
        (b) => !b.table,
      ),
    );
  });

  test('a paragraph wholly in bold is a heading by type; bold inside a sentence is not', () => {
    const result = blocks(
      '<p><strong><u>Landkreis Meißen</u><br><br>Einbruch in Firmenbüro </strong><br><br>' +
        'Zeit: 05.04.2019<br>Ort: Meißen<br><br>Der <strong>Täter</strong> floh.<br><br><strong>1.</strong><br><br>' +
        '<strong>Hinweis:</strong></p>',
    );
    assert.deepEqual(
      result.map((b) => [b.text, b.rank]),
      [
        ['Landkreis Meißen', 11],
        ['Einbruch in Firmenbüro', 12],
        ['Zeit: 05.04.2019', undefined],
        ['Ort: Meißen', undefined],
        ['Der Täter floh.', undefined],
        ['1.', undefined],
        ['Hinweis:', undefined],
      ],
    );
  });
});
