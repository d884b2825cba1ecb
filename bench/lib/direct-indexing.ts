/** Meilisearch alone: documents sent directly into a fresh index with the archive's settings. */
import type { Meilisearch } from 'meilisearch';
import { applyIndexSettings } from '../../src/archive/index-settings.js';
import { waitForSuccess } from '../../src/archive/meili-client.js';
import type { Release } from '../../src/archive/release.js';
import { toSearchDocument } from '../../src/archive/search-document.js';
import { timed } from './timing.js';

/** Every record of an index, read with the admin key. */
export async function allReleases(admin: Meilisearch, index: string): Promise<Release[]> {
  const out: Release[] = [];
  for (let offset = 0; ; offset += 10_000) {
    const { results } = await admin.index(index).getDocuments<Release>({ offset, limit: 10_000 });
    out.push(...results);
    if (results.length < 10_000) return out;
  }
}

/** Milliseconds Meilisearch needs to index `releases` in batches of `batch` (settings applied before). */
export async function indexDirectly(
  admin: Meilisearch,
  releases: Release[],
  uid: string,
  batch: number,
): Promise<number> {
  await admin.deleteIndex(uid).waitTask();
  await applyIndexSettings(admin, uid);
  const run = await timed(async () => {
    for (let i = 0; i < releases.length; i += batch) {
      const docs = releases.slice(i, i + batch).map(toSearchDocument);
      await waitForSuccess(admin.index(uid).addDocuments(docs, { primaryKey: 'id' }), 'direct batch');
    }
  });
  await admin.deleteIndex(uid).waitTask();
  return run.ms;
}
