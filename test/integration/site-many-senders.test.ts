/**
 * Ticking many senders against a real Meilisearch: 21 and all 71 senders of a Berlin-like archive
 * give results, and the filter sent to Meilisearch holds every one of them (qs's default array limit
 * of 20 used to turn the list into an object and the page into a 400).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createApp } from '../../src/web/app.js';
import { createSearchService, type SearchQuery } from '../../src/web/search-service.js';
import { fakeRelease } from '../helpers/fake-search.js';
import { INDEX, startSite, type Site } from '../helpers/site-harness.js';

const SENDERS = Array.from({ length: 71 }, (_, i) => `ba-bezirk-${String(i + 1).padStart(2, '0')}`);
const RELEASES = SENDERS.map((short, i) =>
  fakeRelease(`${short}-2026-01-${String((i % 28) + 1).padStart(2, '0')}-mitteilung`, {
    ministryShort: short,
    ministry: `Bezirksamt ${i + 1}`,
    title: `Mitteilung des Bezirksamts ${i + 1}`,
  }),
);

const query = (senders: readonly string[]) => senders.map((s) => `ministerium=${s}`).join('&');

describe('many senders selected (real Meilisearch)', { timeout: 60_000 }, () => {
  let site: Site;
  let app: Express;
  /** The filters of the hits queries sent to Meilisearch. */
  const filters: unknown[] = [];
  before(async () => {
    site = await startSite(RELEASES);
    const search = createSearchService({ host: site.meili.url, apiKey: site.searchKey, index: INDEX });
    const multiSearch = search.multiSearch.bind(search);
    search.multiSearch = (queries: SearchQuery[]) => {
      filters.push(queries[0]?.filter);
      return multiSearch(queries);
    };
    app = createApp({
      config: loadConfig({ DATA_DIR: site.dataDir, LOG_LEVEL: 'silent', SEARCH_CACHE_MB: '0' }),
      search,
      log: createLogger('silent', 'test'),
    });
  });
  after(() => site?.stop());

  /** The OR group of the sender filter in the last hits query. */
  const senderGroup = (): string[] => {
    const last = filters.at(-1) as Array<string | string[]>;
    return last.find((group): group is string[] => Array.isArray(group) && group[0]!.startsWith('ministryShort'))!;
  };

  test('21 senders: 200 with their 21 releases', async () => {
    const res = await request(app).get(`/suche?${query(SENDERS.slice(0, 21))}`);
    assert.equal(res.status, 200);
    assert.match(res.text, /21 Treffer/);
    assert.equal(senderGroup().length, 21);
  });

  test('all 71 senders: 200, the filter holds 71 values, the API finds all 71 releases', async () => {
    const res = await request(app).get(`/suche?${query(SENDERS)}`);
    assert.equal(res.status, 200);
    assert.match(res.text, /71 Treffer/);
    assert.deepEqual(
      senderGroup(),
      SENDERS.map((short) => `ministryShort = "${short}"`),
    );
    const api = await request(app).get(`/api/suche?${query(SENDERS)}&proSeite=100`);
    assert.equal(api.status, 200);
    assert.equal(api.body.total, 71);
    assert.deepEqual(
      new Set(api.body.hits.map((hit: { ministryShort: string }) => hit.ministryShort)),
      new Set(SENDERS),
    );
  });

  test('more senders than the facet allows: a German 400 that names the limit', async () => {
    const many = Array.from({ length: 201 }, (_, i) => `s${i}`);
    const res = await request(app).get(`/suche?${query(many)}`);
    assert.equal(res.status, 400);
    assert.match(res.text, /Für „ministerium“ sind höchstens 200 Werte erlaubt./);
  });
});
