/**
 * Builds the archive record from a release's sources: the preferred source (PDF before HTML) gives
 * the text, its short fields cut to their bounds (field-bounds.ts).
 */
import { isoDateToDayNumber, type ParsedRelease, type Release } from '../../src/archive/release.js';
import type { ReleaseEntry, SourceEntry } from '../store/archive-state.js';
import { boundFields } from './field-bounds.js';

const PREFERENCE: Record<SourceEntry['type'], number> = { pdf: 0, html: 1 };

export function orderSources(sources: SourceEntry[]): SourceEntry[] {
  return sources
    .map((source, position) => ({ source, position }))
    .sort((a, b) => PREFERENCE[a.source.type] - PREFERENCE[b.source.type] || a.position - b.position)
    .map(({ source }) => source);
}

/** The extraction of a source cannot become a record (e.g. its date is not a calendar day). */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
}

export function buildRelease(entry: ReleaseEntry, preferred: ParsedRelease): Release {
  const dateNum = isoDateToDayNumber(preferred.date);
  if (dateNum === undefined)
    throw new InvalidRecordError(`Release ${entry.id} has an invalid date "${preferred.date}"`);
  return {
    ...boundFields(preferred).release,
    id: entry.id,
    dateNum,
    year: Number(preferred.date.slice(0, 4)),
    sources: entry.sources.map(({ type, filename, sha256, bytes, pages }) => ({
      type,
      filename,
      sha256,
      bytes,
      ...(pages === undefined ? {} : { pages }),
    })),
    sample: entry.sources.every((s) => s.sample),
    ingestedAt: entry.ingestedAt,
  };
}
