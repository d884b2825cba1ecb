/** Every public page names its canonical URL, absolute from PUBLIC_URL and never from the Host header. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { archiveApp } from '../../../helpers/archive-app.js';
import { fakeRelease } from '../../../helpers/fake-search.js';

const ORIGIN = 'https://presse.example.de';

describe('canonical URLs of the public pages', { timeout: 30_000 }, () => {
  const app = archiveApp([fakeRelease('smwk-2026-06-02-agenda')]);

  async function canonicalOf(url: string): Promise<string | undefined> {
    const res = await request(app()).get(url).set('Host', 'angreifer.example');
    assert.equal(res.status, 200, `${url} answered ${res.status}`);
    const links = cheerio.load(res.text)('head link[rel="canonical"]');
    assert.ok(links.length <= 1, `${url}: one canonical link at most`);
    return links.attr('href');
  }

  test('start, help, legal pages and the feedback form: their own address', async () => {
    const pages: Array<[string, string]> = [
      ['/archiv/', '/archiv/'],
      ['/archiv/suchhilfe', '/archiv/suchhilfe'],
      ['/archiv/barrierefreiheit', '/archiv/barrierefreiheit'],
      ['/archiv/impressum', '/archiv/impressum'],
      ['/archiv/datenschutz', '/archiv/datenschutz'],
      ['/archiv/leichte-sprache', '/archiv/leichte-sprache'],
      ['/archiv/gebaerdensprache', '/archiv/gebaerdensprache'],
      // The page the visitor came from is a field of the form, not a page of its own.
      ['/archiv/barriere-melden?seite=%2Farchiv%2Fsuchhilfe', '/archiv/barriere-melden'],
    ];
    for (const [url, canonical] of pages) assert.equal(await canonicalOf(url), `${ORIGIN}${canonical}`, url);
  });

  test('search pages: the search in the site’s order of parameters, so equal searches share one URL', async () => {
    const expected = `${ORIGIN}/archiv/suche?q=Hochschule&jahr=2026&sortierung=neueste&seite=2`;
    assert.equal(await canonicalOf('/archiv/suche?seite=2&sortierung=neueste&jahr=2026&q=Hochschule'), expected);
    assert.equal(await canonicalOf('/archiv/suche?q=Hochschule&jahr=2026&sortierung=neueste&seite=2'), expected);
    assert.equal(await canonicalOf('/archiv/suche'), `${ORIGIN}/archiv/suche`);
  });
});
