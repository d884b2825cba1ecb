/**
 * A benchmark's own index of Berlin releases (`npm run bench:quality`, `bench/fold-bench.ts`): every
 * K-th release of the corpus (up to N) as an archive record with title, date, a 300-character summary
 * and the body, sent with the project's index settings, and the archive's word list as an ingest
 * writes it (the site's adaptive plan reads it).
 */
import { applyArchiveSettings, archiveIndexNames } from '../../src/archive/archive-indexes.js';
import { waitForSuccess } from '../../src/archive/meili-client.js';
import { isoDateToDayNumber, type Release } from '../../src/archive/release.js';
import { toSearchDocument, type SearchDocument } from '../../src/archive/search-document.js';
import { ensureSearchKey } from '../../src/archive/search-key.js';
import { WordTally } from '../../ingest/run/word-tally.js';
import type { TestMeili } from '../../test/helpers/test-meili.js';
import { paragraphs } from '../corpus.js';
import { readBerlinCorpus } from './berlin-corpus.js';

/** A Berlin corpus item as an archive record (no sender or topic: the search does not need them). */
export function berlinRelease(item: { file: string; date: string; title: string; body: string }, n: number): Release {
  const dateNum = isoDateToDayNumber(item.date) ?? 0;
  const body = paragraphs(item.body);
  return {
    id: `berlin-${String(n).padStart(6, '0')}`,
    title: item.title.trim(),
    date: item.date,
    dateNum,
    year: Number(item.date.slice(0, 4)),
    ministry: 'Land Berlin',
    ministryShort: 'berlin',
    topics: ['Sonstiges'],
    contact: {},
    summary: (body[0] ?? '').slice(0, 300),
    body,
    sources: [],
    sample: false,
    ingestedAt: new Date(0).toISOString(),
  };
}

export interface IndexCorpusOptions {
  file: string;
  size: number;
  every: number;
  index: string;
  /** The document sent for a release (default: the archive's, toSearchDocument). */
  document?: (release: Release) => SearchDocument & Record<string, unknown>;
  /** Searchable attributes instead of the project's (applied before the documents are sent). */
  searchableAttributes?: string[];
}

/** Indexes the sample; returns the search key (the archive's, as the site uses it). */
export async function indexCorpus(meili: TestMeili, options: IndexCorpusOptions): Promise<string> {
  const items = (await readBerlinCorpus(options.file)).filter((_, i) => i % options.every === 0).slice(0, options.size);
  await applyArchiveSettings(meili.admin, archiveIndexNames(options.index));
  if (options.searchableAttributes)
    await waitForSuccess(
      meili.admin.index(options.index).updateSearchableAttributes(options.searchableAttributes),
      'bench searchable attributes',
    );
  const releases = items.map(berlinRelease);
  const document = options.document ?? toSearchDocument;
  for (let i = 0; i < releases.length; i += 1000)
    await waitForSuccess(
      meili.admin.index(options.index).addDocuments(releases.slice(i, i + 1000).map(document), { primaryKey: 'id' }),
      'bench batch',
    );
  const words = new WordTally();
  words.add(releases);
  await words.write(meili.admin, archiveIndexNames(options.index).words);
  return ensureSearchKey(meili.admin, options.index);
}
