/**
 * The site the browser checks run against: one real Meilisearch (bundled binary) holding the
 * sample releases of ingest/samples/files (and two structure fixtures, one of them corrected by an
 * archivist), the real app listening on 127.0.0.1, and one Chromium.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { applyArchiveSettings, archiveIndexNames } from '../../src/archive/archive-indexes.js';
import { ArchiveActions } from '../../src/admin/archive-actions.js';
import { ensureSearchKey } from '../../src/archive/search-key.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { createApp } from '../../src/web/app.js';
import { createSearchService } from '../../src/web/search-service.js';
import { runIngest } from '../../ingest/run/ingest-run.js';
import { ArchiveState } from '../../ingest/store/archive-state.js';
import { SAMPLES_DIR, sampleFiles } from '../../ingest/samples/load-samples.js';
import { readSampleManifest } from '../../ingest/samples/sample-manifest.js';
import { fixturePath } from '../helpers/fixture-files.js';
import { launchBrowser, type TestBrowser } from '../helpers/browser.js';
import { startTestMeili, type TestMeili } from '../helpers/test-meili.js';
import { tempDir } from '../helpers/temp-dir.js';
import { allowCompiledFunctions } from './evaluate-shim.js';

const INDEX = 'pressemitteilungen';

export interface A11ySite {
  /** http://127.0.0.1:<port> of the running app. */
  base: string;
  browser: TestBrowser;
  meili: TestMeili;
  /** Number of releases in the index (the samples, PDF and HTML of one release joined). */
  releases: number;
  /** DATA_DIR of the app (the feedback store). */
  dataDir: string;
  stop(): Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

/** Releases besides the samples: a table, a list and links (safe and hostile), in HTML and PDF. */
export const STRUCTURE_FIXTURES = ['good/smk-2026-05-20-tabelle-links.html', 'good/smk-2026-05-21-links.pdf'];

/** A release whose contact an archivist corrected (its phone number removed): its page shows „Metadaten korrigiert am …“. */
export const CORRECTED = {
  fixture: 'smk-2026-05-21-links.pdf',
  query: 'Antragsfrist verlängert',
  removedPhone: '564-99990',
};

async function correctContact(config: Config, meili: TestMeili, id: string | undefined): Promise<void> {
  if (!id) throw new Error(`${CORRECTED.fixture} was not ingested`);
  const actions = new ArchiveActions(config, meili.admin, path.join(config.dataDir, 'admin', 'audit.jsonl'));
  const actor = { account: 'anna', address: '127.0.0.1' };
  const reason = 'Die Telefonnummer ist nicht mehr gültig.';
  const outcome = await actions.correct(actor, id, { contact: { name: 'Maria Beispiel' } }, reason);
  if (outcome.status !== 'corrected') throw new Error(`correction of ${id}: ${JSON.stringify(outcome)}`);
}

export async function startA11ySite(): Promise<A11ySite> {
  const meili = await startTestMeili();
  const data = await tempDir('pressearchiv-a11y-');
  const cleanups: Array<() => Promise<unknown>> = [() => data.remove(), () => meili.stop()];
  const stop = async (): Promise<void> => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    // Every index of the archive with its settings, as npm start creates them (the word list's too).
    await applyArchiveSettings(meili.admin, archiveIndexNames(INDEX));
    // The browser starts while the samples are ingested; whichever fails, the other is cleaned up.
    const [started, ingested] = await Promise.allSettled([
      launchBrowser(),
      runIngest({ client: meili.admin, index: INDEX }, await ArchiveState.load(data.path, INDEX), {
        inputs: [...(await sampleFiles()), ...STRUCTURE_FIXTURES.map(fixturePath)],
        sampleOrigins: await readSampleManifest(SAMPLES_DIR),
        cwd: '/',
        dataDir: data.path,
        maxFileBytes: 5e7,
        concurrency: 2,
        sample: true,
      }),
    ]);
    if (started.status === 'fulfilled') cleanups.push(() => started.value.close());
    if (started.status === 'rejected') throw started.reason;
    if (ingested.status === 'rejected') throw ingested.reason;
    const browser = started.value;
    const report = ingested.value;
    await allowCompiledFunctions(browser.context);
    const failed = report.files.filter((f) => f.status === 'failed');
    if (failed.length > 0) throw new Error(`sample releases not loaded: ${failed.map((f) => f.file).join(', ')}`);
    const searchKey = await ensureSearchKey(meili.admin, INDEX);
    const config = loadConfig({ DATA_DIR: data.path, LOG_LEVEL: 'silent' });
    await correctContact(config, meili, report.files.find((f) => f.file.endsWith(CORRECTED.fixture))?.id);
    const search = createSearchService({ host: meili.url, apiKey: searchKey, index: INDEX });
    const server = createApp({ config, search, log: createLogger('silent', 'a11y') }).listen(0, '127.0.0.1');
    cleanups.push(
      () =>
        new Promise((resolve) => {
          server.close(resolve);
          server.closeAllConnections();
        }),
    );
    const base = await listen(server);
    const stats = await meili.admin.index(INDEX).getStats();
    return { base, browser, meili, releases: stats.numberOfDocuments, dataDir: data.path, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Inside a describe block: the site started before its tests and stopped after, with one page. */
export function siteForTests(): { readonly site: A11ySite; readonly page: Page } {
  let site: A11ySite | undefined;
  let page: Page | undefined;
  before(
    async () => {
      site = await startA11ySite();
      page = await site.browser.context.newPage();
    },
    { timeout: 120_000 },
  );
  after(async () => {
    await site?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the site is not started');
    return value;
  };
  return {
    get site() {
      return started(site);
    },
    get page() {
      return started(page);
    },
  };
}
