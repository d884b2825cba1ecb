/**
 * What the archive knows about its releases, kept per index in DATA_DIR/state/<index>.jsonl: for each id its
 * identity key, its sources (hash, type, file name, path it came from) and when it last changed.
 * An append-only journal: a batch is appended only after Meilisearch confirmed it, a torn last line
 * (process killed mid-write) is ignored, and `compact()` rewrites it atomically. Written 0600 in a
 * folder made 0700 (it names the paths files came from).
 */
import { appendFile, mkdir, open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { PRIVATE_DIR, PRIVATE_FILE } from '../../src/archive/data-dir.js';
import type { Source } from '../../src/archive/release.js';
import { StateJournalError } from './state-journal-error.js';

export interface SourceEntry extends Source {
  /** Absolute path the file was ingested from (unset for sources known only by hash). */
  path?: string;
  sample: boolean;
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
}

type JournalLine = { op: 'put'; entry: ReleaseEntry } | { op: 'remove'; id: string };

export class ArchiveState {
  readonly byId = new Map<string, ReleaseEntry>();
  private readonly byPath = new Map<string, string>();
  private readonly bySha = new Map<string, string>();
  private readonly byIdentity = new Map<string, string>();

  private constructor(private readonly file: string) {}

  /** Reads the journal; none yet (ENOENT) is an empty archive, any other read error a StateJournalError. */
  static async load(dataDir: string, index: string): Promise<ArchiveState> {
    const state = new ArchiveState(path.join(dataDir, 'state', `${index}.jsonl`));
    let text = '';
    try {
      text = await readFile(state.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new StateJournalError(state.file, { cause: error });
    }
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      let parsed: JournalLine;
      try {
        parsed = JSON.parse(line) as JournalLine;
      } catch {
        continue; // a torn line from an interrupted write
      }
      if (parsed.op === 'put') state.apply(parsed.entry);
      else state.forget(parsed.id);
    }
    return state;
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
    await mkdir(path.dirname(this.file), { recursive: true, mode: PRIVATE_DIR });
    const handle = await open(this.file, 'a', PRIVATE_FILE);
    try {
      await handle.appendFile(lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async commit(entries: readonly ReleaseEntry[]): Promise<void> {
    await this.append(entries.map((entry) => ({ op: 'put', entry })));
    for (const entry of entries) this.apply(entry);
  }

  async remove(ids: string[]): Promise<void> {
    await this.append(ids.map((id) => ({ op: 'remove', id })));
    for (const id of ids) this.forget(id);
  }

  /** Rewrites the journal with one line per release (atomic rename). */
  async compact(): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true, mode: PRIVATE_DIR });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const body = [...this.byId.values()].map((entry) => JSON.stringify({ op: 'put', entry })).join('\n');
    await appendFile(tmp, body ? `${body}\n` : '', { flag: 'w', mode: PRIVATE_FILE });
    await rename(tmp, this.file);
  }
}
