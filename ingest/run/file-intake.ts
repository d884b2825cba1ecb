/**
 * The intake of one file of a run: read safely within the size limit (input-reader), hash,
 * "unchanged" when the archive has it already, then its extraction from the cache or the worker
 * pool. A file that cannot go on (or that the walk refused) gets its reason on its report line and
 * is not returned; so does a file of a release deleted for legal reasons (by its hash, or by the
 * identity of its extraction), before anything of it is cached or kept.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { ExtractPool } from '../extract/pool/extract-pool.js';
import { cacheExtraction, cachedExtraction, entryPath as extractionEntry } from '../extract/extraction-cache.js';
import { entryPath as ocrEntry } from '../extract/ocr/ocr-cache.js';
import { isExtractionError } from '../extract/extraction-error.js';
import type { ArchiveState } from '../store/archive-state.js';
import { keepOriginal, sha256Of } from '../store/originals-store.js';
import type { WalkEntry } from './file-walker.js';
import type { FileReport } from './ingest-report.js';
import { readInputFile } from './input-reader.js';
import { deletedRelease, type Refusal } from './input-refusal.js';
import type { PreparedFile } from './release-assigner.js';
import { identityKey } from './release-identity.js';
import { reportWithdrawn } from './withdrawn-line.js';

export interface IntakeOptions {
  dataDir: string;
  maxFileBytes: number;
  /** Extract only: nothing is cached or kept. */
  dryRun?: boolean;
  /** Where the file was published, as given for it (--source-url, quellen.csv). */
  sourceUrl?: string;
}

function refuse(line: FileReport, { status, code, reason }: Refusal): undefined {
  line.status = status;
  line.code = code;
  line.reason = reason;
  return undefined;
}

/** Deletes what the extraction of a refused file may have cached. */
async function forgetExtraction(dataDir: string, sha256: string): Promise<void> {
  for (const file of [extractionEntry(dataDir, sha256), ocrEntry(dataDir, sha256)]) await rm(file, { force: true });
}

function fail(line: FileReport, reason: string): undefined {
  line.status = 'failed';
  line.reason = reason;
  return undefined;
}

/**
 * Takes one file in. Returns it prepared (extracted, its original kept) for the release assigner,
 * or undefined with the line saying why not (failed, or unchanged: same bytes at the same release).
 */
export async function takeInFile(
  file: WalkEntry,
  line: FileReport,
  state: ArchiveState,
  pool: ExtractPool,
  options: IntakeOptions,
): Promise<PreparedFile | undefined> {
  if (file.warnings) line.warnings = [...file.warnings];
  if (file.refused) return refuse(line, file.refused);
  const bytes = await readInputFile(file.open ?? file.absolute, options.maxFileBytes);
  if (!Buffer.isBuffer(bytes)) return refuse(line, bytes);
  const sha256 = sha256Of(bytes);
  const knownId = state.idForSha(sha256);
  if (knownId === undefined && state.deleted.hasFile(sha256)) return refuse(line, deletedRelease);
  const sameRelease = knownId !== undefined && (state.idForPath(file.absolute) ?? knownId) === knownId;
  const known = knownId === undefined ? undefined : state.byId.get(knownId);
  // A source address given now that the archive does not have yet changes the record.
  const newAddress =
    options.sourceUrl !== undefined &&
    known?.sources.find((source) => source.sha256 === sha256)?.sourceUrl !== options.sourceUrl;
  if (sameRelease && known?.withdrawn) return reportWithdrawn(line, known);
  if (sameRelease && !known?.notIndexed && !newAddress) {
    line.status = 'unchanged';
    line.id = knownId;
    return undefined;
  }
  const cached = await cachedExtraction(options.dataDir, sha256);
  let result = cached;
  if (!result) {
    try {
      result = await pool.extract(bytes, path.basename(file.display));
    } catch (error) {
      if (isExtractionError(error)) line.code = error.code;
      return fail(line, (error as Error).message);
    }
  }
  const identity = identityKey(result.release);
  if (state.deleted.hasIdentity(identity) && state.idForIdentity(identity) === undefined) {
    // Another file of a deleted release: nothing of it stays (OCR may have cached its pages).
    if (knownId === undefined) await forgetExtraction(options.dataDir, sha256);
    return refuse(line, deletedRelease);
  }
  if (!cached && !options.dryRun) await cacheExtraction(options.dataDir, sha256, result);
  if (result.warnings.length > 0) line.warnings = [...(line.warnings ?? []), ...result.warnings];
  if (!options.dryRun) await keepOriginal(options.dataDir, sha256, bytes);
  return {
    line,
    sha256,
    bytes: bytes.length,
    result,
    absolute: file.absolute,
    ...(options.sourceUrl === undefined ? {} : { sourceUrl: options.sourceUrl }),
  };
}
