/**
 * How browsers and search engines find the archive, against a real Meilisearch: the OpenSearch
 * description and its link on every page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { startSite, type Site } from '../helpers/site-harness.js';
import { SMWK_ID } from '../helpers/site-releases.js';

const PUBLIC_URL = 'https://presse.example.de/archiv';
const ENV = { PUBLIC_URL, BASE_PATH: '/archiv' };

describe('discovery: OpenSearch (real Meilisearch)', { timeout: 60_000 }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.stop();
  });

  test('/opensearch.xml points at the search and its feed under PUBLIC_URL, whatever the Host header', async () => {
    const res = await request(site.app(ENV)).get('/archiv/opensearch.xml').set('Host', 'angreifer.example');
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type']!, /^application\/opensearchdescription\+xml; charset=utf-8$/);
    const $ = cheerio.load(res.text, { xml: true });
    assert.equal($('OpenSearchDescription > ShortName').text(), 'Pressearchiv');
    assert.equal($('Url[type="text/html"]').attr('template'), `${PUBLIC_URL}/suche?q={searchTerms}`);
    assert.equal($('Url[type="application/atom+xml"]').attr('template'), `${PUBLIC_URL}/suche.atom?q={searchTerms}`);
    assert.doesNotMatch(res.text, /angreifer/);
  });

  test('every page links the description as „Pressearchiv durchsuchen“', async () => {
    const app = site.app(ENV);
    for (const path of [
      '/archiv/',
      '/archiv/suche?q=Schule',
      `/archiv/mitteilung/${SMWK_ID}`,
      '/archiv/impressum',
      '/archiv/gibt-es-nicht',
    ]) {
      const $ = cheerio.load((await request(app).get(path)).text);
      const link = $('head link[rel="search"]');
      assert.equal(link.attr('href'), '/archiv/opensearch.xml', path);
      assert.equal(link.attr('type'), 'application/opensearchdescription+xml', path);
      assert.equal(link.attr('title'), 'Pressearchiv durchsuchen', path);
    }
  });
});
