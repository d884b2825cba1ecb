/**
 * Counts the words of the releases a run wrote and adds them to the archive's word list
 * (src/archive/word-list.ts) at the end of the run: the counts already in the list are read by id,
 * the run's added, all written back in large batches. A rebuild writes to its own empty list, so
 * its counts start from zero. A release written again (a changed file) counts again until the
 * next rebuild: the counts rank spelling suggestions, they are not statistics.
 */
import type { Meilisearch } from 'meilisearch';
import { meiliErrorCode, waitForSuccess } from '../../src/archive/meili-client.js';
import type { Release } from '../../src/archive/release.js';
import { wordDocumentId, wordsOfRelease, type WordDocument } from '../../src/archive/word-list.js';

const READ_CHUNK = 1000;
const WRITE_CHUNK = 20_000;
/** Words looked up in the releases per request when a release is deleted. */
const SEARCH_CHUNK = 200;

export class WordTally {
  /** Words of releases sent but not yet confirmed, by release id. */
  private readonly pending = new Map<string, Set<string>>();
  private readonly counts = new Map<string, number>();

  /** Before a batch is written: remembers its releases' words. */
  sent(releases: readonly Release[]): void {
    for (const release of releases) this.pending.set(release.id, wordsOfRelease(release));
  }

  /** After the batch is confirmed: counts the words of the releases in the index now, forgets the others. */
  settled(sentIds: readonly string[], written: ReadonlySet<string>): void {
    for (const id of sentIds) {
      const words = this.pending.get(id);
      this.pending.delete(id);
      if (!words || !written.has(id)) continue;
      for (const word of words) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
    }
  }

  /** Counts the words of releases known to be in the index (a test's or a tool's own indexing). */
  add(releases: readonly Release[]): void {
    this.sent(releases);
    this.settled(
      releases.map((r) => r.id),
      new Set(releases.map((r) => r.id)),
    );
  }

  get size(): number {
    return this.counts.size;
  }

  /** Adds the counted words to the list in `indexUid` (which must exist) and starts counting afresh. */
  async write(client: Meilisearch, indexUid: string): Promise<void> {
    if (this.counts.size === 0) return;
    const index = client.index<WordDocument>(indexUid);
    const docs = [...this.counts].map(([word, count]) => ({ id: wordDocumentId(word), word, count }));
    this.counts.clear();
    for (let i = 0; i < docs.length; i += READ_CHUNK) {
      const chunk = docs.slice(i, i + READ_CHUNK);
      const before = await knownCounts(index, chunk);
      for (const doc of chunk) doc.count += before.get(doc.id) ?? 0;
    }
    for (let i = 0; i < docs.length; i += WRITE_CHUNK) {
      await waitForSuccess(
        index.addDocuments(docs.slice(i, i + WRITE_CHUNK), { primaryKey: 'id' }),
        `Writing ${Math.min(WRITE_CHUNK, docs.length - i)} words to the word list`,
      );
    }
  }
}

/** The counts the list holds for `docs`; none when the list does not exist yet (it is created by the write). */
async function knownCounts(
  index: ReturnType<Meilisearch['index']>,
  docs: readonly WordDocument[],
): Promise<Map<string, number>> {
  try {
    const known = await index.getDocuments<WordDocument>({
      ids: docs.map((d) => d.id),
      fields: ['id', 'count'],
      limit: docs.length,
    });
    return new Map(known.results.map((d) => [d.id, d.count]));
  } catch (error) {
    if (meiliErrorCode(error) === 'index_not_found') return new Map();
    throw error;
  }
}

/**
 * Takes the words of a deleted release out of the list in `wordsUid`: a word that no release left in
 * `releasesUid` holds (searched as a phrase: no typos, no prefixes) leaves the list; the count of
 * any other goes down by one.
 */
export async function forgetWords(
  client: Meilisearch,
  wordsUid: string,
  releasesUid: string,
  words: ReadonlySet<string>,
): Promise<void> {
  const index = client.index<WordDocument>(wordsUid);
  const docs = [...words].map((word) => ({ id: wordDocumentId(word), word, count: 0 }));
  for (let i = 0; i < docs.length; i += SEARCH_CHUNK) {
    const chunk = docs.slice(i, i + SEARCH_CHUNK);
    const known = await knownCounts(index, chunk);
    const listed = chunk.filter((doc) => known.has(doc.id));
    if (listed.length === 0) continue;
    const { results } = await client.multiSearch({
      queries: listed.map((doc) => ({
        indexUid: releasesUid,
        q: `"${doc.word}"`,
        limit: 1,
        attributesToRetrieve: ['id'],
      })),
    });
    const stillUsed = listed.filter((_doc, n) => (results[n]?.hits.length ?? 0) > 0);
    const keep = stillUsed.map((doc) => ({ ...doc, count: Math.max(1, known.get(doc.id)! - 1) }));
    const gone = listed.filter((doc) => !stillUsed.includes(doc)).map((doc) => doc.id);
    if (keep.length > 0) await waitForSuccess(index.addDocuments(keep, { primaryKey: 'id' }), 'Counting words down');
    if (gone.length > 0) await waitForSuccess(index.deleteDocuments(gone), 'Removing words from the word list');
  }
}
