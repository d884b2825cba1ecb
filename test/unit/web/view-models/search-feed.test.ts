import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Hit } from 'meilisearch';
import type { Release } from '../../../../src/archive/release.js';
import { absoluteUrls } from '../../../../src/web/absolute-url.js';
import { parseFeedRequest } from '../../../../src/web/search/feed-request.js';
import { searchFeed } from '../../../../src/web/view-models/search-feed.js';
import { feedUrl, EMPTY_STATE } from '../../../../src/web/view-models/search-url.js';
import { fakeRelease } from '../../../helpers/fake-search.js';

const names = new Map([['SMWK', 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus']]);
const absolute = absoluteUrls('https://presse.example.de/archiv');
const now = () => new Date('2026-12-02T12:00:00Z');

function feedOf(query: Record<string, unknown>, hits: Array<Hit<Release>>, indexUpdated?: string) {
  const { request } = parseFeedRequest(query, { currentYear: 2026 });
  return searchFeed({
    request,
    hits,
    names,
    base: '/archiv',
    absolute,
    publisher: 'Musterbehörde',
    now,
    ...(indexUpdated ? { indexUpdated } : {}),
  });
}

test('title and links: the query and the filters, absolute from PUBLIC_URL', () => {
  const feed = feedOf({ q: 'Gentherapie', ministerium: 'SMWK', sortierung: 'aelteste', seite: '3' }, []);
  assert.equal(
    feed.title,
    '„Gentherapie“ – Behörde: Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus (SMWK) – Pressearchiv',
  );
  assert.equal(feed.selfUrl, 'https://presse.example.de/archiv/suche.atom?q=Gentherapie&ministerium=SMWK');
  assert.equal(
    feed.htmlUrl,
    'https://presse.example.de/archiv/suche?q=Gentherapie&ministerium=SMWK&sortierung=neueste',
  );
  assert.equal(feed.lang, 'de');
  assert.equal(feed.author, 'Musterbehörde');
  assert.equal(feedOf({}, []).title, 'Alle Mitteilungen – Pressearchiv');
  assert.equal(feedUrl('/archiv', EMPTY_STATE), '/archiv/suche.atom');
});

test('entries: permanent URL as id, sender as author, topics as categories, the plain summary', () => {
  const hit: Hit<Release> = {
    ...fakeRelease('smwk-2026-06-02-a', {
      summary: 'Die ganze Zusammenfassung.',
      topics: ['Wissenschaft', 'Gesundheit'],
    }),
    _formatted: { summary: 'Die \u0001ganze\u0002 …' } as Partial<Release>,
  };
  const [entry] = feedOf({ q: 'ganze' }, [hit]).entries;
  assert.equal(entry!.id, 'https://presse.example.de/archiv/mitteilung/smwk-2026-06-02-a');
  assert.equal(entry!.url, entry!.id);
  assert.equal(entry!.summary, 'Die ganze Zusammenfassung.', 'never the highlighted, cropped snippet');
  assert.equal(entry!.author.name, 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus');
  assert.equal(entry!.author.uri, 'https://presse.example.de/archiv/suche?ministerium=SMWK');
  assert.deepEqual(entry!.categories, ['Wissenschaft', 'Gesundheit']);
  assert.equal(entry!.published, '2026-06-02T00:00:00+02:00');
  assert.equal(entry!.updated, '2026-06-03T08:15:00.000Z');
});

test('updated: the index change when known, else the newest entry, else now', () => {
  const hits = [
    fakeRelease('a', { ingestedAt: '2026-01-01T00:00:00Z' }),
    fakeRelease('b', { ingestedAt: '2026-02-01T00:00:00Z' }),
  ];
  assert.equal(feedOf({}, hits, '2026-12-01T10:00:00.5Z').updated, '2026-12-01T10:00:00.500Z');
  assert.equal(feedOf({}, hits).updated, '2026-02-01T00:00:00.000Z');
  assert.equal(feedOf({}, []).updated, '2026-12-02T12:00:00.000Z');
  assert.equal(
    feedOf({}, [fakeRelease('c', { ingestedAt: 'kaputt' })]).entries[0]!.updated,
    '2026-06-02T00:00:00+02:00',
  );
});

test('an invented sample says so in its title, summary and categories; the real sample does not', () => {
  const label = 'Beispieldaten – keine echte Mitteilung';
  const sample = fakeRelease('s', { title: 'Titel', summary: 'Text.', topics: ['Kultur'], sample: true });
  const real = fakeRelease('r', {
    title: 'Titel',
    summary: 'Text.',
    topics: ['Kultur'],
    sample: true,
    invented: false,
  });
  const [invented, recreated] = feedOf({}, [sample, real]).entries;
  assert.equal(invented!.title, `Titel (${label})`);
  assert.equal(invented!.summary, `${label}. Text.`);
  assert.deepEqual(invented!.categories, ['Kultur', label]);
  assert.deepEqual([recreated!.title, recreated!.summary, recreated!.categories], ['Titel', 'Text.', ['Kultur']]);
});
