import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { selectMainContent } from '../../../../../ingest/extract/html/html-main-content.js';

/** A paragraph of real text: well over the 150 letters a candidate needs. */
const RELEASE_TEXT =
  'Das Staatsministerium für Kultus stellt zum neuen Schuljahr zwölfhundert neue Lehrkräfte ein. ' +
  'Die Ministerin dankte allen Beteiligten für die gute Zusammenarbeit bei der Gewinnung des Nachwuchses.';

/** The text nodes of the selected element, joined by spaces (so that blocks do not run together). */
function mainText(html: string): string {
  const $ = load(html);
  const words: string[] = [];
  const collect = (node: AnyNode): void => {
    if (node.type === 'text') words.push(node.data);
    else if ('children' in node) node.children.forEach(collect);
  };
  selectMainContent($).each((_, node) => collect(node));
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

describe('selectMainContent', () => {
  test('takes the <article> and drops the page header, navigation and footer around it', () => {
    const text = mainText(
      `<body><header>Landesportal Kopf</header><nav>Startseite Themen</nav>
       <article><h1>Neue Lehrkräfte</h1><p>${RELEASE_TEXT}</p></article>
       <footer>Impressum Datenschutz</footer></body>`,
    );
    assert.equal(text, `Neue Lehrkräfte ${RELEASE_TEXT}`);
  });

  test('the header of an article (with its title) is kept', () => {
    const text = mainText(
      `<body><article><header><h1>Titel im Kopf</h1></header><p>${RELEASE_TEXT}</p></article></body>`,
    );
    assert.ok(text.startsWith('Titel im Kopf '), text);
  });

  test('a candidate with too little text is passed over for the next one', () => {
    const text = mainText(`<body><article>Kurzer Hinweis</article><main><p>${RELEASE_TEXT}</p></main></body>`);
    assert.equal(text, RELEASE_TEXT);
  });

  test('of several articles the one with the most text is taken', () => {
    const text = mainText(
      `<body><article><p>Auch lang genug: ${RELEASE_TEXT}</p></article><article><p>${RELEASE_TEXT}</p><p>Zweiter Absatz mit mehr Text.</p></article></body>`,
    );
    assert.equal(text, `${RELEASE_TEXT} Zweiter Absatz mit mehr Text.`);
  });

  test('scripts, forms, hidden elements and boilerplate boxes inside the article are removed', () => {
    const text = mainText(
      `<body><article>
         <div class="breadcrumb">Start › Presse</div>
         <p>${RELEASE_TEXT}</p>
         <script>var tracking = 1;</script>
         <form><input value="Suche"><button>Los</button></form>
         <p hidden>Versteckt</p>
         <div style="display: none">Auch versteckt</div>
         <div id="social-share">Teilen auf Mastodon</div>
         <div class="cookie-banner">Cookies akzeptieren</div>
       </article></body>`,
    );
    assert.equal(text, RELEASE_TEXT);
  });

  test('a lead paragraph with class "teaser" is not dropped (only containers are)', () => {
    const text = mainText(`<body><article><p class="teaser">Der Vorspann.</p><p>${RELEASE_TEXT}</p></article></body>`);
    assert.equal(text, `Der Vorspann. ${RELEASE_TEXT}`);
  });

  test('a "Mehr zum Thema" box is dropped with its heading', () => {
    const text = mainText(
      `<body><article><p>${RELEASE_TEXT}</p><section><h2>Mehr zum Thema</h2><ul><li>Andere Meldung</li></ul></section></article></body>`,
    );
    assert.equal(text, RELEASE_TEXT);
  });

  test('an <aside> with the press contact inside the article is kept; other asides are dropped', () => {
    const text = mainText(
      `<body><article><p>${RELEASE_TEXT}</p>
       <aside>Pressekontakt: Anna Muster, Telefon 0351 123</aside>
       <aside>Weitere Meldungen des Hauses</aside></article></body>`,
    );
    assert.equal(text, `${RELEASE_TEXT} Pressekontakt: Anna Muster, Telefon 0351 123`);
  });

  test('without any candidate, the element with the most paragraph text is taken', () => {
    const text = mainText(
      `<body><div class="x"><p>Kurz.</p></div><div class="y"><p>${RELEASE_TEXT}</p><p>Noch ein Absatz.</p></div></body>`,
    );
    assert.equal(text, `${RELEASE_TEXT} Noch ein Absatz.`);
  });
});
