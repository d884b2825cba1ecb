/**
 * Which release each file of a run belongs to, and the releases waiting to be written. A file joins
 * the release of its path, of its hash, of a file of this run with the same identity, or of the
 * archive's release with that identity; else it gets a new id. Look-up and update run without an
 * await, so two files of one release (its PDF and its HTML page) extracted at the same time always
 * join.
 */
import path from 'node:path';
import type { ParsedRelease } from '../../src/archive/release.js';
import type { ExtractionResult } from '../extract/extract-release.js';
import type { SampleOrigin } from '../samples/sample-manifest.js';
import type { ArchiveState, ReleaseEntry, SourceEntry } from '../store/archive-state.js';
import { boundFields } from './field-bounds.js';
import { readableName } from './file-names.js';
import type { FileReport } from './ingest-report.js';
import { orderSources } from './record-builder.js';
import { identityKey, mintId } from './release-identity.js';
import { isUploadPath } from './upload-source.js';
import { reportWithdrawn } from './withdrawn-line.js';

/** A release waiting to be written, with this run's extractions of its sources and its report lines. */
export interface PendingItem {
  entry: ReleaseEntry;
  /** Extractions of this run's sources by hash (others are read from the cache when the batch is built). */
  parsed: Map<string, ParsedRelease>;
  reports: FileReport[];
}

/** A file of this run, read, hashed and extracted. */
export interface PreparedFile {
  line: FileReport;
  sha256: string;
  bytes: number;
  result: ExtractionResult;
  /** The file's path, its identity in the state journal (bytes that are not UTF-8 escaped: file-names.ts). */
  absolute: string;
  /** Where the file was published, as given for it (--source-url, quellen.csv): before what the file says. */
  sourceUrl?: string;
}

export class ReleaseAssigner {
  private readonly pending = new Map<string, PendingItem>();
  /** Taken into a batch whose write is not yet confirmed and recorded. */
  private readonly inFlight = new Map<string, PendingItem>();
  /** Identity → id of every release this run has seen. */
  private readonly runIdentity = new Map<string, string>();
  /** Ids known before this run: a file joining a release first seen in this run is "new". */
  private readonly knownAtStart: Set<string>;
  /** Ids that files of this run added to or changed. */
  readonly touched = new Set<string>();

  constructor(
    private readonly state: ArchiveState,
    private readonly sample: boolean,
    /** The origin of sample files by absolute path; a sample file not in it counts as invented. */
    private readonly sampleOrigins?: ReadonlyMap<string, SampleOrigin>,
  ) {
    this.knownAtStart = new Set(state.byId.keys());
  }

  /** Releases waiting for the next batch. */
  get size(): number {
    return this.pending.size;
  }

  /**
   * Adds a prepared file to its release (found or minted) and sets its report line's id and status.
   * The identity is taken from the uncut extraction; the line warns of the fields the record will
   * have cut (field-bounds.ts).
   */
  assign({ line, sha256, bytes, result, absolute, sourceUrl: given }: PreparedFile): void {
    const identity = identityKey(result.release);
    const { warnings } = boundFields(result.release);
    if (warnings.length > 0) line.warnings = [...(line.warnings ?? []), ...warnings];
    const id =
      this.state.idForPath(absolute) ??
      this.state.idForSha(sha256) ??
      this.runIdentity.get(identity) ??
      this.state.idForIdentity(identity) ??
      mintId(
        result.release,
        identity,
        (candidate) => this.state.byId.has(candidate) || this.pending.has(candidate) || this.inFlight.has(candidate),
      );
    const open = this.pending.get(id) ?? this.inFlight.get(id);
    const existing = open?.entry ?? this.state.byId.get(id);
    if (existing?.withdrawn) {
      reportWithdrawn(line, existing);
      return;
    }
    const source: SourceEntry = {
      type: result.type,
      filename: readableName(path.basename(absolute)),
      sha256,
      bytes,
      ...(result.pages === undefined ? {} : { pages: result.pages }),
      ...(result.ocr === undefined ? {} : { ocr: result.ocr }),
      ...((given ?? result.sourceUrl) === undefined ? {} : { sourceUrl: given ?? result.sourceUrl }),
      path: absolute,
      sample: this.sample,
      ...(this.sample ? this.originOf(absolute) : {}),
    };
    const upload = isUploadPath(absolute);
    const replaced = (s: SourceEntry): boolean =>
      s.path === absolute || s.sha256 === sha256 || (upload && isUploadPath(s.path) && s.type === result.type);
    const others = (existing?.sources ?? []).filter((s) => !replaced(s));
    const entry: ReleaseEntry = {
      id,
      identity: existing?.identity ?? identity,
      sources: orderSources([...others, source]),
      ingestedAt: new Date().toISOString(),
    };
    line.id = id;
    line.status = this.knownAtStart.has(id) ? 'updated' : 'new';
    this.touched.add(id);
    const parsed = new Map(open?.parsed ?? []);
    parsed.set(sha256, result.release);
    this.pending.set(id, { entry, parsed, reports: [...(open?.reports ?? []), line] });
    this.runIdentity.set(identity, id);
  }

  private originOf(absolute: string): Pick<SourceEntry, 'invented' | 'publishedIn'> {
    const origin = this.sampleOrigins?.get(absolute);
    return origin?.invented === false ? { invented: false, publishedIn: origin.publishedIn } : { invented: true };
  }

  /** Adds a release of the archive that no file of this run changed (for --rebuild and a restore). */
  addExisting(entry: ReleaseEntry): void {
    if (this.touched.has(entry.id)) return;
    this.pending.set(entry.id, { entry, parsed: new Map(), reports: [] });
  }

  /** Takes the waiting releases into a batch; they stay findable until `settled`. */
  takeBatch(): PendingItem[] {
    const batch = [...this.pending.values()];
    this.pending.clear();
    for (const item of batch) this.inFlight.set(item.entry.id, item);
    return batch;
  }

  /** A batch was written and recorded (or dropped): its releases are no longer open. */
  settled(batch: readonly PendingItem[]): void {
    for (const item of batch) if (this.inFlight.get(item.entry.id) === item) this.inFlight.delete(item.entry.id);
  }
}
