/** Small stand-ins for the unit tests of ingest/run: parsed releases, extraction results, a state, a pool. */
import type { ParsedRelease } from '../../../../src/archive/release.js';
import type { ExtractionResult } from '../../../../ingest/extract/extract-release.js';
import type { ExtractPool } from '../../../../ingest/extract/pool/extract-pool.js';
import { ArchiveState } from '../../../../ingest/store/archive-state.js';

export function parsed(title: string, overrides: Partial<ParsedRelease> = {}): ParsedRelease {
  return {
    title,
    date: '2026-06-02',
    ministry: 'Sächsisches Staatsministerium für Kultus',
    ministryShort: 'SMK',
    body: [`${title}: der erste Absatz des Textes.`],
    summary: `${title}.`,
    topics: ['Bildung'],
    type: 'Medieninformation',
    contact: {},
    ...overrides,
  };
}

export function extraction(release: ParsedRelease, type: 'pdf' | 'html' = 'pdf'): ExtractionResult {
  return { type, release, warnings: [] };
}

/** A state journal in a folder of its own (empty unless `entries` are committed). */
export async function emptyState(dataDir: string): Promise<ArchiveState> {
  return ArchiveState.load(dataDir, 'idx');
}

/** A pool that answers from a map of file names, counting its calls. */
export function fakePool(results: Record<string, ExtractionResult | Error>): ExtractPool & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async extract(_bytes, filename) {
      calls.push(filename);
      const result = results[filename];
      if (!result) throw new Error(`unexpected file ${filename}`);
      if (result instanceof Error) throw result;
      return result;
    },
    async close() {},
  };
}
