import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { load } from 'cheerio';
import { htmlToBlocks } from '../../../../../ingest/extract/html/html-blocks.js';
import type { TextBlock } from '../../../../../ingest/extract/extracted-document.js';

function blocks(bodyHtml: string): TextBlock[] {
  const $ = load(`<html><body><div id="main">${bodyHtml}</div></body></html>`);
  const root = $('#main').get(0);
  assert.ok(root);
  return htmlToBlocks(root);
}

const texts = (bodyHtml: string): string[] => blocks(bodyHtml).map((block) => block.text);

describe('htmlToBlocks', () => {
  test('each block element is a paragraph of its own', () => {
    assert.deepEqual(
      texts('<p>Erster Absatz.</p><div>Zweiter Absatz.</div><ul><li>Punkt eins</li><li>Punkt zwei</li></ul>'),
      ['Erster Absatz.', 'Zweiter Absatz.', 'Punkt eins', 'Punkt zwei'],
    );
  });

  test('inline elements do not break a block; whitespace is collapsed', () => {
    assert.deepEqual(
      texts('<p>Die <strong>Staatsministerin</strong>\n   sagte: <a href="#">„Wir   fördern“</a>.</p>'),
      ['Die Staatsministerin sagte: „Wir fördern“.'],
    );
  });

  test('headings become heading blocks with their level', () => {
    assert.deepEqual(blocks('<h2>Neue <em>Lehrkräfte</em></h2><p>Text.</p>'), [
      { kind: 'heading', text: 'Neue Lehrkräfte', lines: ['Neue Lehrkräfte'], level: 2 },
      { kind: 'paragraph', text: 'Text.', lines: ['Text.'] },
    ]);
  });

  test('a figure gives its image as „Bild: …“ and keeps the rest it holds; only a real credit is cut', () => {
    assert.deepEqual(
      texts(
        '<figure><img src="a.jpg" alt="Die neue Brücke"><table><tr><th>Jahr</th><th>Kosten</th></tr>' +
          '<tr><td>2025</td><td>4 Mio.</td></tr></table>' +
          '<figcaption>Vorher-Nachher-Bild: die Brücke 2020 und 2025. Foto: Amt</figcaption></figure>',
      ),
      ['Bild: Die neue Brücke – Vorher-Nachher-Bild: die Brücke 2020 und 2025.', 'Jahr | Kosten 2025 | 4 Mio.'],
    );
  });

  test('a <br> inside a heading does not glue its words', () => {
    assert.deepEqual(texts('<h1>Medieninformation<br>Neue Schulen</h1>'), ['Medieninformation Neue Schulen']);
  });

  test('lines separated by a single <br> become blocks of their own', () => {
    assert.deepEqual(texts('<p>Pressestelle<br>Telefon: 0351 123<br>E-Mail: presse@sk.sachsen.de</p>'), [
      'Pressestelle',
      'Telefon: 0351 123',
      'E-Mail: presse@sk.sachsen.de',
    ]);
  });

  test('a <br>-line starting lower-case continues the previous line unless that ended a sentence', () => {
    assert.deepEqual(
      texts('<p>Das Ministerium fördert die Schulen, die<br>neue Räume bauen.<br>danach kommt etwas.</p>'),
      ['Das Ministerium fördert die Schulen, die neue Räume bauen.', 'danach kommt etwas.'],
    );
  });

  test('an empty line (<br><br>) ends a paragraph, even before a lower-case line', () => {
    assert.deepEqual(texts('<p>Erster Teil ohne Punkt<br><br>zweiter Teil</p>'), [
      'Erster Teil ohne Punkt',
      'zweiter Teil',
    ]);
  });

  test('text directly in the container and nested blocks keep their order', () => {
    assert.deepEqual(texts('Dresden, 12. März 2024<div><p>Absatz eins.</p></div>Schluss'), [
      'Dresden, 12. März 2024',
      'Absatz eins.',
      'Schluss',
    ]);
  });

  test('empty elements and comments give no blocks', () => {
    assert.deepEqual(texts('<p>  </p><div><!-- Kommentar --></div><p>\u00a0</p><h3> </h3>'), []);
  });
});
