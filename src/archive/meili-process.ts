/** Starts the bundled Meilisearch on 127.0.0.1 with its database in DATA_DIR, waits for /health, stops it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, open, readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { StartupError } from '../errors/startup-error.js';
import { stopProcess } from './process-util.js';

export interface MeiliProcess {
  pid: number;
  port: number;
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code when the process ends (for whatever reason). */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export interface StartMeiliOptions {
  binPath: string;
  dataDir: string;
  masterKey: string;
  /** Port to use; a free one is chosen when omitted. */
  port?: number;
  healthTimeoutMs?: number;
}

export function meiliPaths(dataDir: string): { db: string; dumps: string; snapshots: string; log: string } {
  const root = path.join(dataDir, 'meilisearch');
  return {
    db: path.join(root, 'data.ms'),
    dumps: path.join(root, 'dumps'),
    snapshots: path.join(root, 'snapshots'),
    log: path.join(root, 'meilisearch.log'),
  };
}

export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

const ESC = String.fromCharCode(27);
function stripAnsi(line: string): string {
  return line
    .split(ESC)
    .map((part, i) => (i === 0 ? part : part.replace(/^\[[0-9;]*m/, '')))
    .join('');
}

async function lastLogLine(logFile: string): Promise<string> {
  const text = await readFile(logFile, 'utf8').catch(() => '');
  const lines = text
    .split('\n')
    .map((l) => stripAnsi(l).trim())
    .filter(Boolean);
  const error = lines.reverse().find((l) => /error|address already in use|permission/i.test(l));
  return error ?? lines[0] ?? 'no output';
}

async function startOnce(options: StartMeiliOptions, port: number): Promise<MeiliProcess> {
  const paths = meiliPaths(options.dataDir);
  await mkdir(path.dirname(paths.log), { recursive: true });
  const log = await open(paths.log, 'a');
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    options.binPath,
    [
      '--db-path',
      paths.db,
      '--dump-dir',
      paths.dumps,
      '--snapshot-dir',
      paths.snapshots,
      '--http-addr',
      `127.0.0.1:${port}`,
      '--env',
      'production',
      '--no-analytics',
      '--experimental-dumpless-upgrade',
    ],
    // The key goes through the environment: not visible in `ps`, and a key starting with "-" is not
    // mistaken for an option.
    {
      stdio: ['ignore', log.fd, log.fd],
      detached: true,
      env: { ...process.env, MEILI_NO_ANALYTICS: 'true', MEILI_MASTER_KEY: options.masterKey },
    },
  );
  await log.close();
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(-1));
  });
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  const pid = child.pid;
  const proc: MeiliProcess = {
    pid: pid ?? -1,
    port,
    url,
    child,
    exited,
    stop: async () => {
      if (pid !== undefined) await stopProcess(pid);
      await exited;
    },
  };
  const until = Date.now() + (options.healthTimeoutMs ?? 30_000);
  while (Date.now() < until) {
    const ended = await Promise.race([exited.then(() => true), spawnError.then(() => true), delay(50, false)]);
    if (ended) {
      const line = await lastLogLine(paths.log);
      throw new StartupError(`Meilisearch (${options.binPath}) ended at start-up: ${line} (log: ${paths.log})`);
    }
    if (await healthy(url)) return proc;
  }
  await proc.stop();
  throw new StartupError(`Meilisearch did not answer on ${url}/health in time (log: ${paths.log}).`);
}

/** Starts Meilisearch; when a chosen free port was taken in the meantime, tries another one. */
export async function startMeili(options: StartMeiliOptions): Promise<MeiliProcess> {
  if (options.port !== undefined) return startOnce(options, options.port);
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(options, await freePort());
    } catch (error) {
      lastError = error;
      if (!/address already in use/i.test((error as Error).message)) throw error;
    }
  }
  throw lastError;
}
