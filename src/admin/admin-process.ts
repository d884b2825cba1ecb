/**
 * Runs the admin process (/verwaltung) as a child of `npm start`: its environment holds the admin
 * key (src/archive/admin-key.ts) and neither the master key nor the web server's search key, and it
 * listens on ADMIN_HOST:ADMIN_PORT (src/admin/admin-server.ts).
 */
import { fileURLToPath } from 'node:url';
import type { LogFormat } from '../config.js';
import { startServerProcess, type ServerProcess } from '../web-process.js';

const ADMIN_ENTRY = fileURLToPath(new URL('./admin-server.ts', import.meta.url));
/** Keys the admin process must never see. */
const OTHER_KEYS = ['MEILI_MASTER_KEY', 'MEILI_SEARCH_KEY'];

export function adminEnvironment(
  base: NodeJS.ProcessEnv,
  host: string,
  adminKey: string,
  logFormat: LogFormat,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, MEILI_HOST: host, MEILI_ADMIN_KEY: adminKey, LOG_FORMAT: logFormat };
  for (const name of OTHER_KEYS) delete env[name];
  return env;
}

export function startAdminProcess(env: NodeJS.ProcessEnv): ServerProcess {
  return startServerProcess(ADMIN_ENTRY, env, 'the admin process');
}
