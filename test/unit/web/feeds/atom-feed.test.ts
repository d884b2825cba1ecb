import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { atomFeed, type AtomFeed } from '../../../../src/web/feeds/atom-feed.js';
import { germanMidnight, rfc3339 } from '../../../../src/web/feeds/feed-dates.js';
import { feedValidators } from '../../../../src/web/feeds/feed-validators.js';

const HOSTILE = 'Reform ]]></title><script>alert(1)</script>\u0001\u001b & „Zitat“';

const FEED: AtomFeed = {
  selfUrl: 'https://presse.example.de/archiv/suche.atom?q=Reform&thema=Bildung',
  htmlUrl: 'https://presse.example.de/archiv/suche?q=Reform&thema=Bildung&sortierung=neueste',
  title: '„Reform“ – Thema: Bildung – Pressearchiv',
  updated: '2026-06-03T08:15:00.000Z',
  author: 'Musterbehörde',
  lang: 'de',
  generator: 'Pressearchiv',
  entries: [
    {
      id: 'https://presse.example.de/archiv/mitteilung/a-1',
      title: HOSTILE,
      url: 'https://presse.example.de/archiv/mitteilung/a-1',
      updated: '2026-06-03T08:15:00.000Z',
      published: '2026-06-02T00:00:00+02:00',
      author: { name: 'Staatsministerium <Kultus>', uri: 'https://presse.example.de/archiv/suche?ministerium=SMK' },
      categories: ['Bildung', 'A&O'],
      summary: `Zusammenfassung mit ${HOSTILE}`,
    },
  ],
};

test('the feed has the elements RFC 4287 requires, in German, and parses back', () => {
  const $ = cheerio.load(atomFeed(FEED), { xml: true });
  const feed = $('feed');
  assert.equal(feed.attr('xmlns'), 'http://www.w3.org/2005/Atom');
  assert.equal(feed.attr('xml:lang'), 'de');
  assert.equal($('feed > id').text(), FEED.selfUrl);
  assert.equal($('feed > title').text(), FEED.title);
  assert.equal($('feed > updated').text(), FEED.updated);
  assert.equal($('feed > author > name').text(), 'Musterbehörde');
  assert.equal($('feed > link[rel="self"]').attr('href'), FEED.selfUrl);
  assert.equal($('feed > link[rel="self"]').attr('type'), 'application/atom+xml');
  assert.equal($('feed > link[rel="alternate"]').attr('href'), FEED.htmlUrl);
  const entry = $('feed > entry');
  assert.equal(entry.length, 1);
  for (const name of ['id', 'title', 'updated', 'published', 'summary', 'author > name']) {
    assert.equal(entry.find(name).length, 1, `entry has ${name}`);
  }
  assert.equal(entry.find('link[rel="alternate"]').attr('href'), FEED.entries[0]!.url);
  assert.equal(entry.find('author > uri').text(), FEED.entries[0]!.author.uri);
  assert.deepEqual(
    entry
      .find('category')
      .map((_, c) => $(c).attr('term'))
      .get(),
    ['Bildung', 'A&O'],
  );
});

test('hostile titles stay text: no markup, no CDATA end, no control characters', () => {
  const xml = atomFeed(FEED);
  assert.doesNotMatch(xml, /<script|]]>/);
  assert.deepEqual(
    [...xml].filter((c) => c < ' ' && c !== '\n'),
    [],
    'no control characters',
  );
  const $ = cheerio.load(xml, { xml: true });
  assert.equal($('entry > title').text(), 'Reform ]]></title><script>alert(1)</script> & „Zitat“');
  assert.equal($('entry > title').attr('type'), 'text');
  assert.equal($('entry > summary').attr('type'), 'text');
  assert.equal($('entry > author > name').text(), 'Staatsministerium <Kultus>');
  assert.equal($('script').length, 0);
});

test('an empty search is a valid feed without entries', () => {
  const $ = cheerio.load(atomFeed({ ...FEED, entries: [] }), { xml: true });
  assert.equal($('entry').length, 0);
  assert.equal($('feed > id').length, 1);
});

test('dates: a release date is midnight in Germany, timestamps are UTC', () => {
  assert.equal(germanMidnight('2026-06-02'), '2026-06-02T00:00:00+02:00');
  assert.equal(germanMidnight('2026-01-10'), '2026-01-10T00:00:00+01:00');
  assert.equal(rfc3339('2026-06-03T10:15:00+02:00'), '2026-06-03T08:15:00.000Z');
  assert.equal(rfc3339('gestern'), undefined);
});

test('validators change with the index version and the feed, and are absent without a version', () => {
  const a = feedValidators('2026-12-02T10:00:00.123456Z', 'https://x/suche.atom')!;
  assert.match(a.etag, /^W\/"[\w-]+"$/);
  assert.equal(a.lastModified, 'Wed, 02 Dec 2026 10:00:00 GMT');
  assert.deepEqual(feedValidators('2026-12-02T10:00:00.123456Z', 'https://x/suche.atom'), a);
  assert.notEqual(feedValidators('2026-12-02T10:00:01Z', 'https://x/suche.atom')!.etag, a.etag);
  assert.notEqual(feedValidators('2026-12-02T10:00:00.123456Z', 'https://x/suche.atom?q=a')!.etag, a.etag);
  assert.equal(feedValidators(undefined, 'https://x/suche.atom'), undefined);
  assert.equal(feedValidators('7', 'k')!.lastModified, undefined);
});
