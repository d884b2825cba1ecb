/**
 * When `npm start` loads the sample releases: into an empty index of the bundled Meilisearch, or
 * anywhere when LOAD_SAMPLES=1 — never into a user's external archive unasked. LOAD_SAMPLES=0 never,
 * and never again into an archive whose samples were deleted (`--remove-samples`, samples-removed.ts).
 */
import type { Meilisearch } from 'meilisearch';
import type { Config } from './config.js';
import type { ArchiveConnection } from './archive/archive-connection.js';
import type { Logger } from './log.js';
import { SAMPLES_REMOVED_FILE, samplesWereRemoved } from './archive/samples-removed.js';

export function shouldLoadSamples(config: Config, mode: ArchiveConnection['mode'], documentCount: number): boolean {
  if (config.loadSamples === false) return false;
  if (config.loadSamples === true) return true;
  return mode !== 'external' && documentCount === 0;
}

export async function loadSamplesIfWanted(
  config: Config,
  connection: ArchiveConnection,
  admin: Meilisearch,
  log: Logger,
): Promise<void> {
  const stats = await admin.index(config.meiliIndex).getStats();
  if (!shouldLoadSamples(config, connection.mode, stats.numberOfDocuments)) return;
  if (await samplesWereRemoved(config.dataDir)) {
    log.info(`No sample releases: they were deleted from this archive (${SAMPLES_REMOVED_FILE} in DATA_DIR)`);
    return;
  }
  // loaded only when needed: the ingest pipeline is not part of a normal start-up
  const { ingestSampleReleases } = await import('../ingest/samples/load-samples.js');
  const summary = await ingestSampleReleases(config, connection, log);
  log.info(summary, 'Sample releases loaded');
}
