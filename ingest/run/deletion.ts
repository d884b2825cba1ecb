/**
 * Deletion of a release for legal reasons (a court order, a person's right to erasure): unlike a
 * withdrawal, nothing of it stays — its record and tombstone leave the indexes, its words are counted
 * out of the word list, its kept originals and their cached extractions and OCR results, its
 * corrections and its lines in the state journal (rewritten without them) are deleted. Originals
 * another release shares stay. First of all a refusal is recorded (ingest/store/deleted-releases.ts):
 * no later ingest takes its files, or a changed file of the same identity, in again. The order makes
 * an interrupted deletion safe to run again: refusal, indexes, then files, then the journal, which
 * is what makes the release known.
 */
import { rm } from 'node:fs/promises';
import { archiveIndexNames } from '../../src/archive/archive-indexes.js';
import { meiliErrorCode } from '../../src/archive/meili-client.js';
import { originalPath } from '../../src/archive/originals.js';
import type { ParsedRelease, Release } from '../../src/archive/release.js';
import { wordsOfRelease } from '../../src/archive/word-list.js';
import { cachedExtraction, entryPath as extractionEntry } from '../extract/extraction-cache.js';
import { entryPath as ocrEntry } from '../extract/ocr/ocr-cache.js';
import type { ArchiveState, ReleaseEntry } from '../store/archive-state.js';
import { CorrectionsStore } from '../store/corrections-store.js';
import { deleteDocuments } from './index-writer.js';
import { identityKey } from './release-identity.js';
import type { IngestTarget } from './ingest-run.js';
import { forgetWords } from './word-tally.js';

export type DeleteOutcome = { status: 'deleted' | 'unknown' };

/** The cached extractions of the release's sources (what was written before a correction, or before it was withdrawn). */
async function cachedReleases(entry: ReleaseEntry, dataDir: string): Promise<ParsedRelease[]> {
  const found = await Promise.all(entry.sources.map((source) => cachedExtraction(dataDir, source.sha256)));
  return found.flatMap((cached) => (cached ? [cached.release] : []));
}

/**
 * The words the list may have counted for the release: those of its record in the index (corrected,
 * if it was) and of the cached extractions of its sources.
 */
async function countedWords(target: IngestTarget, entry: ReleaseEntry, cached: ParsedRelease[]): Promise<Set<string>> {
  const texts: Array<Parameters<typeof wordsOfRelease>[0]> = [...cached];
  try {
    texts.push(await target.client.index(archiveIndexNames(target.index).releases).getDocument<Release>(entry.id));
  } catch (error) {
    if (meiliErrorCode(error) !== 'document_not_found') throw error;
  }
  return new Set(texts.flatMap((text) => [...wordsOfRelease(text)]));
}

export async function deleteRelease(
  target: IngestTarget,
  state: ArchiveState,
  id: string,
  dataDir: string,
): Promise<DeleteOutcome> {
  const entry = state.byId.get(id);
  if (!entry) return { status: 'unknown' };
  const names = archiveIndexNames(target.index);
  const shared = new Set(
    [...state.byId.values()].filter((other) => other.id !== id).flatMap((other) => other.sources.map((s) => s.sha256)),
  );
  const own = entry.sources.map((source) => source.sha256).filter((sha256) => !shared.has(sha256));
  const cached = await cachedReleases(entry, dataDir);
  // First the refusal: from now on no ingest takes its files (or a file of its identity) in again.
  const identities = new Set([entry.identity, ...cached.map((release) => identityKey(release))]);
  await state.deleted.record(entry.id, [...identities], own);
  const words = await countedWords(target, entry, cached);
  await deleteDocuments(target.client, names.releases, [id]);
  await deleteDocuments(target.client, names.withdrawn, [id]);
  await forgetWords(target.client, names.words, names.releases, words);
  for (const sha256 of own) {
    for (const file of [originalPath(dataDir, sha256), extractionEntry(dataDir, sha256), ocrEntry(dataDir, sha256)])
      await rm(file, { force: true });
  }
  await new CorrectionsStore(dataDir, target.index).remove(id);
  await state.remove([id]);
  // The journal's earlier lines name its files and identity: rewritten without them.
  await state.compact();
  return { status: 'deleted' };
}
