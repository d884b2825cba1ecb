/**
 * The archivists' corrections of a release's metadata, kept beside its extraction in DATA_DIR:
 * `corrections/<index>/<id>.json`, one file per corrected release holding its corrections oldest
 * first, replaced whole by write and rename (a crash leaves the old list or the new one). They are
 * applied whenever the record is built (ingest/run/corrections.ts), so they survive a re-ingest and
 * a rebuild; the release's id and identity keep coming from the extracted values. Written only under
 * the writer lock (src/archive/writer-lock.ts).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic, type AtomicWriteHooks } from '../../src/archive/atomic-file.js';
import type { Contact, CorrectableField } from '../../src/archive/release.js';
import { isReleaseId } from '../../src/archive/release.js';

/** The new values of one correction; `''` removes an optional field (sub-headline, source address). */
export interface CorrectionValues {
  title?: string;
  subtitle?: string;
  /** YYYY-MM-DD */
  date?: string;
  /** The sender from search-config/ministries.json: its canonical name and facet value. */
  sender?: { name: string; short: string };
  topics?: string[];
  type?: string;
  /** The address the release was published at, for every source; `''` removes it. */
  sourceUrl?: string;
  /** The whole contact block: a field left out is removed. */
  contact?: Contact;
}

export interface Correction {
  /** ISO time. */
  at: string;
  /** The account that made it. */
  account: string;
  reason: string;
  values: CorrectionValues;
}

interface CorrectionFile {
  id: string;
  corrections: Correction[];
}

export function correctedFields(values: CorrectionValues): CorrectableField[] {
  return (Object.keys(values) as CorrectableField[]).filter((key) => values[key] !== undefined);
}

export class CorrectionsStore {
  private readonly dir: string;

  /** `hooks`: tests stop a write before its rename (a crash there). */
  constructor(
    dataDir: string,
    index: string,
    private readonly hooks: AtomicWriteHooks = {},
  ) {
    this.dir = path.join(dataDir, 'corrections', index);
  }

  private fileOf(id: string): string {
    if (!isReleaseId(id)) throw new Error(`Not a release id: ${JSON.stringify(id)}`);
    return path.join(this.dir, `${id}.json`);
  }

  /** The corrections of `id`, oldest first; none is an empty list. */
  async read(id: string): Promise<Correction[]> {
    let text: string;
    try {
      text = await readFile(this.fileOf(id), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return (JSON.parse(text) as CorrectionFile).corrections;
  }

  /** Every corrected release's corrections, by id (one folder listing, then only the files there are). */
  async readAll(): Promise<Map<string, Correction[]>> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw error;
    }
    const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length));
    const all = new Map<string, Correction[]>();
    for (const id of ids.filter(isReleaseId)) {
      const list = await this.read(id);
      if (list.length > 0) all.set(id, list);
    }
    return all;
  }

  /** Replaces the corrections of `id`; an empty list removes its file. */
  async write(id: string, corrections: readonly Correction[]): Promise<void> {
    if (corrections.length === 0) return this.remove(id);
    const file: CorrectionFile = { id, corrections: [...corrections] };
    await writeFileAtomic(this.fileOf(id), `${JSON.stringify(file, null, 1)}\n`, this.hooks);
  }

  async remove(id: string): Promise<void> {
    await rm(this.fileOf(id), { force: true });
  }
}
