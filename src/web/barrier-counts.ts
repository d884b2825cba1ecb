/**
 * What the archive's records say is not accessible, for the Erklärung zur Barrierefreiheit and the
 * Leichte Sprache page: releases whose text a text recognition read from a scan (a source with `ocr`)
 * and releases without a reading version (`noReadingVersion`: table-heavy documents). Counted in
 * Meilisearch with the search key (both attributes are filterable, search-config/index-settings.json);
 * when it cannot say (down, busy, an index without those settings) the pages describe the barriers
 * without numbers.
 */
import { meiliErrorCode } from '../archive/meili-client.js';
import { SearchBusyError } from '../errors/search-busy-error.js';
import { SearchUnavailableError } from '../errors/search-unavailable-error.js';
import type { SearchService } from './search-service.js';
import type { TtlCache } from './ttl-cache.js';
import { formatNumber } from './view-models/german-format.js';

export interface BarrierCounts {
  /** Releases with text read by OCR. */
  scans: number;
  /** Releases without a reading version. */
  tables: number;
}

export const BARRIER_FILTERS: Readonly<Record<keyof BarrierCounts, string>> = {
  scans: 'sources.ocr.confidence EXISTS',
  tables: 'noReadingVersion = true',
};

export async function loadBarrierCounts(search: SearchService): Promise<BarrierCounts> {
  const [scans, tables] = await search.multiSearch([
    { q: '', filter: BARRIER_FILTERS.scans, page: 1, hitsPerPage: 0 },
    { q: '', filter: BARRIER_FILTERS.tables, page: 1, hitsPerPage: 0 },
  ]);
  return { scans: scans?.totalHits ?? 0, tables: tables?.totalHits ?? 0 };
}

/** The counts, or undefined when Meilisearch cannot give them now. */
export async function barrierCountsIfKnown(counts: TtlCache<BarrierCounts>): Promise<BarrierCounts | undefined> {
  try {
    return await counts.get();
  } catch (error) {
    if (error instanceof SearchUnavailableError || error instanceof SearchBusyError) return undefined;
    // An index whose settings were not (yet) applied: the attributes are not filterable there.
    if (meiliErrorCode(error) === 'invalid_search_filter') return undefined;
    throw error;
  }
}

/** One kind of barrier on the pages: shown (with its number when known), or left out when there is none. */
export interface BarrierItem {
  count?: string;
}

export interface BarrierList {
  scans?: BarrierItem;
  tables?: BarrierItem;
  /** Some releases have no accessible page of their own (scans or tables are listed). */
  exceptions: boolean;
}

/** Each kind without a number when the counts are unknown, with its number when there are some, else none. */
export function barrierList(counts: BarrierCounts | undefined): BarrierList {
  const item = (n: number | undefined): BarrierList['scans'] =>
    n === undefined ? {} : n > 0 ? { count: formatNumber(n) } : undefined;
  const scans = item(counts?.scans);
  const tables = item(counts?.tables);
  return { ...(scans ? { scans } : {}), ...(tables ? { tables } : {}), exceptions: Boolean(scans ?? tables) };
}
