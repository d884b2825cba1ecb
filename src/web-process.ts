/**
 * Runs the web server as a child process whose environment holds only the read-only search key:
 * the master key and the admin process's key never reach it. The admin process (/verwaltung) is
 * started the same way (src/admin/admin-process.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LogFormat } from './config.js';

const SERVER_ENTRY = fileURLToPath(new URL('./server.ts', import.meta.url));
/** Variables the web process must never see. */
const SECRET_VARIABLES = ['MEILI_MASTER_KEY', 'MEILI_ADMIN_KEY'];

export interface ServerProcess {
  child: ChildProcess;
  /** Resolves when the server listens; rejects with its one-line reason when it fails to start. */
  ready: Promise<{ port: number }>;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}
export type WebProcess = ServerProcess;

/** `logFormat`: the form npm start's own lines take, so the server's match them even when its stderr is a pipe. */
export function webEnvironment(
  base: NodeJS.ProcessEnv,
  host: string,
  searchKey: string,
  logFormat: LogFormat,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, MEILI_HOST: host, MEILI_SEARCH_KEY: searchKey, LOG_FORMAT: logFormat };
  for (const name of SECRET_VARIABLES) delete env[name];
  return env;
}

/**
 * Starts `entry` (a server that reports `{type: 'listening', port}` or `{type: 'failed', error}` over
 * IPC) with exactly the environment `env`; `what` names it in errors ("the web server").
 */
export function startServerProcess(entry: string, env: NodeJS.ProcessEnv, what: string): ServerProcess {
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), entry], {
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<{ port: number }>((resolve, reject) => {
    child.on('message', (message: { type?: string; port?: number; error?: string }) => {
      if (message.type === 'listening' && typeof message.port === 'number') resolve({ port: message.port });
      if (message.type === 'failed') reject(new Error(message.error ?? `${what} failed to start`));
    });
    void exited.then((code) => reject(new Error(`${what} ended at start-up (exit code ${code})`)));
  });
  ready.catch(() => {});
  return {
    child,
    ready,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export function startWebProcess(env: NodeJS.ProcessEnv): WebProcess {
  return startServerProcess(SERVER_ENTRY, env, 'the web server');
}
