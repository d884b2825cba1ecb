/**
 * Loads the sample releases shipped in ingest/samples/files (marked `sample: true`, and
 * `invented: true` unless the manifest names a real release's portal). Called by
 * `npm start` for an empty index of the bundled Meilisearch (or with LOAD_SAMPLES=1).
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ArchiveConnection } from '../../src/archive/archive-connection.js';
import { createMeiliClient } from '../../src/archive/meili-client.js';
import type { Config } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import { samplesWereRemoved } from '../../src/archive/samples-removed.js';
import { withWriterLock, type WriterInfo } from '../../src/archive/writer-lock.js';
import { loadDefaultVocabularies } from '../classify/vocabularies.js';
import { runIngest } from '../run/ingest-run.js';
import { ArchiveState } from '../store/archive-state.js';
import { emptyReport, type IngestSummary } from '../run/ingest-report.js';
import { readSampleManifest } from './sample-manifest.js';

export const SAMPLES_DIR = fileURLToPath(new URL('./files/', import.meta.url));

/** The sample files listed in files/.manifest.json (sample-manifest.ts), as absolute paths. */
export async function sampleFiles(): Promise<string[]> {
  return [...(await readSampleManifest(SAMPLES_DIR)).keys()];
}

export async function ingestSampleReleases(
  config: Config,
  connection: ArchiveConnection,
  log: Logger,
): Promise<IngestSummary> {
  const client = createMeiliClient({ host: connection.host, apiKey: connection.adminKey, timeoutMs: 120_000 });
  loadDefaultVocabularies(); // a broken search-config file fails here, once, not with every file
  const onWait = (holder: WriterInfo): void =>
    log.info(
      { pid: holder.pid, since: holder.since },
      `Sample releases wait: ${holder.what} is writing to the archive`,
    );
  return withWriterLock(config.dataDir, 'Beispielmitteilungen (npm start)', { onWait }, async () => {
    // Deleted by --remove-samples while this start waited for the lock: not loaded again.
    if (await samplesWereRemoved(config.dataDir)) return emptyReport().summary;
    const state = await ArchiveState.load(config.dataDir, config.meiliIndex);
    const origins = await readSampleManifest(SAMPLES_DIR);
    const report = await runIngest({ client, index: config.meiliIndex }, state, {
      inputs: [...origins.keys()],
      cwd: process.cwd(),
      dataDir: config.dataDir,
      maxFileBytes: config.maxFileBytes,
      ocr: config.ocr,
      concurrency: os.availableParallelism(),
      sample: true,
      sampleOrigins: origins,
    });
    for (const file of report.files.filter((f) => f.status === 'failed')) {
      log.warn({ file: file.file, reason: file.reason }, 'Sample release not loaded');
    }
    return report.summary;
  });
}
