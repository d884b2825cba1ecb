/** Meilisearch alone: documents sent directly into a fresh index with the archive's settings. */
import type { Meilisearch } from 'meilisearch';
import { applyIndexSettings } from '../../src/archive/index-settings.js';
import { waitForSuccess } from '../../src/archive/meili-client.js';
import type { Release } from '../../src/archive/release.js';
import { toSearchDocument } from '../../src/archive/search-document.js';
import { timed } from './timing.js';

/** The records of an index, read with the admin key one page of `pageSize` at a time. */
export async function* releasePages(
  admin: Meilisearch,
  index: string,
  pageSize: number,
): AsyncGenerator<Release[], void, undefined> {
  for (let offset = 0; ; offset += pageSize) {
    const { results } = await admin.index(index).getDocuments<Release>({ offset, limit: pageSize });
    if (results.length > 0) yield results;
    if (results.length < pageSize) return;
  }
}

/**
 * Milliseconds Meilisearch needs to index the records of index `from` (settings applied before),
 * sent as they are read, one page of `batch` after another. Only sending and indexing count: each
 * page is read from `from` before its batch is timed, so the figure means what it meant when all
 * records were read first, without holding them all.
 */
export async function indexDirectly(admin: Meilisearch, from: string, uid: string, batch: number): Promise<number> {
  await admin.deleteIndex(uid).waitTask();
  await applyIndexSettings(admin, uid);
  let ms = 0;
  for await (const page of releasePages(admin, from, batch)) {
    const docs = page.map(toSearchDocument);
    ms += (await timed(() => waitForSuccess(admin.index(uid).addDocuments(docs, { primaryKey: 'id' }), 'direct batch')))
      .ms;
  }
  await admin.deleteIndex(uid).waitTask();
  return ms;
}
