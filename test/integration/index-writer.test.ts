/** One record Meilisearch refuses does not take its batch down: the batch is retried per document. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { applyIndexSettings } from '../../src/archive/index-settings.js';
import type { Release } from '../../src/archive/release.js';
import { writeBatch } from '../../ingest/run/index-writer.js';
import { startTestMeili, type TestMeili } from '../helpers/test-meili.js';

let meili: TestMeili;
before(async () => {
  meili = await startTestMeili();
  await applyIndexSettings(meili.admin, 'batch');
});
after(async () => {
  await meili.stop();
});

function release(id: string, title: string): Release {
  return {
    id,
    title,
    date: '2025-01-02',
    dateNum: 20090,
    year: 2025,
    ministry: 'Sächsisches Staatsministerium für Kultus',
    ministryShort: 'SMK',
    topics: ['Bildung'],
    contact: {},
    summary: title,
    body: [title],
    sources: [],
    sample: false,
    ingestedAt: '2026-11-27T00:00:00.000Z',
  };
}

test('a refused record is reported with Meilisearch’s reason while the rest land', async () => {
  const outcome = await writeBatch(meili.admin, 'batch', [
    release('gut-1', 'Erste Mitteilung'),
    release('kaputt id mit leerzeichen', 'Kaputte Kennung'),
    release('gut-2', 'Zweite Mitteilung'),
  ]);
  assert.deepEqual(outcome.written.sort(), ['gut-1', 'gut-2']);
  assert.equal(outcome.failed.length, 1);
  assert.equal(outcome.failed[0]!.id, 'kaputt id mit leerzeichen');
  assert.match(outcome.failed[0]!.reason, /document identifier|invalid/i);
  assert.equal((await meili.admin.index('batch').getStats()).numberOfDocuments, 2);
});
