/**
 * How browsers and search engines find the archive, against a real Meilisearch: the OpenSearch
 * description and its link on every page, the sitemap (split into an index of files beyond a size)
 * and robots.txt.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { toSearchDocument } from '../../src/archive/search-document.js';
import { SEARCH_CACHE_CHECK_MS } from '../../src/web/app.js';
import { INDEX, startSite, type Site } from '../helpers/site-harness.js';
import { ALL_RELEASES, OLD_SAMPLE, REAL_SAMPLE, SAMPLE, SMWK_ID } from '../helpers/site-releases.js';

const PUBLIC_URL = 'https://presse.example.de/archiv';
const ENV = { PUBLIC_URL, BASE_PATH: '/archiv' };

const LISTED = [...ALL_RELEASES, REAL_SAMPLE].map((r) => r.id);

function locs(xml: string, element: 'url' | 'sitemap'): string[] {
  const $ = cheerio.load(xml, { xml: true });
  return $(`${element} > loc`)
    .map((_, e) => $(e).text())
    .get();
}

describe('discovery: OpenSearch, sitemap, robots.txt (real Meilisearch)', { timeout: 60_000 }, () => {
  let site: Site;
  before(async () => {
    site = await startSite([...ALL_RELEASES, SAMPLE, OLD_SAMPLE, REAL_SAMPLE]);
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

  test('/sitemap.xml lists every release page with lastmod, under PUBLIC_URL; invented samples are left out', async () => {
    const res = await request(site.app(ENV)).get('/archiv/sitemap.xml').set('Host', 'angreifer.example');
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type']!, /^application\/xml; charset=utf-8$/);
    const $ = cheerio.load(res.text, { xml: true });
    assert.equal($('urlset').attr('xmlns'), 'http://www.sitemaps.org/schemas/sitemap/0.9');
    assert.deepEqual(locs(res.text, 'url').sort(), LISTED.map((id) => `${PUBLIC_URL}/mitteilung/${id}`).sort());
    assert.equal($('url > lastmod').length, LISTED.length);
    assert.equal($('url > lastmod').first().text(), '2026-06-03T08:15:00.000Z');
    assert.doesNotMatch(res.text, /beispiel|angreifer/);
  });

  test('beyond SITEMAP_URLS_PER_FILE the sitemap is an index of files that together list every page once', async () => {
    const app = site.app({ ...ENV, SITEMAP_URLS_PER_FILE: '4' });
    const index = await request(app).get('/archiv/sitemap.xml');
    assert.equal(index.status, 200);
    const files = locs(index.text, 'sitemap');
    const count = Math.ceil(LISTED.length / 4);
    assert.deepEqual(
      files,
      Array.from({ length: count }, (_, i) => `${PUBLIC_URL}/sitemap-${i + 1}.xml`),
    );
    const listed: string[] = [];
    for (const file of files) {
      const part = await request(app).get(new URL(file).pathname);
      assert.equal(part.status, 200, file);
      const urls = locs(part.text, 'url');
      assert.ok(urls.length >= 1 && urls.length <= 4, `${file}: ${urls.length}`);
      listed.push(...urls);
    }
    assert.deepEqual(listed.sort(), LISTED.map((id) => `${PUBLIC_URL}/mitteilung/${id}`).sort());
    assert.equal((await request(app).get(`/archiv/sitemap-${count + 1}.xml`)).status, 404);
    assert.equal((await request(app).get('/archiv/sitemap-0.xml')).status, 404);
    assert.equal((await request(app).get('/archiv/sitemap-x.xml')).status, 404);
  });

  test('a withdrawn release leaves the sitemap; an unchanged archive answers 304', async () => {
    const app = site.app(ENV);
    const first = await request(app).get('/archiv/sitemap.xml');
    const again = await request(app).get('/archiv/sitemap.xml').set('If-None-Match', first.headers.etag!);
    assert.equal(again.status, 304);
    const withdrawn = LISTED[3]!;
    const removed = ALL_RELEASES.find((r) => r.id === withdrawn)!;
    assert.equal((await site.meili.admin.index(INDEX).deleteDocument(withdrawn).waitTask()).status, 'succeeded');
    try {
      await new Promise((resolve) => setTimeout(resolve, SEARCH_CACHE_CHECK_MS + 50));
      const after = await request(app).get('/archiv/sitemap.xml').set('If-None-Match', first.headers.etag!);
      assert.equal(after.status, 200);
      assert.equal(locs(after.text, 'url').length, LISTED.length - 1);
      assert.doesNotMatch(after.text, new RegExp(withdrawn));
    } finally {
      await site.meili.admin
        .index(INDEX)
        .addDocuments([toSearchDocument(removed)])
        .waitTask();
    }
  });

  test('/robots.txt names the sitemap under PUBLIC_URL and keeps crawlers off the search', async () => {
    const res = await request(site.app(ENV)).get('/archiv/robots.txt');
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type']!, /^text\/plain/);
    assert.match(res.text, /^User-agent: \*$/m);
    assert.match(res.text, /^Disallow: \/archiv\/suche$/m);
    assert.match(res.text, new RegExp(`^Sitemap: ${PUBLIC_URL}/sitemap.xml$`, 'm'));
  });
});
