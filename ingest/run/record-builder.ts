/**
 * Builds the archive record from a release's sources: the preferred source gives the text (a PDF's
 * text layer, then an HTML page, then text read by OCR, which may hold misread words), its short
 * fields cut to their bounds (field-bounds.ts).
 */
import { isoDateToDayNumber, type ParsedRelease, type Release } from '../../src/archive/release.js';
import type { ReleaseEntry, SourceEntry } from '../store/archive-state.js';
import { boundFields } from './field-bounds.js';

const preference = (source: SourceEntry): number => (source.ocr ? 2 : source.type === 'pdf' ? 0 : 1);

export function orderSources(sources: SourceEntry[]): SourceEntry[] {
  return sources
    .map((source, position) => ({ source, position }))
    .sort((a, b) => preference(a.source) - preference(b.source) || a.position - b.position)
    .map(({ source }) => source);
}

/** The extraction of a source cannot become a record (e.g. its date is not a calendar day). */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
}

export function buildRelease(entry: ReleaseEntry, preferred: ParsedRelease): Release {
  const dateNum = isoDateToDayNumber(preferred.date);
  const sample = entry.sources.every((s) => s.sample);
  if (dateNum === undefined)
    throw new InvalidRecordError(`Release ${entry.id} has an invalid date "${preferred.date}"`);
  return {
    ...boundFields(preferred).release,
    id: entry.id,
    dateNum,
    year: Number(preferred.date.slice(0, 4)),
    sources: entry.sources.map(({ type, filename, sha256, bytes, pages, ocr, sourceUrl, publishedIn }) => ({
      type,
      filename,
      sha256,
      bytes,
      ...(pages === undefined ? {} : { pages }),
      ...(ocr === undefined ? {} : { ocr }),
      ...(sourceUrl === undefined ? {} : { sourceUrl }),
      ...(publishedIn === undefined ? {} : { publishedIn }),
    })),
    sample,
    // A sample is real only when all its sources are (files of older runs have no mark: invented).
    ...(sample ? { invented: entry.sources.some((s) => s.invented !== false) } : {}),
    ingestedAt: entry.ingestedAt,
  };
}
