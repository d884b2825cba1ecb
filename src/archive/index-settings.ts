/**
 * Index settings live as data in search-config/index-settings.json. They are validated on load
 * (errors name the file and the key) and applied idempotently: only keys that differ are sent, so a
 * start-up with unchanged settings does not make Meilisearch re-index anything.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Meilisearch, Settings } from 'meilisearch';
import { meiliErrorCode, waitForSuccess } from './meili-client.js';

export const SETTINGS_FILE = fileURLToPath(new URL('../../search-config/index-settings.json', import.meta.url));

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

export function parseIndexConfig(text: string, file = SETTINGS_FILE): IndexConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message}).`);
  }
  if (typeof raw !== 'object' || raw === null) throw new Error(`${file}: expected an object.`);
  const { primaryKey, settings } = raw as { primaryKey?: unknown; settings?: unknown };
  if (typeof primaryKey !== 'string' || primaryKey === '') throw new Error(`${file}: "primaryKey" must be a string.`);
  if (typeof settings !== 'object' || settings === null) throw new Error(`${file}: "settings" must be an object.`);
  for (const key of Object.keys(settings)) {
    if (!KNOWN_KEYS.has(key)) throw new Error(`${file}: unknown key "settings.${key}".`);
  }
  const s = settings as Record<string, unknown>;
  for (const key of ['searchableAttributes', 'filterableAttributes', 'sortableAttributes', 'rankingRules']) {
    const value = s[key];
    if (value !== undefined && (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))) {
      throw new Error(`${file}: "settings.${key}" must be a list of strings.`);
    }
  }
  return { primaryKey, settings: settings as Settings };
}

let cached: IndexConfig | undefined;
export function loadIndexConfig(): IndexConfig {
  cached ??= parseIndexConfig(readFileSync(SETTINGS_FILE, 'utf8'));
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
