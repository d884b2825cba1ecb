import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { robotsTxt } from '../../../../src/web/discovery/robots-txt.js';
import {
  SITEMAP_MAX_URLS,
  sitemapFileCount,
  sitemapIndex,
  sitemapUrlSet,
} from '../../../../src/web/discovery/sitemap.js';

test('a urlset lists each page with loc and lastmod, escaped', () => {
  const xml = sitemapUrlSet([
    { loc: 'https://a.de/mitteilung/x-1', lastmod: '2026-06-03T08:15:00.000Z' },
    { loc: 'https://a.de/mitteilung/x-2?a=1&b=2' },
  ]);
  const $ = cheerio.load(xml, { xml: true });
  assert.equal($('urlset').attr('xmlns'), 'http://www.sitemaps.org/schemas/sitemap/0.9');
  assert.deepEqual(
    $('urlset > url > loc')
      .map((_, e) => $(e).text())
      .get(),
    ['https://a.de/mitteilung/x-1', 'https://a.de/mitteilung/x-2?a=1&b=2'],
  );
  assert.match(xml, /x-2\?a=1&amp;b=2/);
  assert.equal($('url').first().children('lastmod').text(), '2026-06-03T08:15:00.000Z');
  assert.equal($('url').last().children('lastmod').length, 0);
});

test('an index lists sitemap files; neither holds more than the protocol allows', () => {
  const $ = cheerio.load(sitemapIndex([{ loc: 'https://a.de/sitemap-1.xml' }, { loc: 'https://a.de/sitemap-2.xml' }]), {
    xml: true,
  });
  assert.equal($('sitemapindex > sitemap > loc').length, 2);
  const many = Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => ({ loc: `https://a.de/${i}` }));
  assert.throws(() => sitemapUrlSet(many), /at most 50000/);
  assert.throws(() => sitemapIndex(many), /at most 50000/);
  assert.equal(SITEMAP_MAX_URLS, 50_000);
});

test('file count: one for an empty archive, then one per full or started file', () => {
  assert.equal(sitemapFileCount(0, 3), 1);
  assert.equal(sitemapFileCount(3, 3), 1);
  assert.equal(sitemapFileCount(4, 3), 2);
  assert.equal(sitemapFileCount(100_001, 50_000), 3);
});

test('robots.txt keeps crawlers off search, feeds, API and the form, and names the sitemap', () => {
  assert.equal(
    robotsTxt('/archiv', 'https://a.de/archiv/sitemap.xml'),
    'User-agent: *\nDisallow: /archiv/suche\nDisallow: /archiv/api/\nDisallow: /archiv/barriere-melden\n\nSitemap: https://a.de/archiv/sitemap.xml\n',
  );
});
