/**
 * The web server with a MEILI_SEARCH_KEY from before the tombstone index (it covers the releases
 * only): releases are found, an unknown id is „not found“ rather than an error on every page.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { archiveIndexNames } from '../../src/archive/archive-indexes.js';
import { SEARCH_KEY_ACTIONS } from '../../src/archive/search-key.js';
import { createSearchService } from '../../src/web/search-service.js';
import { startTestMeili, type TestMeili } from '../helpers/test-meili.js';

const INDEX = 'schluessel';
let meili: TestMeili;

before(async () => {
  meili = await startTestMeili();
  const names = archiveIndexNames(INDEX);
  await meili.admin.createIndex(names.releases, { primaryKey: 'id' }).waitTask();
  await meili.admin.createIndex(names.withdrawn, { primaryKey: 'id' }).waitTask();
});
after(async () => {
  await meili?.stop();
});

test('a search key short of the tombstone index: an unknown release is not found, not an error', async () => {
  const { key } = await meili.admin.createKey({ actions: [...SEARCH_KEY_ACTIONS], indexes: [INDEX], expiresAt: null });
  const search = createSearchService({ host: meili.url, apiKey: key, index: INDEX });
  assert.equal(await search.getRelease('smk-2024-01-01-nichts'), undefined);
  assert.equal(await search.getTombstone('smk-2024-01-01-nichts'), undefined);
});

test('healthy(): true with a working key, false with a key Meilisearch refuses or no Meilisearch at all', async () => {
  const { key } = await meili.admin.createKey({ actions: [...SEARCH_KEY_ACTIONS], indexes: [INDEX], expiresAt: null });
  assert.equal(await createSearchService({ host: meili.url, apiKey: key, index: INDEX }).healthy(), true);
  assert.equal(await createSearchService({ host: meili.url, apiKey: 'falsch', index: INDEX }).healthy(), false);
  const { port } = new URL(meili.url);
  const closed = `http://127.0.0.1:${Number(port) === 1 ? 2 : 1}`;
  assert.equal(
    await createSearchService({ host: closed, apiKey: key, index: INDEX, timeoutMs: 2000 }).healthy(),
    false,
  );
});

test('indexVersion(): the later change of the releases and the word list (an ingest writes the list last)', async () => {
  const search = createSearchService({ host: meili.url, apiKey: meili.masterKey, index: INDEX });
  const releasesOnly = await search.indexVersion();
  assert.ok(releasesOnly !== undefined, 'no word list yet: the releases index alone');
  await meili.admin
    .index(archiveIndexNames(INDEX).words)
    .addDocuments([{ id: 'w1', word: 'wort', count: 1 }], { primaryKey: 'id' })
    .waitTask();
  const withWords = await search.indexVersion();
  assert.notEqual(withWords, releasesOnly);
  assert.ok(Date.parse(withWords!) > Date.parse(releasesOnly), 'still a timestamp (Last-Modified of the feeds)');
});
