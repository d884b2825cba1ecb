/**
 * Finds the main content of an HTML page: removes page furniture (scripts, styles, forms,
 * navigation, header/footer, asides, breadcrumbs, cookie banners, hidden elements; figures stay,
 * their alternative text and caption are text of the release), then takes
 * the first of article, [role=main], main, #content … that holds real text, else the element
 * with the most paragraph text.
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { countLetters } from '../../text/clean-text.js';

const ALWAYS_DROP = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'nav',
  'aside',
  'menu',
  'dialog',
  'head',
  '[hidden]',
  '[aria-hidden=true]',
  '[role=navigation]',
  '[role=banner]',
  '[role=contentinfo]',
  '[role=complementary]',
  '[role=search]',
  '[role=dialog]',
  '[role=alertdialog]',
  '[role=menu]',
].join(',');

/** Page header and footer, but not the header/footer of an article (which holds its title). */
const PAGE_FRAME = 'header, footer';

const BOILERPLATE_NAME =
  /(?:^|[-_\s])(?:breadcrumbs?|brotkrumen|cookies?|cookie\w+|consent\w*|gdpr|banner|navigation|nav|navbar|menu|submenu|sidebar|marginal\w*|quickbar|servicenav|metanav|social\w*|share|sharing|teilen|skip\w*|sprungmarken|footer|site-header|page-header|header-bar|newsletter|related|teaser\w*|pagination|pager|toolbar|tools|tags|schlagw\w*|keywords|badges?|attachments?|print|druck\w*|linktop|more|mehr|links|link-list|linkliste|verweisliste|comments?|comment-form|kommentar\w*|votes?|voting|rating|bewertung|caption|lightbox|visually-hidden|sr-only|invisible)(?:$|[-_\s])/i;

/** Headings of boxes next to the text ("Mehr zum Thema"): the heading and its box are dropped. */
const RELATED_HEADING =
  /^(?:Mehr zum Thema|Zum Thema|Weitere Informationen|Weiterführende (?:Informationen|Links)|Nützliche Links|Links|Downloads?|Schlagw(?:orte|örter)|Stichw(?:orte|örter)|Tags|Teilen(?: auf)?|Diese Seite teilen|Seite teilen|Bewertung|Kommentare?|Neuen Kommentar hinzufügen|Das könnte Sie auch interessieren|Verwandte (?:Themen|Artikel|Meldungen)|Ähnliche (?:Artikel|Meldungen)|Adressen)$/i;

/** Only containers are dropped by id/class: a lead paragraph may well be class="teaser". */
const CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'header', 'footer', 'span', 'a', 'figure']);

const CANDIDATES = [
  'article',
  '[role=main]',
  'main',
  '#content',
  '#main-content',
  '#maincontent',
  '#inhalt',
  '#main',
  '.content',
  '#contentArea',
];
const MIN_LETTERS = 150;

/** A box with the press contact inside the article is part of the release, even as an <aside>. */
const CONTACT_BOX = /Pressekontakt|Ansprechpartner|Pressesprecher|Rückfragen|Medienkontakt/i;

function removeFurniture($: CheerioAPI): void {
  $(ALWAYS_DROP)
    .filter(
      (_, el) => !($(el).is('aside') && $(el).parents('article, main').length > 0 && CONTACT_BOX.test($(el).text())),
    )
    .remove();
  $(PAGE_FRAME)
    .filter((_, el) => $(el).parents('article, main, [role=main]').length === 0)
    .remove();
  $('[style]')
    .filter((_, el) => /display\s*:\s*none|visibility\s*:\s*hidden/i.test($(el).attr('style') ?? ''))
    .remove();
  $('h1, h2, h3, h4, h5, h6')
    .filter((_, el) => RELATED_HEADING.test($(el).text().trim()))
    .each((_, el) => {
      const box = $(el).parent();
      const ownsBox = box.children().first().is(el) && box.find('h1, h2, h3, h4, h5, h6').length === 1;
      if (ownsBox && !box.is('body, main, article, [role=main]')) box.remove();
      else {
        $(el).nextUntil('h1, h2, h3, h4, h5, h6').filter('ul, ol, dl, div, p').remove();
        $(el).remove();
      }
    });
  $('[id], [class]')
    .filter((_, el) => {
      if (!CONTAINERS.has(el.tagName)) return false;
      return BOILERPLATE_NAME.test(`${$(el).attr('id') ?? ''} ${$(el).attr('class') ?? ''}`);
    })
    .remove();
}

function letters($: CheerioAPI, node: Cheerio<AnyNode>): number {
  return countLetters(node.text());
}

/** Readability-style fallback: the element whose own paragraphs hold the most letters. */
function largestTextBlock($: CheerioAPI): Cheerio<AnyNode> {
  let best: { element: Element; score: number } | undefined;
  $('body *').each((_, element) => {
    const ownText = $(element).children('p, br').length > 0 || element.tagName === 'td';
    if (!ownText) return;
    const score =
      countLetters($(element).children('p').text()) +
      countLetters(
        $(element)
          .contents()
          .filter((_, n) => n.type === 'text')
          .text(),
      );
    if (!best || score > best.score) best = { element, score };
  });
  return best ? $(best.element) : $('body');
}

export function selectMainContent($: CheerioAPI): Cheerio<AnyNode> {
  removeFurniture($);
  for (const selector of CANDIDATES) {
    const matches = $(selector);
    if (matches.length === 0) continue;
    const ranked = matches.toArray().sort((a, b) => letters($, $(b)) - letters($, $(a)));
    const [first] = ranked;
    if (first && letters($, $(first)) >= MIN_LETTERS) return $(first);
  }
  return largestTextBlock($);
}
