/**
 * The archive's indexes, named in one place. MEILI_INDEX names the archive; each index of it is
 * that name plus the suffix of its role: the releases (the name itself), the tombstones of
 * withdrawn releases (`_withdrawn`) and the word list (`_words`). A new kind of index is one more entry in
 * ARCHIVE_INDEXES: the search and admin keys then cover it, `npm start` and ingest create it with
 * its settings, and a rebuild builds and swaps it together with the others (ingest/run/rebuild.ts).
 * docs/decisions.md, „The archive is a set of indexes, named from MEILI_INDEX“.
 */
import type { Meilisearch } from 'meilisearch';
import { applyIndexSettings, loadIndexConfig, parseIndexConfig, type IndexConfig } from './index-settings.js';
import { waitForSuccess } from './meili-client.js';
import { readSearchConfig, searchConfigPath } from './search-config/search-config-file.js';

export interface ArchiveIndexSpec {
  /** Appended to MEILI_INDEX ('' for the releases). */
  suffix: string;
  /** Its primary key and settings (validated data of search-config/). */
  config(): IndexConfig;
}

let withdrawnConfig: IndexConfig | undefined;
let wordsConfig: IndexConfig | undefined;

export const ARCHIVE_INDEXES = {
  /** The releases: what the site searches. */
  releases: { suffix: '', config: loadIndexConfig },
  /** One small record per withdrawn release (id, title, date, reason, withdrawnAt): the 410 pages. */
  withdrawn: {
    suffix: '_withdrawn',
    config: () =>
      (withdrawnConfig ??= readSearchConfig(searchConfigPath('withdrawn-index-settings.json'), parseIndexConfig)),
  },
  /** The archive's words with the number of releases they occur in (src/archive/word-list.ts): the search plan. */
  words: {
    suffix: '_words',
    config: () => (wordsConfig ??= readSearchConfig(searchConfigPath('words-index-settings.json'), parseIndexConfig)),
  },
} as const satisfies Record<string, ArchiveIndexSpec>;

export type ArchiveIndexRole = keyof typeof ARCHIVE_INDEXES;

/** The uid of every index of the archive by role, e.g. `{ releases: 'pm', withdrawn: 'pm_withdrawn' }`. */
export type ArchiveIndexNames = Record<ArchiveIndexRole, string>;

const ROLES = Object.keys(ARCHIVE_INDEXES) as ArchiveIndexRole[];

export function archiveIndexNames(archive: string): ArchiveIndexNames {
  return Object.fromEntries(ROLES.map((role) => [role, archive + ARCHIVE_INDEXES[role].suffix])) as ArchiveIndexNames;
}

/** Every index uid of the archive: what its keys cover. */
export function archiveIndexUids(archive: string): string[] {
  return Object.values(archiveIndexNames(archive));
}

/** The uid a rebuild fills before it is swapped in for `live`. */
export function rebuildIndexName(live: string): string {
  return `${live}_rebuild`;
}

/** The archive's indexes of a rebuild, by role (`pm_rebuild`, `pm_withdrawn_rebuild`). */
export function rebuildIndexNames(archive: string): ArchiveIndexNames {
  const live = archiveIndexNames(archive);
  return Object.fromEntries(ROLES.map((role) => [role, rebuildIndexName(live[role])])) as ArchiveIndexNames;
}

/**
 * Creates every index of `names` that is missing and applies its settings; returns the changed keys
 * by uid. The indexes are done side by side: Meilisearch still runs the tasks one after another,
 * but a fresh archive waits for its six tasks' round trips once instead of six times.
 */
export async function applyArchiveSettings(
  client: Meilisearch,
  names: ArchiveIndexNames,
): Promise<Record<string, string[]>> {
  const keys = await Promise.all(
    ROLES.map((role) => applyIndexSettings(client, names[role], ARCHIVE_INDEXES[role].config())),
  );
  const changed: Record<string, string[]> = {};
  ROLES.forEach((role, i) => {
    if ((keys[i] ?? []).length > 0) changed[names[role]] = keys[i]!;
  });
  return changed;
}

/** Swaps every live index of the archive with its rebuilt one, in one Meilisearch task (all or none). */
export async function swapInRebuild(client: Meilisearch, archive: string): Promise<void> {
  const live = archiveIndexNames(archive);
  const fresh = rebuildIndexNames(archive);
  await waitForSuccess(
    client.swapIndexes(ROLES.map((role) => ({ indexes: [live[role], fresh[role]], rename: false }))),
    'Swapping in the rebuilt indexes',
  );
}
