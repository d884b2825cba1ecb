/** Meilisearch alone: documents sent directly into a fresh index with the archive's settings. */
import type { Meilisearch } from 'meilisearch';
import { applyArchiveSettings, archiveIndexNames, archiveIndexUids } from '../../src/archive/archive-indexes.js';
import { applyIndexSettings } from '../../src/archive/index-settings.js';
import { waitForSuccess } from '../../src/archive/meili-client.js';
import type { Release } from '../../src/archive/release.js';
import { toSearchDocument } from '../../src/archive/search-document.js';
import type { WordDocument } from '../../src/archive/word-list.js';
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
  const ms = await sendReleases(admin, from, uid, batch);
  await admin.deleteIndex(uid).waitTask();
  return ms;
}

/** Milliseconds of sending the records of `from` to `uid` and indexing them, a batch at a time. */
async function sendReleases(admin: Meilisearch, from: string, uid: string, batch: number): Promise<number> {
  let ms = 0;
  for await (const page of releasePages(admin, from, batch)) {
    const docs = page.map(toSearchDocument);
    ms += (await timed(() => waitForSuccess(admin.index(uid).addDocuments(docs, { primaryKey: 'id' }), 'direct batch')))
      .ms;
  }
  return ms;
}

/** Milliseconds of Meilisearch's work for an archive's records, sent directly (indexArchiveDirectly). */
export interface ArchiveIndexing {
  /** Indexing the releases alone, into an index whose settings were applied before (as indexDirectly). */
  releasesMs: number;
  /**
   * Everything Meilisearch does when an ingest fills a fresh archive with the same records: its
   * indexes created with their settings, the releases, and the word list (src/archive/word-list.ts).
   */
  archiveMs: number;
}

/**
 * Meilisearch alone filling a fresh archive `to` with the records of archive `from`: the releases
 * as indexDirectly sends them, and the archive's other work timed too — its indexes created with
 * their settings, and the word list's documents in one batch (the ingest writes up to 20,000 words
 * per batch: the same for the benchmark's 600 PDFs, not for a corpus with more words).
 */
export async function indexArchiveDirectly(
  admin: Meilisearch,
  from: string,
  to: string,
  batch: number,
): Promise<ArchiveIndexing> {
  const names = archiveIndexNames(to);
  for (const uid of archiveIndexUids(to)) await admin.deleteIndex(uid).waitTask();
  const setup = await timed(() => applyArchiveSettings(admin, names));
  const releasesMs = await sendReleases(admin, from, names.releases, batch);
  const words = await admin
    .index(archiveIndexNames(from).words)
    .getDocuments<WordDocument>({ limit: 1_000_000, fields: ['id', 'word', 'count'] });
  const wordsRun = await timed(() =>
    waitForSuccess(admin.index(names.words).addDocuments(words.results, { primaryKey: 'id' }), 'direct word list'),
  );
  for (const uid of archiveIndexUids(to)) await admin.deleteIndex(uid).waitTask();
  return { releasesMs, archiveMs: setup.ms + releasesMs + wordsRun.ms };
}
