/**
 * The refusals of releases deleted for legal reasons (ingest/run/deletion.ts), kept per index in
 * DATA_DIR/state/<index>.deleted.jsonl so that ingesting a deleted file again does not bring the
 * release back. A line holds no content: when, the release's fingerprint (as in the audit line), the
 * SHA-256 of its identities (the journal's and those of its files' extractions: a changed file that
 * the identity rules give the same release is refused too) and the SHA-256 of each of its originals that no other release shared. Append-only and
 * fsync'ed; a torn last line is skipped and cut off by the next append (the deletion
 * that wrote it had not begun: the refusal comes first). To lift a refusal, delete its line while no ingest runs
 * (docs/operations.md, "Deletion for legal reasons").
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { appendJsonl, readJsonl, type JsonlContent } from '../../src/archive/jsonl-file.js';
import { releaseFingerprint } from '../../src/archive/release-fingerprint.js';
import { StateJournalError } from './state-journal-error.js';

export interface DeletedLine {
  /** ISO time of the deletion. */
  at: string;
  /** releaseFingerprint(id). */
  release: string;
  /** `sha256:` and the SHA-256 of each identity key the release had. */
  identities: string[];
  /** SHA-256 of the originals deleted with it. */
  files: string[];
}

const hashOf = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

export class DeletedReleases {
  private readonly files = new Set<string>();
  private readonly identities = new Set<string>();
  /** While the file ends in a torn line (a crash mid-append, before the deletion began): the bytes before it. */
  private intactBytes?: number;

  private constructor(private readonly file: string) {}

  static path(dataDir: string, index: string): string {
    return path.join(dataDir, 'state', `${index}.deleted.jsonl`);
  }

  /** Reads the refusals; none yet is none. A damaged line (not the torn last one) stops the run: it may be a refusal. */
  static async load(dataDir: string, index: string): Promise<DeletedReleases> {
    const deleted = new DeletedReleases(DeletedReleases.path(dataDir, index));
    let content: JsonlContent;
    try {
      content = await readJsonl(deleted.file);
    } catch (error) {
      throw new StateJournalError(deleted.file, { cause: error });
    }
    if (content.tornTail !== undefined) deleted.intactBytes = content.intactBytes;
    content.lines.forEach((line, i) => {
      if (!line.trim()) return;
      try {
        deleted.apply(JSON.parse(line) as DeletedLine);
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        throw new StateJournalError(deleted.file, { cause: error, reason: `line ${i + 1} is damaged` });
      }
    });
    return deleted;
  }

  private apply(line: DeletedLine): void {
    for (const sha256 of line.files) this.files.add(sha256);
    for (const identity of line.identities) this.identities.add(identity);
  }

  /** Whether a file with these bytes was an original of a deleted release. */
  hasFile(sha256: string): boolean {
    return this.files.has(sha256);
  }

  /** Whether a release with this identity key was deleted. */
  hasIdentity(identity: string): boolean {
    return this.identities.has(hashOf(identity));
  }

  /** Records a deletion before anything of the release is deleted (appended and fsync'ed). */
  async record(id: string, identities: readonly string[], files: readonly string[], at = new Date()): Promise<void> {
    const line: DeletedLine = {
      at: at.toISOString(),
      release: releaseFingerprint(id),
      identities: identities.map(hashOf),
      files: [...files],
    };
    await appendJsonl(this.file, [line], this.intactBytes === undefined ? {} : { cutTo: this.intactBytes });
    this.intactBytes = undefined;
    this.apply(line);
  }
}
