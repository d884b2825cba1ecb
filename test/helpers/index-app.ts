/** The web app over one index of a test Meilisearch, as the integration tests of ingest read it back. */
import type { Express } from 'express';
import { ensureSearchKey } from '../../src/archive/search-key.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createApp } from '../../src/web/app.js';
import { createSearchService } from '../../src/web/search-service.js';
import type { TestMeili } from './test-meili.js';

export async function appOverIndex(meili: TestMeili, index: string, dataDir: string): Promise<Express> {
  return createApp({
    config: loadConfig({ DATA_DIR: dataDir, MEILI_INDEX: index }),
    search: createSearchService({ host: meili.url, apiKey: await ensureSearchKey(meili.admin, index), index }),
    log: createLogger('silent', 'test'),
  });
}
