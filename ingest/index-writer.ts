/**
 * Writes documents to Meilisearch in batches and checks every task. A failed batch is retried one
 * document at a time, so one bad record cannot take its batch down with it.
 */
import type { Meilisearch } from 'meilisearch';
import { waitForSuccess } from '../src/archive/meili-client.js';
import { TaskFailedError } from '../src/errors/task-failed-error.js';
import { toSearchDocument } from '../src/archive/search-document.js';
import type { Release } from '../src/archive/release.js';

export interface BatchOutcome {
  written: string[];
  failed: Array<{ id: string; reason: string }>;
}

export async function writeBatch(client: Meilisearch, indexUid: string, releases: Release[]): Promise<BatchOutcome> {
  if (releases.length === 0) return { written: [], failed: [] };
  const index = client.index(indexUid);
  const documents = releases.map(toSearchDocument);
  try {
    await waitForSuccess(index.addDocuments(documents, { primaryKey: 'id' }), `Indexing ${documents.length} releases`);
    return { written: releases.map((r) => r.id), failed: [] };
  } catch (error) {
    if (!(error instanceof TaskFailedError) || releases.length === 1) {
      if (error instanceof TaskFailedError)
        return { written: [], failed: [{ id: releases[0]!.id, reason: error.message }] };
      throw error;
    }
  }
  const outcome: BatchOutcome = { written: [], failed: [] };
  for (const release of releases) {
    const single = await writeBatch(client, indexUid, [release]);
    outcome.written.push(...single.written);
    outcome.failed.push(...single.failed);
  }
  return outcome;
}

export async function deleteDocuments(client: Meilisearch, indexUid: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await waitForSuccess(client.index(indexUid).deleteDocuments(ids), `Removing ${ids.length} releases`);
}
