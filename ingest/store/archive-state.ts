/**
 * What the archive knows about its releases, kept per index in DATA_DIR/state/<index>.jsonl: for each id its
 * identity key, its sources (hash, type, file name, path it came from) and when it last changed.
 * An append-only journal: a batch is appended only after Meilisearch confirmed it, a torn last line
 * (process killed mid-write) is ignored, and `compact()` rewrites it atomically (atomic-file.ts).
 * Written 0600 in a folder made 0700 (it names the paths files came from).
 */
import path from 'node:path';
import { writeFileAtomic, type AtomicWriteHooks } from '../../src/archive/atomic-file.js';
import { appendJsonl, readJsonl, type JsonlContent } from '../../src/archive/jsonl-file.js';
import type { Source } from '../../src/archive/release.js';
import { DeletedReleases } from './deleted-releases.js';
import { StateJournalError } from './state-journal-error.js';

export interface SourceEntry extends Source {
  /**
   * Absolute path the file was ingested from (unset for sources known only by hash); bytes of a name
   * that are not UTF-8 kept as U+DC80–U+DCFF (ingest/run/file-names.ts), so no two paths share one.
   */
  path?: string;
  sample: boolean;
  /** Samples only: false for a real release re-created from its published text (none: invented). */
  invented?: boolean;
}

export interface ReleaseEntry {
  id: string;
  identity: string;
  sources: SourceEntry[];
  ingestedAt: string;
  /**
   * Set when a --rebuild could not write the release (no source could be extracted again and the
   * live index had no earlier record): the release is known but not searchable. The next ingest of
   * one of its files tries it again instead of calling the file unchanged.
   */
  notIndexed?: string;
  /**
   * Set while the release is withdrawn (ingest/run/withdrawal.ts): it is in no index but the
   * tombstones', no ingest of its files brings it back, a rebuild keeps it out; only a restore
   * clears it. Holds what its tombstone shows, so a rebuild can write the tombstone again.
   */
  withdrawn?: Withdrawal;
}

/** What the public sees of a withdrawn release: its tombstone (id, title, date, reason, withdrawn at). */
export interface Withdrawal {
  reason: string;
  /** ISO time of the withdrawal. */
  at: string;
  title: string;
  /** The release's date as the record had it (YYYY-MM-DD), or '' when unknown. */
  date: string;
}

type JournalLine = { op: 'put'; entry: ReleaseEntry } | { op: 'remove'; id: string };

export class ArchiveState {
  readonly byId = new Map<string, ReleaseEntry>();
  private readonly byPath = new Map<string, string>();
  private readonly bySha = new Map<string, string>();
  private readonly byIdentity = new Map<string, string>();

  private constructor(
    private readonly file: string,
    /** The releases deleted for legal reasons, which no ingest may bring back. */
    readonly deleted: DeletedReleases,
  ) {}

  /** Reads the journal; none yet (ENOENT) is an empty archive, any other read error a StateJournalError. */
  static async load(dataDir: string, index: string): Promise<ArchiveState> {
    const state = new ArchiveState(
      path.join(dataDir, 'state', `${index}.jsonl`),
      await DeletedReleases.load(dataDir, index),
    );
    let content: JsonlContent;
    try {
      content = await readJsonl(state.file);
    } catch (error) {
      throw new StateJournalError(state.file, { cause: error });
    }
    // A last line without its newline was torn by an interrupted write: the next append cuts it off.
    if (content.tornTail !== undefined) state.intactBytes = content.intactBytes;
    const numbered = content.lines.map((line, i) => ({ line, number: i + 1, last: false }));
    if (content.tornTail !== undefined)
      numbered.push({ line: content.tornTail, number: content.lines.length + 1, last: true });
    for (const { line, number, last } of numbered) {
      if (!line.trim()) continue;
      const parsed = state.parseLine(line, number, last);
      if (parsed?.op === 'put') state.apply(parsed.entry);
      else if (parsed) state.forget(parsed.id);
    }
    return state;
  }

  /** While the journal ends in a torn line: the length of what comes before it. */
  private intactBytes?: number;

  /**
   * One line of the journal. A torn last line is skipped. A damaged line elsewhere is either a batch
   * appended onto a torn line (before 2026-12-02 appends did not start a new line: the batch's own
   * line is recovered) or real damage, which stops everything: the journal must be restored.
   */
  private parseLine(line: string, number: number, last: boolean): JournalLine | undefined {
    try {
      return JSON.parse(line) as JournalLine;
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      if (last) return undefined;
      const start = line.lastIndexOf('{"op":');
      if (start > 0) {
        try {
          return JSON.parse(line.slice(start)) as JournalLine;
        } catch (again) {
          if (!(again instanceof SyntaxError)) throw again;
        }
      }
      throw new StateJournalError(this.file, { cause: error, reason: `line ${number} is damaged` });
    }
  }

  idForPath(file: string): string | undefined {
    return this.byPath.get(file);
  }
  idForSha(sha256: string): string | undefined {
    return this.bySha.get(sha256);
  }
  idForIdentity(identity: string): string | undefined {
    return this.byIdentity.get(identity);
  }

  private apply(entry: ReleaseEntry): void {
    this.forget(entry.id);
    this.byId.set(entry.id, entry);
    this.byIdentity.set(entry.identity, entry.id);
    for (const source of entry.sources) {
      this.bySha.set(source.sha256, entry.id);
      if (source.path) this.byPath.set(source.path, entry.id);
    }
  }

  private forget(id: string): void {
    const old = this.byId.get(id);
    if (!old) return;
    this.byId.delete(id);
    if (this.byIdentity.get(old.identity) === id) this.byIdentity.delete(old.identity);
    for (const source of old.sources) {
      if (this.bySha.get(source.sha256) === id) this.bySha.delete(source.sha256);
      if (source.path && this.byPath.get(source.path) === id) this.byPath.delete(source.path);
    }
  }

  private async append(lines: JournalLine[]): Promise<void> {
    if (lines.length === 0) return;
    await appendJsonl(this.file, lines, this.intactBytes === undefined ? {} : { cutTo: this.intactBytes });
    this.intactBytes = undefined;
  }

  async commit(entries: readonly ReleaseEntry[]): Promise<void> {
    await this.append(entries.map((entry) => ({ op: 'put', entry })));
    for (const entry of entries) this.apply(entry);
  }

  async remove(ids: string[]): Promise<void> {
    await this.append(ids.map((id) => ({ op: 'remove', id })));
    for (const id of ids) this.forget(id);
  }

  /**
   * Rewrites the journal with one line per release (written aside, fsync'ed, renamed: a crash leaves
   * the earlier journal whole). `hooks`: tests stop it before the rename.
   */
  async compact(hooks?: AtomicWriteHooks): Promise<void> {
    const body = [...this.byId.values()].map((entry) => JSON.stringify({ op: 'put', entry })).join('\n');
    await writeFileAtomic(this.file, body ? `${body}\n` : '', hooks);
    // The rewritten journal has no torn line left to cut off.
    this.intactBytes = undefined;
  }
}
