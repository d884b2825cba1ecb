/**
 * The admin app (its own limited key, an account „anna“) and the public app (the search key) over
 * one index of a test Meilisearch, as the integration tests of the archivists' surface need them.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { addAccount } from '../../src/admin/accounts/account-commands.js';
import { createAdminApp } from '../../src/admin/admin-app.js';
import { openAdminStorage, type AdminStorage } from '../../src/admin/admin-storage.js';
import { ensureAdminKey } from '../../src/archive/admin-key.js';
import { createMeiliClient } from '../../src/archive/meili-client.js';
import { ensureSearchKey } from '../../src/archive/search-key.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createApp } from '../../src/web/app.js';
import { createSearchService } from '../../src/web/search-service.js';
import { AdminClient } from './admin-client.js';
import type { TestMeili } from './test-meili.js';

export interface AdminHarness {
  origin: string;
  storage: AdminStorage;
  /** The public app, without a search cache. */
  site: Express;
  /** A client signed in as „anna“. */
  anna(): Promise<AdminClient>;
  close(): Promise<void>;
}

export async function startAdminHarness(
  meili: TestMeili,
  dataDir: string,
  index: string,
  password: string,
): Promise<AdminHarness> {
  const config = loadConfig({ DATA_DIR: dataDir, MEILI_INDEX: index, LOG_LEVEL: 'silent' });
  const storage = await openAdminStorage(dataDir, Date.now);
  const app = createAdminApp({
    config,
    meili: createMeiliClient({ host: meili.url, apiKey: await ensureAdminKey(meili.admin, index) }),
    storage,
    log: createLogger('silent', 'test'),
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  await addAccount({ files: storage.files, actor: 'cli:test' }, 'anna', password);
  const search = createSearchService({ host: meili.url, apiKey: await ensureSearchKey(meili.admin, index), index });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    storage,
    anna: async () => {
      const client = new AdminClient(origin);
      const answer = await client.signIn('/verwaltung', 'anna', password);
      if (answer.status !== 303) throw new Error(`sign-in failed: ${answer.status}`);
      return client;
    },
    site: createApp({ config: { ...config, searchCacheBytes: 0 }, search, log: createLogger('silent', 'test') }),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
