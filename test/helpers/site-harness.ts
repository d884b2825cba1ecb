/**
 * The site under test: a real Meilisearch (bundled binary) with the index settings and the test
 * releases, the app created with a search-only key, and a temporary DATA_DIR for originals.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Express } from 'express';
import { applyArchiveSettings, archiveIndexNames } from '../../src/archive/archive-indexes.js';
import { WordTally } from '../../ingest/run/word-tally.js';
import { originalPath } from '../../src/archive/originals.js';
import type { Release } from '../../src/archive/release.js';
import { toSearchDocument } from '../../src/archive/search-document.js';
import { ensureSearchKey } from '../../src/archive/search-key.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createApp } from '../../src/web/app.js';
import { createSearchService } from '../../src/web/search-service.js';
import { startTestMeili, type TestMeili } from './test-meili.js';
import { tempDir } from './temp-dir.js';
import { ALL_RELEASES } from './site-releases.js';

export const INDEX = 'pressemitteilungen';

export interface Site {
  meili: TestMeili;
  searchKey: string;
  dataDir: string;
  app(env?: Record<string, string>): Express;
  stop(): Promise<void>;
}

export async function indexReleases(
  meili: TestMeili,
  releases: Release[] = ALL_RELEASES,
  index: string = INDEX,
): Promise<void> {
  await applyArchiveSettings(meili.admin, archiveIndexNames(index));
  const task = await meili.admin.index(index).addDocuments(releases.map(toSearchDocument)).waitTask();
  if (task.status !== 'succeeded') throw new Error(`indexing failed: ${JSON.stringify(task.error)}`);
  // The archive's word list, as an ingest writes it (the adaptive search plan reads it).
  const words = new WordTally();
  words.add(releases);
  await words.write(meili.admin, archiveIndexNames(index).words);
}

export async function keepOriginal(dataDir: string, sha256: string, content: string | Buffer): Promise<void> {
  const file = originalPath(dataDir, sha256);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

export async function startSite(releases: Release[] = ALL_RELEASES): Promise<Site> {
  const meili = await startTestMeili();
  const data = await tempDir('pressearchiv-site-');
  try {
    await indexReleases(meili, releases);
    const searchKey = await ensureSearchKey(meili.admin, INDEX);
    return {
      meili,
      searchKey,
      dataDir: data.path,
      app(env = {}) {
        const config = loadConfig({ DATA_DIR: data.path, LOG_LEVEL: 'silent', ...env });
        // As src/server.ts: one request to Meilisearch may take SEARCH_TIMEOUT_MS.
        const search = createSearchService({
          host: meili.url,
          apiKey: searchKey,
          index: INDEX,
          timeoutMs: config.searchLimits.timeoutMs,
          wordList: config.searchPlan === 'adaptive',
        });
        return createApp({ config, search, log: createLogger('silent', 'test') });
      },
      async stop() {
        await meili.stop();
        await data.remove();
      },
    };
  } catch (error) {
    await meili.stop();
    await data.remove();
    throw error;
  }
}
