/**
 * The web server's search cache against a real Meilisearch: a change of the index (new release,
 * deleted release) shows on the next search once the cache has read the index version again, and a
 * key that may not read the version still gives a working site, just without the cache.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { createLogger } from '../../src/log.js';
import { loadConfig } from '../../src/config.js';
import { createApp, SEARCH_CACHE_CHECK_MS } from '../../src/web/app.js';
import { createSearchService } from '../../src/web/search-service.js';
import { toSearchDocument } from '../../src/archive/search-document.js';
import { cachedSearchService } from '../../src/web/search-cache.js';
import { archiveIndexNames } from '../../src/archive/archive-indexes.js';
import { wordDocumentId } from '../../src/archive/word-list.js';
import { INDEX, indexReleases, startSite, type Site } from '../helpers/site-harness.js';
import { ALL_RELEASES, SMWK_RELEASE } from '../helpers/site-releases.js';

const NEW_RELEASE = {
  ...SMWK_RELEASE,
  id: 'smwk-2026-07-01-quantenkuehlschrank',
  title: 'Quantenkühlschrank für Freiberg',
};

async function total(app: ReturnType<Site['app']>, q: string): Promise<number> {
  const res = await request(app).get(`/api/suche?q=${encodeURIComponent(q)}`);
  assert.equal(res.status, 200);
  return res.body.total as number;
}

async function changeIndex(site: Site, change: 'add' | 'delete'): Promise<void> {
  const index = site.meili.admin.index(INDEX);
  const task =
    change === 'add'
      ? await index.addDocuments([toSearchDocument(NEW_RELEASE)]).waitTask()
      : await index.deleteDocument(NEW_RELEASE.id).waitTask();
  assert.equal(task.status, 'succeeded');
}

const settle = () => new Promise((resolve) => setTimeout(resolve, SEARCH_CACHE_CHECK_MS + 50));

describe('search cache (real Meilisearch)', { timeout: 60_000 }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.stop();
  });

  test('a new or deleted release shows once the cache has read the index version again', async () => {
    const app = site.app();
    assert.doesNotMatch((await request(app).get('/')).text, /Quantenkühlschrank/);
    assert.equal(await total(app, 'Quantenkühlschrank'), 0);
    assert.equal(await total(app, 'Quantenkühlschrank'), 0);
    await changeIndex(site, 'add');
    await settle();
    assert.equal(await total(app, 'Quantenkühlschrank'), 1, 'the kept "no hits" answer was dropped');
    const page = await request(app).get('/suche?q=Quantenk%C3%BChlschrank');
    assert.match(page.text, /Quantenkühlschrank für Freiberg/);
    assert.match((await request(app).get('/')).text, /Quantenkühlschrank für Freiberg/, 'start page: newest');
    await changeIndex(site, 'delete');
    await settle();
    assert.equal(await total(app, 'Quantenkühlschrank'), 0, 'the deleted release is gone');
    assert.doesNotMatch((await request(app).get('/')).text, /Quantenkühlschrank/, 'and gone from the start page');
  });

  test('a word the word list gets after the releases (as an ingest writes them) is found once the version is read again', async () => {
    const cache = cachedSearchService(
      createSearchService({ host: site.meili.url, apiKey: site.searchKey, index: INDEX }),
      { maxBytes: 1_000_000, checkEveryMs: 0 },
    );
    const word = 'quantenkühlschrank';
    const before = await cache.indexVersion();
    assert.equal((await cache.wordCounts([word]))?.get(word), undefined, 'not in the list yet (kept as absent)');
    const task = await site.meili.admin
      .index(archiveIndexNames(INDEX).words)
      .addDocuments([{ id: wordDocumentId(word), word, count: 1 }])
      .waitTask();
    assert.equal(task.status, 'succeeded');
    assert.notEqual(await cache.indexVersion(), before, 'the version changes with the word list');
    assert.equal((await cache.wordCounts([word]))?.get(word), 1, 'the word kept as absent was forgotten');
  });

  test('kept answers are served from the cache; an index swap (as --rebuild does) empties it', async () => {
    const cache = cachedSearchService(
      createSearchService({ host: site.meili.url, apiKey: site.searchKey, index: INDEX }),
      {
        maxBytes: 1_000_000,
        checkEveryMs: 0,
      },
    );
    const count = async () => (await cache.search('Quantenkühlschrank', { limit: 0 })).estimatedTotalHits;
    assert.equal(await count(), 0);
    assert.equal(await count(), 0);
    assert.deepEqual([cache.cacheStats().hits, cache.cacheStats().misses], [1, 1]);
    const next = `${INDEX}_next`;
    await indexReleases(site.meili, [...ALL_RELEASES, NEW_RELEASE], next);
    const swap = async () =>
      assert.equal(
        (await site.meili.admin.swapIndexes([{ indexes: [INDEX, next], rename: false }]).waitTask()).status,
        'succeeded',
      );
    await swap();
    try {
      assert.equal(await count(), 1, 'the swapped-in index answers');
      assert.deepEqual([cache.cacheStats().hits, cache.cacheStats().misses], [1, 2]);
    } finally {
      await swap();
      await site.meili.admin.deleteIndex(next).waitTask();
    }
    assert.equal(await count(), 0);
  });

  test('SERVER_TIMING: the header tells a new search (Meilisearch) from a kept one (cache); off by default', async () => {
    const timing = async (app: ReturnType<Site['app']>, path: string) => {
      const res = await request(app).get(path);
      assert.equal(res.status, 200, path);
      return res.headers['server-timing'] as string | undefined;
    };
    const app = site.app({ SERVER_TIMING: 'true' });
    const counts = async (path: string) => {
      const header = (await timing(app, path)) ?? '';
      const [, sent, kept] =
        /^meili;dur=\d+\.\d;desc="searches: (\d+)", cache;desc="answers: (\d+)"$/.exec(header) ?? [];
      return { sent: Number(sent), kept: Number(kept), header };
    };
    // A text query reads the archive's word list beside its plain search: „Gentherapie“ (a word of
    // the archive) is that search (with its facet counts) and the lookup, and as a word of fewer than
    // five releases in a result of fewer than five hits also a lookup of similar words („Meinten
    // Sie“, sent beside the search); „Zelltherapie“ (not a word of these releases, and „therapie“ is
    // none either: its parts are asked for in the same lookup) stays plain and looks up similar
    // words too. The ministry names the page also reads are not counted.
    for (const [path, searches] of [
      ['/suche?q=Gentherapie&ministerium=SMWK', 3],
      ['/api/suche?q=Zelltherapie', 3],
    ] as const) {
      const first = await counts(path);
      assert.deepEqual([first.sent, first.kept], [searches, 0], `${path}, first: ${first.header}`);
      const again = await counts(path);
      assert.deepEqual([again.sent, again.kept], [0, searches], `${path}, again: ${again.header}`);
    }
    assert.equal(await timing(site.app(), '/suche?q=Gentherapie'), undefined, 'no header without SERVER_TIMING');
  });

  test('SEARCH_CACHE_MB=0 and a key without indexes.get: no cache, every change shows at once', async () => {
    const limited = await site.meili.admin.createKey({
      actions: ['search', 'documents.get'],
      indexes: [INDEX],
      expiresAt: null,
    });
    const config = loadConfig({ DATA_DIR: site.dataDir, LOG_LEVEL: 'silent' });
    const warnings: string[] = [];
    const log = createLogger('silent', 'test');
    log.warn = ((message: string) => void warnings.push(message)) as typeof log.warn;
    const apps = {
      limitedKey: createApp({
        config,
        search: createSearchService({ host: site.meili.url, apiKey: limited.key, index: INDEX }),
        log,
      }),
      cacheOff: site.app({ SEARCH_CACHE_MB: '0' }),
    };
    for (const [name, app] of Object.entries(apps)) {
      assert.equal(await total(app, 'Quantenkühlschrank'), 0, name);
      await changeIndex(site, 'add');
      assert.equal(await total(app, 'Quantenkühlschrank'), 1, name);
      await changeIndex(site, 'delete');
      assert.equal(await total(app, 'Quantenkühlschrank'), 0, name);
    }
    assert.deepEqual(warnings, ['The search key may not read the index (indexes.get); search answers are not cached.']);
  });
});
