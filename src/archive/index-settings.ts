/**
 * Index settings live as data in search-config/index-settings.json. They are validated on load
 * (SearchConfigError: the file and the key) and applied idempotently: only keys that differ are sent, so a
 * start-up with unchanged settings does not make Meilisearch re-index anything.
 */
import type { Meilisearch, Settings } from 'meilisearch';
import { meiliErrorCode, waitForSuccess } from './meili-client.js';
import { JsonFields } from './search-config/json-fields.js';
import { readSearchConfig, searchConfigPath } from './search-config/search-config-file.js';

export const SETTINGS_FILE = searchConfigPath('index-settings.json');

export interface IndexConfig {
  primaryKey: string;
  settings: Settings;
}

const KNOWN_KEYS = new Set([
  'searchableAttributes',
  'displayedAttributes',
  'filterableAttributes',
  'sortableAttributes',
  'rankingRules',
  'localizedAttributes',
  'dictionary',
  'synonyms',
  'stopWords',
  'typoTolerance',
  'pagination',
  'faceting',
  'proximityPrecision',
  'separatorTokens',
  'nonSeparatorTokens',
  'distinctAttribute',
  'searchCutoffMs',
  'prefixSearch',
]);
/** Keys whose arrays are sets: order does not matter when comparing. */
const SET_KEYS = new Set([
  'filterableAttributes',
  'sortableAttributes',
  'dictionary',
  'stopWords',
  'separatorTokens',
  'nonSeparatorTokens',
]);

export function parseIndexConfig(json: unknown, file: string): IndexConfig {
  const f = new JsonFields(file);
  const root = f.object(json, '');
  f.knownKeys(root, ['primaryKey', 'settings'], '');
  const primaryKey = f.string(root.primaryKey, 'primaryKey');
  const settings = f.object(root.settings, 'settings');
  f.knownKeys(settings, [...KNOWN_KEYS], 'settings');
  for (const key of ['searchableAttributes', 'filterableAttributes', 'sortableAttributes', 'rankingRules']) {
    if (settings[key] !== undefined) f.strings(settings[key], `settings.${key}`);
  }
  return { primaryKey, settings: settings as Settings };
}

let cached: IndexConfig | undefined;
/** search-config/index-settings.json, read and validated once per process. */
export function loadIndexConfig(): IndexConfig {
  cached ??= readSearchConfig(SETTINGS_FILE, parseIndexConfig);
  return cached;
}

function normalise(key: string, value: unknown): string {
  if (Array.isArray(value) && SET_KEYS.has(key))
    return JSON.stringify([...new Set(value.map((v) => String(v).normalize('NFC')))].sort());
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

/** The keys of `desired` whose value differs from `current` (nested objects: compared on the keys we set). */
export function settingsDiff(desired: Settings, current: Settings): Settings {
  const diff: Record<string, unknown> = {};
  for (const [key, want] of Object.entries(desired)) {
    let have = (current as Record<string, unknown>)[key];
    if (want && have && typeof want === 'object' && !Array.isArray(want) && key !== 'synonyms') {
      have = Object.fromEntries(Object.keys(want).map((k) => [k, (have as Record<string, unknown>)[k]]));
    }
    if (normalise(key, want) !== normalise(key, have)) diff[key] = want;
  }
  return diff as Settings;
}

async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.getRawIndex(uid);
    return true;
  } catch (error) {
    if (meiliErrorCode(error) === 'index_not_found') return false;
    throw error;
  }
}

/** Creates the index if needed and applies the settings that differ. Returns the keys it changed. */
export async function applyIndexSettings(
  client: Meilisearch,
  uid: string,
  config = loadIndexConfig(),
): Promise<string[]> {
  if (!(await indexExists(client, uid))) {
    await waitForSuccess(client.createIndex(uid, { primaryKey: config.primaryKey }), `Creating index ${uid}`);
  }
  const index = client.index(uid);
  const diff = settingsDiff(config.settings, await index.getSettings());
  const changed = Object.keys(diff);
  if (changed.length > 0) await waitForSuccess(index.updateSettings(diff), `Updating settings of ${uid}`);
  return changed;
}
