import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Handlebars from 'handlebars';
import { createViewEngine } from '../../../src/web/view-engine.js';
import { SITE_NAME, TEXT } from '../../../src/web/texts/site-texts.js';

const operator = {
  name: 'Pressearchiv <Betrieb> & Co',
  address: 'Carolaplatz 1, 01097 Dresden',
  email: 'info@example.org',
  phone: '0351 123',
  responsible: 'Anna Muster',
  arbitrationUrl: 'https://example.org/schlichtung',
  arbitrationName: 'Schlichtungsstelle',
};

describe('createViewEngine', () => {
  const views = createViewEngine();

  test('a page is rendered inside the layout, with the base path in its links', () => {
    const html = views.render('impressum', { pageTitle: 'Impressum – Pressearchiv', base: '/archiv', operator });
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<title>Impressum – Pressearchiv<\/title>/);
    assert.match(html, /<main id="inhalt"[^>]*>\s*<h1>Impressum<\/h1>/);
    assert.ok(html.includes('href="/archiv/static/site.css"'));
  });

  test('the navigation marks the link of the page shown with aria-current, and only that one', () => {
    const html = views.render('impressum', { pageTitle: 'Impressum – Pressearchiv', base: '/archiv', operator });
    assert.deepEqual(html.match(/<a [^>]*aria-current="page"[^>]*>/g), [
      '<a href="/archiv/impressum" aria-current="page">',
    ]);
    const help = views.render('search-help', { pageTitle: 'Suchhilfe', base: '' });
    assert.deepEqual(help.match(/<a [^>]*aria-current="page"[^>]*>/g), ['<a href="/suchhilfe" aria-current="page">']);
  });

  test('the footer link „Barriere melden“ names the page it was followed from', () => {
    const meta = { canonicalUrl: 'https://archiv.example/suche?q=Schule&thema=Bildung' };
    const html = views.render('impressum', { pageTitle: 'Impressum', base: '', operator, meta });
    assert.ok(
      html.includes(
        'href="/barriere-melden?seite=https%3A%2F%2Farchiv.example%2Fsuche%3Fq%3DSchule%26thema%3DBildung"',
      ),
    );
    const form = views.render('barriere-melden', {
      pageTitle: 'Barriere melden',
      base: '',
      meta,
      values: {},
      errors: {},
      limits: {},
    });
    assert.ok(form.includes('<a href="/barriere-melden" aria-current="page">'), 'the form does not name itself');
  });

  test('every value is escaped, in the page and in the layout', () => {
    const html = views.render('impressum', { pageTitle: '<script>alert(1)</script>', base: '', operator });
    assert.ok(!html.includes('<script>alert(1)</script>'));
    assert.ok(html.includes('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>'));
    assert.ok(html.includes('Pressearchiv &lt;Betrieb&gt; &amp; Co'));
    assert.ok(!html.includes('<Betrieb>'));
  });

  test('the site texts reach the templates as @t and @siteName', () => {
    const html = views.render('impressum', { pageTitle: 'x', base: '', operator });
    assert.ok(html.includes(`>${TEXT.layout.skipToContent}</a>`));
    assert.ok(html.includes(`>${SITE_NAME}<span`));
  });

  test('an unknown page is an error naming it', () => {
    assert.throws(() => views.render('gibt-es-nicht', {}), { message: 'Unknown page template "gibt-es-nicht"' });
  });

  test('helpers given at creation are available to the templates', () => {
    const withHelper = createViewEngine({
      highlight: (text: unknown) => new Handlebars.SafeString(`<mark>${String(text)}</mark>`),
    });
    const html = withHelper.render('search', {
      pageTitle: 'Suche',
      base: '',
      results: { items: [{ id: 'a', url: '/mitteilung/a', title: 'Titel', snippet: 'Schnipsel', topics: [] }] },
    });
    assert.ok(html.includes('<mark>'), 'the highlight helper was not used');
  });
});
