/**
 * `npm start`: a small supervisor. It owns the bundled Meilisearch (or uses MEILI_HOST), applies the
 * index settings with the admin key, loads the sample releases into an empty index, creates the
 * read-only search key and runs the web server as a child process that holds only that key, and
 * the admin process (/verwaltung) as another child holding only the admin key (src/admin/).
 */
import { loadConfig, type Config } from './config.js';
import { connectForStart, type ArchiveConnection } from './archive/archive-connection.js';
import { applyArchiveSettings, archiveIndexNames } from './archive/archive-indexes.js';
import { createMeiliClient } from './archive/meili-client.js';
import { ensureSearchKey } from './archive/search-key.js';
import { ensureAdminKey } from './archive/admin-key.js';
import { adminEnvironment, startAdminProcess } from './admin/admin-process.js';
import { ConfigError } from './errors/config-error.js';
import { StartupError } from './errors/startup-error.js';
import { createLogger, resolveLogFormat, type Logger } from './log.js';
import { loadSamplesIfWanted } from './sample-loading.js';
import { WatchedFolder } from './admin/watch/watched-folder.js';
import { publicUrlNotice } from './public-url-notice.js';
import { checkLegalSettings } from './legal-settings-check.js';
import { startWebProcess, webEnvironment, type ServerProcess, type WebProcess } from './web-process.js';

async function searchKeyFor(config: Config, connection: ArchiveConnection): Promise<string> {
  if (config.meiliSearchKey) return config.meiliSearchKey;
  if (!connection.adminKey) {
    throw new StartupError('MEILI_HOST is set without a key: set MEILI_SEARCH_KEY, or MEILI_MASTER_KEY to create one.');
  }
  return ensureSearchKey(createMeiliClient({ host: connection.host, apiKey: connection.adminKey }), config.meiliIndex);
}

/** The admin process's key: MEILI_ADMIN_KEY as given, else made with the master key; none: no admin process. */
async function adminKeyFor(config: Config, connection: ArchiveConnection, log: Logger): Promise<string | undefined> {
  if (config.meiliAdminKey) return config.meiliAdminKey;
  if (!connection.adminKey) {
    log.warn(
      'No key for the admin process: set MEILI_ADMIN_KEY, or MEILI_MASTER_KEY to create one; /verwaltung is off',
    );
    return undefined;
  }
  return ensureAdminKey(createMeiliClient({ host: connection.host, apiKey: connection.adminKey }), config.meiliIndex);
}

async function prepareIndex(config: Config, connection: ArchiveConnection, log: Logger): Promise<void> {
  if (!connection.adminKey) {
    log.warn('No admin key for MEILI_HOST: index settings are not applied and no samples are loaded');
    return;
  }
  const admin = createMeiliClient({ host: connection.host, apiKey: connection.adminKey, timeoutMs: 60_000 });
  const changed = await applyArchiveSettings(admin, archiveIndexNames(config.meiliIndex));
  if (Object.keys(changed).length > 0) log.info({ changed }, 'Index settings applied');
}

/** Sample releases load while the site already serves (a fresh archive shows them after a few seconds). */
function loadSamplesInBackground(config: Config, connection: ArchiveConnection, log: Logger): void {
  if (!connection.adminKey) return;
  const admin = createMeiliClient({ host: connection.host, apiKey: connection.adminKey, timeoutMs: 60_000 });
  loadSamplesIfWanted(config, connection, admin, log).catch((error: unknown) =>
    log.error({ err: error }, 'Loading the sample releases failed'),
  );
}

/** INGEST_WATCH_DIR: the watched folder, looked at in the background (src/admin/watch/watched-folder.ts). */
async function watchFolder(
  config: Config,
  connection: ArchiveConnection,
  log: Logger,
): Promise<WatchedFolder | undefined> {
  if (!config.watch) return undefined;
  if (!connection.adminKey) {
    log.warn('No admin key for MEILI_HOST: the watched folder INGEST_WATCH_DIR is not ingested');
    return undefined;
  }
  const admin = createMeiliClient({ host: connection.host, apiKey: connection.adminKey, timeoutMs: 120_000 });
  const watched = new WatchedFolder({ ...config, watch: config.watch }, admin, log);
  await watched.start();
  return watched;
}

function fatal(message: string): never {
  process.stderr.write(`pressearchiv: ${message}\n`);
  process.exit(1);
}

/** Restarts an owned Meilisearch that ended unexpectedly (same port and data); gives up after 5 quick failures. */
async function superviseMeili(
  connection: ArchiveConnection,
  log: Logger,
  isStopping: () => boolean,
  shutdown: (code: number) => Promise<never>,
): Promise<void> {
  const recent: number[] = [];
  for (;;) {
    const code = await connection.meili!.exited;
    if (isStopping()) return;
    log.error({ code }, 'Meilisearch ended unexpectedly; starting it again');
    recent.push(Date.now());
    while (recent.length > 0 && Date.now() - recent[0]! > 60_000) recent.shift();
    if (recent.length > 5) {
      log.fatal('Meilisearch keeps ending; giving up');
      await shutdown(1);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500 * recent.length));
    try {
      await connection.restart!();
    } catch (error) {
      log.error({ err: error }, 'Meilisearch could not be started again');
    }
  }
}

async function run(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    fatal(error instanceof ConfigError ? error.message : String(error));
  }
  // Start-up checks, in this order: configuration (above), the legal settings (here, before
  // Meilisearch starts), then the connection, keys and processes; PUBLIC_URL's notice once serving.
  const legal = checkLegalSettings(process.env);
  if (legal && 'refuse' in legal) fatal(legal.refuse);
  // Decided here once: the web server's lines take the same form, whatever its stderr is.
  const logFormat = resolveLogFormat(config.logFormat, process.stderr.isTTY === true);
  const log = createLogger(config.logLevel, 'pressearchiv', { format: logFormat });
  if (legal && 'warn' in legal) log.warn(legal.warn);
  let connection: ArchiveConnection | undefined;
  let web: WebProcess | undefined;
  let admin: ServerProcess | undefined;
  let watched: WatchedFolder | undefined;
  let stopping = false;

  const shutdown = async (code: number): Promise<never> => {
    if (stopping) return new Promise<never>(() => {});
    stopping = true;
    watched?.stop();
    await Promise.all([web?.stop(), admin?.stop()]);
    await connection?.close();
    log.info('Stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    connection = await connectForStart(config, log);
    await prepareIndex(config, connection, log);
    const searchKey = await searchKeyFor(config, connection);
    const adminKey = config.admin.port === undefined ? undefined : await adminKeyFor(config, connection, log);
    web = startWebProcess(webEnvironment(process.env, connection.host, searchKey, logFormat));
    if (adminKey) admin = startAdminProcess(adminEnvironment(process.env, connection.host, adminKey, logFormat));
    const [{ port }, adminPort] = await Promise.all([web.ready, admin?.ready.then((ready) => ready.port)]);
    log.info(`Pressearchiv läuft auf http://${config.host}:${port}${config.basePath}/`);
    if (adminPort !== undefined)
      log.info(`Verwaltung läuft auf http://${config.admin.host}:${adminPort}${config.basePath}/verwaltung/`);
    const notice = publicUrlNotice(config);
    if (notice) log.info(notice);
    loadSamplesInBackground(config, connection, log);
    watched = await watchFolder(config, connection, log);
    for (const [child, what] of [
      [web, 'The web server'],
      [admin, 'The admin process'],
    ] as const) {
      void child?.exited.then((code) => {
        if (!stopping) {
          log.error({ code }, `${what} ended unexpectedly`);
          void shutdown(1);
        }
      });
    }
    if (connection.meili) void superviseMeili(connection, log, () => stopping, shutdown);
  } catch (error) {
    const known = error instanceof StartupError || error instanceof ConfigError;
    const message = known ? error.message : `Start-up failed: ${(error as Error).message}`;
    process.stderr.write(`pressearchiv: ${message}\n`);
    if (!known) log.debug({ err: error }, 'start-up failure');
    stopping = true;
    await Promise.all([web?.stop(), admin?.stop()]);
    await connection?.close();
    process.exit(1);
  }
}

void run();
