/**
 * Writes documents to Meilisearch in batches and checks every task. A failed batch is retried one
 * document at a time, so one bad record cannot take its batch down with it.
 */
import type { Meilisearch } from 'meilisearch';
import { waitForSuccess } from '../../src/archive/meili-client.js';
import { TaskFailedError } from '../../src/errors/task-failed-error.js';
import { toSearchDocument } from '../../src/archive/search-document.js';
import type { Release } from '../../src/archive/release.js';

export interface BatchOutcome {
  written: string[];
  failed: Array<{ id: string; reason: string }>;
}

async function writeOne(client: Meilisearch, indexUid: string, release: Release): Promise<BatchOutcome> {
  try {
    const task = client.index(indexUid).addDocuments([toSearchDocument(release)], { primaryKey: 'id' });
    await waitForSuccess(task, `Indexing release ${release.id}`);
    return { written: [release.id], failed: [] };
  } catch (error) {
    if (error instanceof TaskFailedError) return { written: [], failed: [{ id: release.id, reason: error.message }] };
    throw error;
  }
}

/** The retry of a failed batch: one document at a time, so only the bad records fail. */
async function writeOneByOne(client: Meilisearch, indexUid: string, releases: Release[]): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { written: [], failed: [] };
  for (const release of releases) {
    const single = await writeOne(client, indexUid, release);
    outcome.written.push(...single.written);
    outcome.failed.push(...single.failed);
  }
  return outcome;
}

export async function writeBatch(client: Meilisearch, indexUid: string, releases: Release[]): Promise<BatchOutcome> {
  return (await startWrite(client, indexUid, releases)).settle();
}

export interface PendingWrite {
  /** Waits for the task; on failure retries document by document. */
  settle(): Promise<BatchOutcome>;
}

/**
 * Enqueues a batch and returns at once, so the next batch can be queued while Meilisearch indexes
 * this one; `settle()` checks the task (and retries per document when it failed).
 */
export async function startWrite(client: Meilisearch, indexUid: string, releases: Release[]): Promise<PendingWrite> {
  if (releases.length === 0) return { settle: async () => ({ written: [], failed: [] }) };
  const task = client.index(indexUid).addDocuments(releases.map(toSearchDocument), { primaryKey: 'id' });
  await task;
  return {
    async settle() {
      try {
        await waitForSuccess(task, `Indexing ${releases.length} releases`);
        return { written: releases.map((r) => r.id), failed: [] };
      } catch (error) {
        if (!(error instanceof TaskFailedError)) throw error;
        return writeOneByOne(client, indexUid, releases);
      }
    },
  };
}

export async function deleteDocuments(client: Meilisearch, indexUid: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await waitForSuccess(client.index(indexUid).deleteDocuments(ids), `Removing ${ids.length} releases`);
}
