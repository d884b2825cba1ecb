/**
 * Loads the sample releases shipped in ingest/samples/files (marked `sample: true`). Called by
 * `npm start` for an empty index of the bundled Meilisearch (or with LOAD_SAMPLES=1).
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ArchiveConnection } from '../../src/archive/archive-connection.js';
import { createMeiliClient } from '../../src/archive/meili-client.js';
import type { Config } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import { runIngest } from '../pipeline.js';
import type { IngestSummary } from '../report.js';

export const SAMPLES_DIR = fileURLToPath(new URL('./files/', import.meta.url));

export async function ingestSampleReleases(config: Config, connection: ArchiveConnection, log: Logger): Promise<IngestSummary> {
  const client = createMeiliClient({ host: connection.host, apiKey: connection.adminKey, timeoutMs: 120_000 });
  const report = await runIngest(
    { client, index: config.meiliIndex },
    {
      inputs: [SAMPLES_DIR],
      cwd: process.cwd(),
      dataDir: config.dataDir,
      maxFileBytes: config.maxFileBytes,
      concurrency: os.availableParallelism(),
      sample: true,
    },
  );
  for (const file of report.files.filter((f) => f.status === 'failed')) {
    log.warn({ file: file.file, reason: file.reason }, 'Sample release not loaded');
  }
  return report.summary;
}
