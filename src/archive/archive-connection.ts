/**
 * How a process reaches the archive's Meilisearch:
 * - MEILI_HOST set: that server, nothing is started.
 * - `npm start`: takes the DATA_DIR lock and owns a bundled Meilisearch for its lifetime.
 * - ingest: uses the Meilisearch of a running `npm start`, or starts its own for the run.
 */
import { setTimeout as delay } from 'node:timers/promises';
import type { Config } from '../config.js';
import { StartupError } from '../errors/startup-error.js';
import type { Logger } from '../log.js';
import { ensureDataDir, readMasterKey, readOrCreateMasterKey } from './data-dir.js';
import { acquireLock, readLock, type DataLock, type LockInfo, type LockRole } from './data-lock.js';
import { findMeiliBinary } from './meili-binary.js';
import { startMeili, type MeiliProcess } from './meili-process.js';
import { isAlive } from './process-util.js';

export interface ArchiveConnection {
  host: string;
  /** Master or admin key; undefined for an external server given only a search key. */
  adminKey: string | undefined;
  /** How this process reached Meilisearch. */
  mode: 'external' | 'owned' | 'shared';
  meili?: MeiliProcess;
  /** Owned Meilisearch only: starts it again on the same port and data after it ended unexpectedly. */
  restart?(): Promise<MeiliProcess>;
  close(): Promise<void>;
}

async function reachable(host: string, timeoutMs = 3000): Promise<string | undefined> {
  try {
    const res = await fetch(`${host}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    return res.ok ? undefined : `HTTP ${res.status}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return cause?.code ?? (error as Error).name;
  }
}

async function external(config: Config, host: string): Promise<ArchiveConnection> {
  const problem = await reachable(host);
  if (problem) throw new StartupError(`MEILI_HOST ${host} is not reachable (${problem}).`);
  return { host, adminKey: config.meiliMasterKey, mode: 'external', close: async () => {} };
}

function busyMessage(holder: LockInfo, dataDir: string): string {
  return holder.role === 'start'
    ? `Pressearchiv already runs on ${dataDir} (pid ${holder.ownerPid}${holder.port ? `, Meilisearch on port ${holder.port}` : ''}); stop it first or choose another DATA_DIR.`
    : `An ingest run (pid ${holder.ownerPid}) is using ${dataDir}; try again when it has finished.`;
}

async function startOwned(config: Config, role: LockRole, log: Logger): Promise<ArchiveConnection> {
  const binary = await findMeiliBinary(config.meiliBin, config.dataDir);
  if (binary.version)
    log.info({ bin: binary.path, version: binary.version }, `Using Meilisearch from ${binary.origin}`);
  const result = await acquireLock(config.dataDir, role);
  if (!result.acquired) throw new StartupError(busyMessage(result.holder, config.dataDir));
  const lock: DataLock = result.lock;
  if (result.replacedOrphan) log.warn('Stopped a Meilisearch left behind by a process that had ended');
  try {
    const masterKey = await readOrCreateMasterKey(config.dataDir);
    const connection: ArchiveConnection = {
      host: '',
      adminKey: masterKey,
      mode: 'owned',
      restart: async () => {
        const port = connection.meili?.port;
        const meili = await startMeili({
          binPath: binary.path,
          dataDir: config.dataDir,
          masterKey,
          ...(port ? { port } : {}),
        });
        await lock.update({ meiliPid: meili.pid, port: meili.port });
        log.info({ port: meili.port, pid: meili.pid }, 'Meilisearch started');
        connection.meili = meili;
        connection.host = meili.url;
        return meili;
      },
      close: async () => {
        await connection.meili?.stop();
        await lock.release();
      },
    };
    connection.meili = undefined;
    await connection.restart!();
    return connection;
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/** Connection for `npm start`, which owns the bundled Meilisearch. */
export async function connectForStart(config: Config, log: Logger): Promise<ArchiveConnection> {
  // With MEILI_HOST too: feedback reports, sessions, originals of samples and uploads live in DATA_DIR.
  await ensureDataDir(config.dataDir, log, { bundledMeili: !config.meiliHost });
  if (config.meiliHost) return external(config, config.meiliHost);
  return startOwned(config, 'start', log);
}

/** Connection for an ingest run: a running `npm start`'s Meilisearch, else one of its own. */
export async function connectForIngest(config: Config, log: Logger): Promise<ArchiveConnection> {
  if (config.meiliHost) {
    if (!config.meiliMasterKey)
      throw new StartupError('MEILI_MASTER_KEY (or an admin key) is needed to ingest into MEILI_HOST.');
    // Originals, state and cache live in DATA_DIR with an external Meilisearch too.
    await ensureDataDir(config.dataDir, log, { bundledMeili: false });
    return external(config, config.meiliHost);
  }
  await ensureDataDir(config.dataDir, log, { bundledMeili: true });
  for (let waited = 0; waited < 30_000; waited += 200) {
    const holder = await readLock(config.dataDir);
    if (!holder || !isAlive(holder.ownerPid)) break;
    if (holder.role === 'ingest') throw new StartupError(busyMessage(holder, config.dataDir));
    if (holder.port !== undefined) {
      const host = `http://127.0.0.1:${holder.port}`;
      if ((await reachable(host)) === undefined) {
        log.info({ host, ownerPid: holder.ownerPid }, 'Using the Meilisearch of the running npm start');
        return { host, adminKey: await readMasterKey(config.dataDir), mode: 'shared', close: async () => {} };
      }
    }
    await delay(200);
  }
  return startOwned(config, 'ingest', log);
}
