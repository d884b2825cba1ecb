/**
 * The Atom feed of a search against a real Meilisearch: newest first, at most 50 entries, the
 * filters of /suche, absolute links from PUBLIC_URL whatever Host the request names, hostile titles
 * escaped, and a 304 for an unchanged archive without a search reaching Meilisearch.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { isoDateToDayNumber, type Release } from '../../src/archive/release.js';
import { toSearchDocument } from '../../src/archive/search-document.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createApp, SEARCH_CACHE_CHECK_MS } from '../../src/web/app.js';
import { SEARCHES } from '../../src/web/search-methods.js';
import { createSearchService, type SearchService } from '../../src/web/search-service.js';
import { INDEX, startSite, type Site } from '../helpers/site-harness.js';
import { ALL_RELEASES, HOSTILE_ID, SCRIPT, SMWK_RELEASE } from '../helpers/site-releases.js';

const PUBLIC_URL = 'https://presse.example.de';

/** 60 more releases of the SMWK, one a day from 1 January 2020: more than a feed holds. */
const MANY: Release[] = Array.from({ length: 60 }, (_, i) => {
  const date = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
  return {
    ...SMWK_RELEASE,
    id: `smwk-${date}-tagesmeldung-${i}`,
    title: `Tagesmeldung ${i + 1}`,
    date,
    dateNum: isoDateToDayNumber(date)!,
    year: 2020,
    topics: ['Wissenschaft'],
  };
});

function parseFeed(xml: string) {
  const $ = cheerio.load(xml, { xml: true });
  const entries = $('feed > entry')
    .map((_, e) => ({
      id: $(e).children('id').text(),
      title: $(e).children('title').text(),
      href: $(e).children('link[rel="alternate"]').attr('href'),
      updated: $(e).children('updated').text(),
      published: $(e).children('published').text(),
      author: $(e).find('author > name').text(),
      categories: $(e)
        .children('category')
        .map((_i, c) => $(c).attr('term'))
        .get(),
      summary: $(e).children('summary').text(),
    }))
    .get();
  return { $, entries };
}

/** The search service with a count of the searches that reached Meilisearch. */
function counted(service: SearchService): { service: SearchService; searches: () => number } {
  let searches = 0;
  const proxy = new Proxy(service, {
    get(target, method, receiver) {
      const value: unknown = Reflect.get(target, method, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (SEARCHES.has(method)) searches += 1;
        return Reflect.apply(value, target, args);
      };
    },
  });
  return { service: proxy, searches: () => searches };
}

describe('Atom feed of a search (real Meilisearch)', { timeout: 90_000 }, () => {
  let site: Site;
  before(async () => {
    site = await startSite([...ALL_RELEASES, ...MANY]);
  });
  after(async () => {
    await site?.stop();
  });

  function appCounting(env: Record<string, string> = {}) {
    const config = loadConfig({ DATA_DIR: site.dataDir, LOG_LEVEL: 'silent', PUBLIC_URL, ...env });
    const meili = counted(createSearchService({ host: site.meili.url, apiKey: site.searchKey, index: INDEX }));
    return { app: createApp({ config, search: meili.service, log: createLogger('silent', 'test') }), ...meili };
  }

  test('all releases: Atom, German, the 50 newest, newest first, absolute links from PUBLIC_URL', async () => {
    const res = await request(site.app({ PUBLIC_URL })).get('/suche.atom').set('Host', 'angreifer.example');
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type']!, /^application\/atom\+xml; charset=utf-8$/);
    const { $, entries } = parseFeed(res.text);
    assert.equal($('feed').attr('xml:lang'), 'de');
    assert.equal($('feed > id').text(), `${PUBLIC_URL}/suche.atom`);
    assert.equal($('feed > title').text(), 'Alle Mitteilungen – Pressearchiv');
    assert.equal(entries.length, 50);
    const dates = entries.map((e) => e.published.slice(0, 10));
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    assert.equal(dates[0], '2026-06-02');
    for (const entry of entries) {
      assert.match(entry.id, /^https:\/\/presse\.example\.de\/mitteilung\/[a-z0-9-]+$/);
      assert.equal(entry.href, entry.id);
      assert.ok(entry.title && entry.updated && entry.author && entry.summary, JSON.stringify(entry));
    }
    assert.doesNotMatch(res.text, /angreifer\.example/, 'the Host header is never used');
  });

  test('a search with filters: its releases only, ordered by date whatever sortierung, seite and alle say', async () => {
    const app = site.app({ PUBLIC_URL: `${PUBLIC_URL}/archiv`, BASE_PATH: '/archiv' });
    const res = await request(app).get('/archiv/suche.atom?q=Lehrkr%C3%A4fte+Schuljahr&ministerium=SMK');
    assert.equal(res.status, 200);
    const { $, entries } = parseFeed(res.text);
    assert.ok(entries.length >= 1);
    for (const entry of entries) assert.match(entry.author, /Kultus/);
    const dates = entries.map((e) => e.published);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.equal(
      $('feed > link[rel="self"]').attr('href'),
      `${PUBLIC_URL}/archiv/suche.atom?q=Lehrkr%C3%A4fte+Schuljahr&ministerium=SMK`,
    );
    const ignored = await request(app).get(
      '/archiv/suche.atom?q=Lehrkr%C3%A4fte+Schuljahr&ministerium=SMK&sortierung=aelteste&seite=7&alle=ministerium',
    );
    assert.equal(ignored.status, 200);
    assert.equal(ignored.text, res.text);
    const topic = parseFeed((await request(app).get('/archiv/suche.atom?thema=Umwelt')).text).entries;
    assert.ok(topic.length > 0 && topic.every((e) => e.categories.includes('Umwelt')));
    assert.equal((await request(app).get('/archiv/suche.atom?von=31.02.2024')).status, 400);
  });

  test('a hostile title and summary stay text; the summary is plain, never highlighted', async () => {
    const res = await request(site.app()).get('/suche.atom?q=Polizeireform');
    assert.doesNotMatch(res.text, /<script|<img/);
    assert.ok(!res.text.includes('\u0001') && !res.text.includes('\u0002'), 'no highlight sentinels');
    const entry = parseFeed(res.text).entries.find((e) => e.id.endsWith(`/mitteilung/${HOSTILE_ID}`));
    assert.ok(entry);
    assert.equal(entry.title, `Polizeireform ${SCRIPT} beschlossen`);
    assert.match(entry.summary, /^Die Polizeireform <img src=x onerror=alert\(1\)> stärkt/);
    assert.doesNotMatch(entry.summary, /<mark>|…$/);
  });

  for (const cache of ['on', 'off']) {
    test(`an unchanged archive answers a conditional request with 304 and no search (search cache ${cache})`, async () => {
      const { app, searches } = appCounting(cache === 'off' ? { SEARCH_CACHE_MB: '0' } : {});
      const first = await request(app).get('/suche.atom?thema=Wissenschaft');
      assert.equal(first.status, 200);
      const etag = first.headers.etag!;
      const lastModified = first.headers['last-modified']!;
      assert.match(etag, /^W\/"/);
      assert.ok(lastModified);
      const before = searches();
      assert.ok(before > 0);
      const again = await request(app).get('/suche.atom?thema=Wissenschaft').set('If-None-Match', etag);
      assert.equal(again.status, 304);
      assert.equal(again.text, '');
      const since = await request(app).get('/suche.atom?thema=Wissenschaft').set('If-Modified-Since', lastModified);
      assert.equal(since.status, 304);
      assert.equal(searches(), before, 'no search reached Meilisearch');
      const other = await request(app).get('/suche.atom?thema=Bildung').set('If-None-Match', etag);
      assert.equal(other.status, 200, 'another search has another ETag');
    });
  }

  test('a change of the index changes the ETag: the next poll gets the new release', async () => {
    const { app } = appCounting();
    const first = await request(app).get('/suche.atom');
    const added: Release = {
      ...SMWK_RELEASE,
      id: 'smwk-2026-07-01-neu',
      title: 'Neue Mitteilung im Feed',
      date: '2026-07-01',
      dateNum: isoDateToDayNumber('2026-07-01')!,
    };
    const task = await site.meili.admin
      .index(INDEX)
      .addDocuments([toSearchDocument(added)])
      .waitTask();
    assert.equal(task.status, 'succeeded');
    await new Promise((resolve) => setTimeout(resolve, SEARCH_CACHE_CHECK_MS + 50));
    const next = await request(app).get('/suche.atom').set('If-None-Match', first.headers.etag!);
    assert.equal(next.status, 200);
    assert.notEqual(next.headers.etag, first.headers.etag);
    assert.equal(parseFeed(next.text).entries[0]!.title, 'Neue Mitteilung im Feed');
    await site.meili.admin.index(INDEX).deleteDocument(added.id).waitTask();
  });

  test('results pages and the start page link their feed, visibly and as <link rel="alternate">', async () => {
    const app = site.app();
    const page = cheerio.load(
      (await request(app).get('/suche?q=Schule&thema=Bildung&seite=1&sortierung=aelteste')).text,
    );
    const visible = page('main a').filter((_, a) => page(a).text() === 'Diese Suche als Feed abonnieren');
    assert.equal(visible.attr('href'), '/suche.atom?q=Schule&thema=Bildung');
    const alternate = page('head link[rel="alternate"][type="application/atom+xml"]');
    assert.equal(alternate.attr('href'), '/suche.atom?q=Schule&thema=Bildung');
    assert.equal(alternate.attr('title'), 'Diese Suche als Feed abonnieren');
    const start = cheerio.load((await request(app).get('/')).text);
    assert.equal(
      start('main a')
        .filter((_, a) => start(a).text() === 'Alle Mitteilungen als Feed abonnieren')
        .attr('href'),
      '/suche.atom',
    );
    assert.equal(start('head link[rel="alternate"]').attr('href'), '/suche.atom');
  });
});
