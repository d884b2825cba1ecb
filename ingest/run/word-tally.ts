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
