/**
 * Withdrawal and restore of a release, the same for the command line (--remove … --reason,
 * --restore) and the archivists' surface. Withdrawing records the withdrawal in the journal first
 * (durable: it is what every later ingest and rebuild obeys), then writes the tombstone and only
 * then deletes the record, so the site never has neither. Each step is idempotent: a withdrawal
 * interrupted after the journal line is finished by running it again (or by a rebuild). A restore
 * writes the record again from the kept originals (through an ingest run, which clears the mark in
 * the journal once Meilisearch confirmed it), then deletes the tombstone. Originals stay in
 * DATA_DIR either way.
 */
import { meiliErrorCode, waitForSuccess } from '../../src/archive/meili-client.js';
import type { Release } from '../../src/archive/release.js';
import type { Tombstone } from '../../src/archive/tombstone.js';
import { archiveIndexNames } from '../../src/archive/archive-indexes.js';
import type { ArchiveState, ReleaseEntry } from '../store/archive-state.js';
import { deleteDocuments } from './index-writer.js';
import type { IngestOptions, IngestTarget } from './ingest-run.js';
import { rewriteRelease } from './rewrite.js';
import { tombstoneOf, writeTombstones } from './tombstones.js';

export type WithdrawOutcome =
  { status: 'withdrawn' | 'already-withdrawn'; tombstone: Tombstone } | { status: 'unknown' };

/** The record's title and date for the tombstone; a release not in the index (not indexed) has none. */
async function titleAndDate(target: IngestTarget, id: string): Promise<{ title: string; date: string }> {
  try {
    const record = await target.client
      .index(target.index)
      .getDocument<Pick<Release, 'title' | 'date'>>(id, { fields: ['title', 'date'] });
    return { title: record.title, date: record.date };
  } catch (error) {
    if (meiliErrorCode(error) !== 'document_not_found') throw error;
    return { title: '', date: '' };
  }
}

export async function withdrawRelease(
  target: IngestTarget,
  state: ArchiveState,
  id: string,
  reason: string,
  now = new Date(),
): Promise<WithdrawOutcome> {
  const known = state.byId.get(id);
  if (!known) return { status: 'unknown' };
  let entry: ReleaseEntry = known;
  if (!known.withdrawn) {
    entry = { ...known, withdrawn: { reason, at: now.toISOString(), ...(await titleAndDate(target, id)) } };
    await state.commit([entry]);
  }
  const names = archiveIndexNames(target.index);
  await writeTombstones(target.client, names.withdrawn, [entry]);
  await deleteDocuments(target.client, names.releases, [id]);
  return { status: known.withdrawn ? 'already-withdrawn' : 'withdrawn', tombstone: tombstoneOf(entry)! };
}

export type RestoreOutcome =
  { status: 'restored' | 'unknown' | 'not-withdrawn' } | { status: 'failed'; reason: string };

/** `options`: how kept originals are extracted again when their cached extraction is missing or outdated. */
export async function restoreRelease(
  target: IngestTarget,
  state: ArchiveState,
  id: string,
  options: IngestOptions,
): Promise<RestoreOutcome> {
  const entry = state.byId.get(id);
  if (!entry) return { status: 'unknown' };
  if (!entry.withdrawn) return { status: 'not-withdrawn' };
  const failure = await rewriteRelease(target, state, entry, options);
  if (state.byId.get(id)?.withdrawn) return { status: 'failed', reason: failure ?? 'its record could not be written' };
  await waitForSuccess(
    target.client.index(archiveIndexNames(target.index).withdrawn).deleteDocument(id),
    `Removing the tombstone of ${id}`,
  );
  return { status: 'restored' };
}
