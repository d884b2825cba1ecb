/**
 * The settings of the archivists' surface (/verwaltung): where the admin process listens, the limits
 * of an upload, the watched folder. Read for config.ts (loadConfig), like every other variable; a
 * wrong value is a ConfigError naming the variable.
 */
import path from 'node:path';
import { ConfigError } from './errors/config-error.js';
import { hostAddress, integer, optionalString, trustProxy, type Env } from './env-values.js';

/** Limits of one upload in /verwaltung; files inside a ZIP count like files sent. Reasons: docs/configuration.md. */
export interface UploadConfig {
  /** Largest file, sent or unpacked (UPLOAD_MAX_MB, default MAX_FILE_MB). */
  maxFileBytes: number;
  /** Most files in one upload (UPLOAD_MAX_FILES, default 200). */
  maxFiles: number;
  /** Most bytes of one upload, sent and unpacked together (UPLOAD_MAX_TOTAL_MB, default 1024). */
  maxTotalBytes: number;
}

export interface WatchConfig {
  /** Absolute path of the watched folder (INGEST_WATCH_DIR). */
  dir: string;
  /** How often it is looked at (INGEST_WATCH_INTERVAL_S, default 30). */
  intervalMs: number;
}

/** Where the admin process listens. Defaults and reasons: docs/configuration.md. */
export interface AdminConfig {
  /** Its port; 0 = a free port; undefined = no admin process (ADMIN_PORT, default PORT + 1; "0" turns it off). */
  port: number | undefined;
  /** Address it binds to (ADMIN_HOST, default 127.0.0.1). */
  host: string;
  /** Express "trust proxy" of the admin process (ADMIN_TRUST_PROXY, as TRUST_PROXY; default off). */
  trustProxy: boolean | number | string;
}

/** ADMIN_PORT unset: the port after PORT (a free one when PORT is 0); "0": no admin process. */
export function adminConfig(env: Env, port: number): AdminConfig {
  const raw = optionalString(env, 'ADMIN_PORT');
  let adminPort: number | undefined;
  if (raw === undefined) {
    if (port === 65535) throw new ConfigError('ADMIN_PORT must be set when PORT is 65535 (its default is PORT + 1).');
    adminPort = port === 0 ? 0 : port + 1;
  } else {
    const given = integer(env, 'ADMIN_PORT', 0, 0, 65535);
    adminPort = given === 0 ? undefined : given;
  }
  if (adminPort !== undefined && adminPort !== 0 && adminPort === port) {
    throw new ConfigError(`ADMIN_PORT must differ from PORT (${port}).`);
  }
  return { port: adminPort, host: hostAddress(env, 'ADMIN_HOST'), trustProxy: trustProxy(env, 'ADMIN_TRUST_PROXY') };
}

export function uploadConfig(env: Env, maxFileMb: number): UploadConfig {
  return {
    maxFileBytes: integer(env, 'UPLOAD_MAX_MB', maxFileMb, 1, 4096) * 1024 * 1024,
    maxFiles: integer(env, 'UPLOAD_MAX_FILES', 200, 1, 10_000),
    maxTotalBytes: integer(env, 'UPLOAD_MAX_TOTAL_MB', 1024, 1, 65_536) * 1024 * 1024,
  };
}

export function watchConfig(env: Env, cwd: string): WatchConfig | undefined {
  const dir = optionalString(env, 'INGEST_WATCH_DIR');
  if (dir === undefined) return undefined;
  return { dir: path.resolve(cwd, dir), intervalMs: integer(env, 'INGEST_WATCH_INTERVAL_S', 30, 1, 3600) * 1000 };
}
