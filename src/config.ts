/**
 * Every environment variable of Pressearchiv is read and validated here, and only here (the
 * archivists' surface's settings in config-admin.ts, which loadConfig calls).
 * A wrong value fails fast with a ConfigError whose message names the variable.
 */
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from './errors/config-error.js';
import {
  adminConfig,
  uploadConfig,
  watchConfig,
  type AdminConfig,
  type UploadConfig,
  type WatchConfig,
} from './config-admin.js';
import { hostAddress, integer, optionalBoolean, optionalString, trustProxy, type Env } from './env-values.js';

export type { AdminConfig, UploadConfig, WatchConfig } from './config-admin.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
/** Readable lines for a person, or JSON lines for log collectors and tests. */
export type LogFormat = 'pretty' | 'json';

export interface OperatorConfig {
  /** Name of the body that runs the archive (Impressum, Erklärung zur Barrierefreiheit). */
  name: string;
  address: string;
  email: string;
  phone: string;
  /** Person responsible for the content (§ 18 MStV). */
  responsible: string;
  /** Name and web address of the responsible Schlichtungsstelle. */
  arbitrationName: string;
  arbitrationUrl: string;
}

export interface Config {
  /** Port of the web server (PORT, default 3000). */
  port: number;
  /** Address the web server binds to (HOST, default 127.0.0.1). */
  host: string;
  /** Path prefix when served under a sub-path behind a proxy (BASE_PATH, e.g. "/archiv"; default ""). */
  basePath: string;
  /**
   * Absolute address of the site, without a trailing slash, for every absolute URL (feeds, sitemap,
   * citations); never taken from a request (PUBLIC_URL; default http://HOST:PORT plus BASE_PATH).
   */
  publicUrl: string;
  /** False when PUBLIC_URL is unset and publicUrl was built from HOST, PORT and BASE_PATH (npm start says so). */
  publicUrlGiven: boolean;
  /** Runtime data: Meilisearch database, master key, originals, caches, feedback (DATA_DIR, default ./data). */
  dataDir: string;
  /** URL of an external Meilisearch; when unset the bundled one is started (MEILI_HOST). */
  meiliHost: string | undefined;
  /** Master or admin key for an external Meilisearch (MEILI_MASTER_KEY). */
  meiliMasterKey: string | undefined;
  /** Read-only key handed to the web server as it is (MEILI_SEARCH_KEY). */
  meiliSearchKey: string | undefined;
  /** Key of the admin process, handed to it as it is; never the master key (MEILI_ADMIN_KEY). */
  meiliAdminKey: string | undefined;
  /** Index name (MEILI_INDEX, default "pressemitteilungen"). */
  meiliIndex: string;
  /** Meilisearch binary to use instead of the bundled one (MEILI_BIN). */
  meiliBin: string | undefined;
  /** Load the sample releases: true/false when set, undefined = only into an empty bundled index (LOAD_SAMPLES). */
  loadSamples: boolean | undefined;
  logLevel: LogLevel;
  /** Form of the log lines (LOG_FORMAT); undefined: readable when stderr is a terminal, JSON lines otherwise. */
  logFormat: LogFormat | undefined;
  /**
   * How text queries are read (SEARCH_PLAN): `adaptive` (default) chooses the reading from the
   * archive's word list, `federated` reads every query in relevance order both ways (issue 21's former plan).
   */
  searchPlan: SearchPlanName;
  /** Files above this size are refused by ingest (MAX_FILE_MB, default 50). */
  maxFileBytes: number;
  /** OCR of scanned PDF pages and image files at ingest (OCR_* variables). */
  ocr: OcrConfig;
  /** Express "trust proxy" setting (TRUST_PROXY: a hop count, "true", or a list of addresses; default off). */
  trustProxy: boolean | number | string;
  /** Bytes of search answers (as JSON) the web server keeps while the index is unchanged (SEARCH_CACHE_MB, default 64; 0 = off). */
  searchCacheBytes: number;
  /** Release pages per sitemap file; more make /sitemap.xml an index of files (SITEMAP_URLS_PER_FILE, default and most 50,000). */
  sitemapUrlsPerFile: number;
  /** Send a Server-Timing header on search answers: Meilisearch time and cache use (SERVER_TIMING, default off). */
  serverTiming: boolean;
  /** Days that stored accessibility feedback is kept (FEEDBACK_RETENTION_DAYS, default 365). */
  feedbackRetentionDays: number;
  /** How the web server shares Meilisearch between client addresses (SEARCH_* variables). */
  searchLimits: SearchLimits;
  /** The archivists' surface /verwaltung, a process of its own (ADMIN_* variables). */
  admin: AdminConfig;
  /** Uploads in /verwaltung (UPLOAD_* variables). */
  upload: UploadConfig;
  /** The folder `npm start` ingests dropped files from (INGEST_WATCH_*); undefined: off (the default). */
  watch: WatchConfig | undefined;
  operator: OperatorConfig;
}

export type SearchPlanName = 'adaptive' | 'federated';

/**
 * Searches wait in a queue served fairly across client addresses (src/web/fair-queue.ts); every page
 * has a deadline for its answers. Defaults and reasons: docs/configuration.md.
 */
export interface SearchLimits {
  /** Searches sent to Meilisearch at the same time (SEARCH_CONCURRENCY, default 16). */
  concurrency: number;
  /** Of those, searches of one client address (SEARCH_CONCURRENCY_PER_ADDRESS, default 2). */
  concurrencyPerAddress: number;
  /** Searches of one client address waiting at once; one more is a 429 (SEARCH_QUEUE_PER_ADDRESS, default 64). */
  queuePerAddress: number;
  /** Searches waiting in all; one more is a 503 (SEARCH_QUEUE_TOTAL, default 512). */
  queueTotal: number;
  /** Longest wait of a search in the queue; then a 503 (SEARCH_QUEUE_WAIT_MS, default 3000). */
  queueWaitMs: number;
  /** A page that has not had Meilisearch's answers this long after it arrived is a 503 (SEARCH_TIMEOUT_MS, default 5000). */
  timeoutMs: number;
  /** Requests of one address to /suche and /api/suche per minute; 0 = no limit (SEARCH_RATE_LIMIT, default 0). */
  ratePerMinute: number;
  /** Exports (/suche.csv, /api/suche.jsonl) running at once, one per address (EXPORT_CONCURRENCY, default 2). */
  exportConcurrency: number;
}

/** OCR at ingest: scanned PDF pages and TIFF, PNG and JPEG files. Defaults and reasons: docs/configuration.md. */
export interface OcrConfig {
  /** Read scans by OCR (OCR, default on; 0 turns it off and scans fail with their reason). */
  enabled: boolean;
  /** Files read by OCR at the same time, one thread each (OCR_CONCURRENCY, default half the cores, at least 1). */
  concurrency: number;
  /** Time limit of the OCR of one file (OCR_TIMEOUT_S, default 600 s), apart from the extraction's. */
  timeoutMs: number;
  /** A page read with a lower mean confidence (0–100) gets a warning in the report (OCR_MIN_CONFIDENCE, default 70). */
  minConfidence: number;
}

function meiliHost(env: Env): string | undefined {
  const raw = optionalString(env, 'MEILI_HOST');
  if (raw === undefined) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && !/^https?:\/\//i.test(raw)) {
    throw new ConfigError(`MEILI_HOST must use http or https, got "${raw}".`);
  }
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    throw new ConfigError(`MEILI_HOST must be a URL such as http://127.0.0.1:7700, got "${raw}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`MEILI_HOST must use http or https, got "${raw}".`);
  }
  return url.toString().replace(/\/$/, '');
}

function basePath(env: Env): string {
  const raw = optionalString(env, 'BASE_PATH') ?? '';
  const trimmed = raw.replace(/\/+$/, '');
  if (trimmed === '') return '';
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(trimmed)) {
    throw new ConfigError(`BASE_PATH must look like "/archiv" (letters, digits, - . _ ~), got "${raw}".`);
  }
  return trimmed;
}

/** PUBLIC_URL: http(s), no query, fragment or credentials; its path must be BASE_PATH (the proxy forwards it unchanged). */
function publicUrl(env: Env, host: string, port: number, base: string): { publicUrl: string; publicUrlGiven: boolean } {
  const raw = optionalString(env, 'PUBLIC_URL');
  if (raw === undefined) {
    const hostPart = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
    return { publicUrl: `http://${hostPart}:${port}${base}`, publicUrlGiven: false };
  }
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new ConfigError(
      `PUBLIC_URL must be an http or https address such as https://presse.example.de/archiv, got "${raw}".`,
    );
  }
  const urlPath = url.pathname.replace(/\/+$/, '');
  if (urlPath !== base) {
    throw new ConfigError(`PUBLIC_URL must have BASE_PATH ("${base}") as its path, got "${raw}".`);
  }
  return { publicUrl: `${url.origin}${urlPath}`, publicUrlGiven: true };
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const LOG_FORMATS: readonly LogFormat[] = ['pretty', 'json'];

/** One of `values` (any case), or undefined when the variable is not set. */
function oneOf<T extends string>(env: Env, name: string, values: readonly T[]): T | undefined {
  const raw = optionalString(env, name)?.toLowerCase();
  if (raw === undefined) return undefined;
  if (!values.includes(raw as T)) {
    throw new ConfigError(`${name} must be one of ${values.join(', ')}, got "${env[name]}".`);
  }
  return raw as T;
}

const SEARCH_PLANS: readonly SearchPlanName[] = ['adaptive', 'federated'];

function searchLimits(env: Env): SearchLimits {
  const limits: SearchLimits = {
    concurrency: integer(env, 'SEARCH_CONCURRENCY', 16, 1, 256),
    concurrencyPerAddress: integer(env, 'SEARCH_CONCURRENCY_PER_ADDRESS', 2, 1, 256),
    queuePerAddress: integer(env, 'SEARCH_QUEUE_PER_ADDRESS', 64, 1, 100_000),
    queueTotal: integer(env, 'SEARCH_QUEUE_TOTAL', 512, 1, 100_000),
    queueWaitMs: integer(env, 'SEARCH_QUEUE_WAIT_MS', 3000, 1, 600_000),
    timeoutMs: integer(env, 'SEARCH_TIMEOUT_MS', 5000, 100, 600_000),
    ratePerMinute: integer(env, 'SEARCH_RATE_LIMIT', 0, 0, 1_000_000),
    exportConcurrency: integer(env, 'EXPORT_CONCURRENCY', 2, 1, 256),
  };
  if (limits.queuePerAddress > limits.queueTotal) {
    throw new ConfigError(
      `SEARCH_QUEUE_PER_ADDRESS (${limits.queuePerAddress}) must not be larger than SEARCH_QUEUE_TOTAL (${limits.queueTotal}).`,
    );
  }
  return limits;
}

export function ocrConfig(env: Env = {}): OcrConfig {
  return {
    enabled: optionalBoolean(env, 'OCR') ?? true,
    concurrency: integer(env, 'OCR_CONCURRENCY', Math.max(1, Math.floor(os.availableParallelism() / 2)), 1, 64),
    timeoutMs: integer(env, 'OCR_TIMEOUT_S', 600, 5, 86_400) * 1000,
    minConfidence: integer(env, 'OCR_MIN_CONFIDENCE', 70, 0, 100),
  };
}

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const logLevel = (optionalString(env, 'LOG_LEVEL') ?? 'info').toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}".`);
  }
  const index = optionalString(env, 'MEILI_INDEX') ?? 'pressemitteilungen';
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(index)) {
    throw new ConfigError(`MEILI_INDEX may only hold letters, digits, - and _, got "${index}".`);
  }
  const host = hostAddress(env, 'HOST');
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const base = basePath(env);
  const maxFileMb = integer(env, 'MAX_FILE_MB', 50, 1, 4096);
  return {
    port,
    host,
    basePath: base,
    ...publicUrl(env, host, port, base),
    dataDir: path.resolve(cwd, optionalString(env, 'DATA_DIR') ?? 'data'),
    meiliHost: meiliHost(env),
    meiliMasterKey: optionalString(env, 'MEILI_MASTER_KEY'),
    meiliSearchKey: optionalString(env, 'MEILI_SEARCH_KEY'),
    meiliAdminKey: optionalString(env, 'MEILI_ADMIN_KEY'),
    meiliIndex: index,
    meiliBin: optionalString(env, 'MEILI_BIN'),
    loadSamples: optionalBoolean(env, 'LOAD_SAMPLES'),
    logLevel,
    logFormat: oneOf(env, 'LOG_FORMAT', LOG_FORMATS),
    searchPlan: oneOf(env, 'SEARCH_PLAN', SEARCH_PLANS) ?? 'adaptive',
    maxFileBytes: maxFileMb * 1024 * 1024,
    ocr: ocrConfig(env),
    trustProxy: trustProxy(env),
    searchCacheBytes: integer(env, 'SEARCH_CACHE_MB', 64, 0, 1024) * 1024 * 1024,
    serverTiming: optionalBoolean(env, 'SERVER_TIMING') ?? false,
    sitemapUrlsPerFile: integer(env, 'SITEMAP_URLS_PER_FILE', 50_000, 1, 50_000),
    feedbackRetentionDays: integer(env, 'FEEDBACK_RETENTION_DAYS', 365, 1, 3650),
    searchLimits: searchLimits(env),
    admin: adminConfig(env, port),
    upload: uploadConfig(env, maxFileMb),
    watch: watchConfig(env, cwd),
    operator: {
      name: optionalString(env, 'OPERATOR_NAME') ?? 'Musterbehörde (Betreiber nicht konfiguriert)',
      address: optionalString(env, 'OPERATOR_ADDRESS') ?? 'Musterstraße 1, 01067 Dresden',
      email: optionalString(env, 'OPERATOR_EMAIL') ?? 'presse@example.org',
      phone: optionalString(env, 'OPERATOR_PHONE') ?? '+49 351 000000',
      responsible: optionalString(env, 'OPERATOR_RESPONSIBLE') ?? 'Max Mustermann',
      arbitrationName:
        optionalString(env, 'ARBITRATION_NAME') ??
        // The federal body's, right only for federal bodies: a placeholder like the operator's (production refuses it).
        'Schlichtungsstelle nicht konfiguriert (Voreinstellung: Schlichtungsstelle nach § 16 BGG, nur für Stellen des Bundes zuständig)',
      arbitrationUrl: optionalString(env, 'ARBITRATION_URL') ?? 'https://www.schlichtungsstelle-bgg.de',
    },
  };
}
