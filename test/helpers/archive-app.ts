/**
 * The public app as deployed under a path (`/archiv` of https://presse.example.de/archiv) with a
 * stand-in search service holding `releases`. Call inside a describe: its DATA_DIR is a temporary
 * folder made before the suite's tests and removed after them.
 */
import { after, before } from 'node:test';
import type { Express } from 'express';
import type { Release } from '../../src/archive/release.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createApp } from '../../src/web/app.js';
import { fakeSearch } from './fake-search.js';
import { tempDir } from './temp-dir.js';

export const ARCHIVE_ORIGIN = 'https://presse.example.de';

export function archiveApp(releases: Release[]): () => Express {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  before(async () => {
    dir = await tempDir();
  });
  after(() => dir.remove());
  return () =>
    createApp({
      config: loadConfig({ DATA_DIR: dir.path, PUBLIC_URL: `${ARCHIVE_ORIGIN}/archiv`, BASE_PATH: '/archiv' }),
      search: fakeSearch({ releases }),
      log: createLogger('silent', 'test'),
    });
}
