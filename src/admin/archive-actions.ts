/**
 * What the archivists' surface does to the archive — withdraw, restore, list the withdrawn — through
 * the same code as the command line (ingest/run/withdrawal.ts), as one writer at a time: each action
 * takes DATA_DIR/writer.lock (waiting a few seconds for another writer, then WriterBusyError) and
 * reads the journal afresh under it, so a change made on the command line counts at once. Each
 * action done is one line in the audit log.
 */
import os from 'node:os';
import type { Meilisearch } from 'meilisearch';
import { releaseFingerprint } from '../archive/release-fingerprint.js';
import { withWriterLock } from '../archive/writer-lock.js';
import type { Config } from '../config.js';
import {
  restoreRelease,
  withdrawRelease,
  type RestoreOutcome,
  type WithdrawOutcome,
} from '../../ingest/run/withdrawal.js';
import { deleteRelease, type DeleteOutcome } from '../../ingest/run/deletion.js';
import { rewriteRelease } from '../../ingest/run/rewrite.js';
import { ArchiveState, type ReleaseEntry } from '../../ingest/store/archive-state.js';
import {
  correctedFields,
  CorrectionsStore,
  type Correction,
  type CorrectionValues,
} from '../../ingest/store/corrections-store.js';
import type { IngestOptions } from '../../ingest/run/ingest-run.js';
import { appendAudit } from './audit/audit-log.js';
import { ADMIN_TEXT, type AuditActionName } from './texts/admin-texts.js';

/** How long an action waits for another writer (an ingest run) before the page says to try later. */
export const WRITER_WAIT_MS = 10_000;

export interface Actor {
  account: string;
  address: string;
}

export type CorrectOutcome =
  { status: 'corrected' | 'undone' | 'unknown' | 'withdrawn' | 'nothing' } | { status: 'failed'; reason: string };

export class ArchiveActions {
  readonly corrections: CorrectionsStore;

  constructor(
    private readonly config: Config,
    private readonly meili: Meilisearch,
    private readonly auditFile: string,
    private readonly now: () => number = Date.now,
  ) {
    this.corrections = new CorrectionsStore(config.dataDir, config.meiliIndex);
  }

  private get target() {
    return { client: this.meili, index: this.config.meiliIndex };
  }

  private write<T>(actor: Actor, work: (state: ArchiveState) => Promise<T>): Promise<T> {
    return withWriterLock(
      this.config.dataDir,
      `Verwaltung (${actor.account})`,
      { timeoutMs: WRITER_WAIT_MS },
      async () => work(await ArchiveState.load(this.config.dataDir, this.config.meiliIndex)),
    );
  }

  /** How kept originals are extracted again when their cached extraction is missing or outdated. */
  private get rewriteOptions(): IngestOptions {
    return {
      inputs: [],
      cwd: this.config.dataDir,
      dataDir: this.config.dataDir,
      maxFileBytes: this.config.maxFileBytes,
      ocr: this.config.ocr,
      concurrency: Math.min(2, os.availableParallelism()),
    };
  }

  private audit(actor: Actor, action: AuditActionName, id: string, detail?: string) {
    return appendAudit(this.auditFile, {
      at: new Date(this.now()).toISOString(),
      action,
      actor: actor.account,
      subject: id,
      address: actor.address,
      ...(detail === undefined ? {} : { detail }),
    });
  }

  /** The archive's withdrawn releases, most recently withdrawn first. */
  async withdrawn(): Promise<ReleaseEntry[]> {
    const state = await ArchiveState.load(this.config.dataDir, this.config.meiliIndex);
    return [...state.byId.values()]
      .filter((entry) => entry.withdrawn)
      .sort((a, b) => b.withdrawn!.at.localeCompare(a.withdrawn!.at));
  }

  /** Whether the archive knows `id`, and whether it is withdrawn. */
  async lookUp(id: string): Promise<ReleaseEntry | undefined> {
    return (await ArchiveState.load(this.config.dataDir, this.config.meiliIndex)).byId.get(id);
  }

  async withdraw(actor: Actor, id: string, reason: string): Promise<WithdrawOutcome> {
    return this.write(actor, async (state) => {
      const outcome = await withdrawRelease(this.target, state, id, reason, new Date(this.now()));
      if (outcome.status === 'withdrawn') await this.audit(actor, 'release-withdrawn', id, reason);
      return outcome;
    });
  }

  async restore(actor: Actor, id: string): Promise<RestoreOutcome> {
    return this.write(actor, async (state) => {
      const outcome = await restoreRelease(this.target, state, id, this.rewriteOptions);
      if (outcome.status === 'restored') await this.audit(actor, 'release-restored', id);
      if (outcome.status === 'failed') await this.audit(actor, 'release-restore-failed', id, outcome.reason);
      return outcome;
    });
  }

  /**
   * Deletes a release for legal reasons (ingest/run/deletion.ts). The audit line says so and why,
   * and names the release only by a fingerprint of its id: the id holds words of its title.
   */
  async delete(actor: Actor, id: string, reason: string): Promise<DeleteOutcome> {
    return this.write(actor, async (state) => {
      const outcome = await deleteRelease(this.target, state, id, this.config.dataDir);
      if (outcome.status === 'deleted') await this.audit(actor, 'release-deleted', releaseFingerprint(id), reason);
      return outcome;
    });
  }

  /**
   * Replaces the corrections of a release with `next(earlier)` and writes its record again; when
   * the record cannot be written (or the writing throws), the earlier corrections are put back.
   */
  private changeCorrections(
    actor: Actor,
    id: string,
    next: (earlier: Correction[]) => Correction[] | undefined,
    done: (earlier: Correction[]) => Promise<void>,
  ): Promise<CorrectOutcome> {
    return this.write(actor, async (state) => {
      const entry = state.byId.get(id);
      if (!entry) return { status: 'unknown' };
      if (entry.withdrawn) return { status: 'withdrawn' };
      const earlier = await this.corrections.read(id);
      const changed = next(earlier);
      if (!changed) return { status: 'nothing' };
      await this.corrections.write(id, changed);
      let failure: string | undefined;
      try {
        failure = await rewriteRelease(this.target, state, entry, this.rewriteOptions);
      } catch (error) {
        // Not written at all (Meilisearch unreachable): the next ingest must not apply it unaudited.
        await this.corrections.write(id, earlier);
        throw error;
      }
      if (failure !== undefined) {
        await this.corrections.write(id, earlier);
        return { status: 'failed', reason: failure };
      }
      await done(earlier);
      return { status: changed.length > earlier.length ? 'corrected' : 'undone' };
    });
  }

  /** Adds a correction of `values` with its public reason; the audit line names the fields, not the values. */
  correct(actor: Actor, id: string, values: CorrectionValues, reason: string): Promise<CorrectOutcome> {
    const correction: Correction = { at: new Date(this.now()).toISOString(), account: actor.account, reason, values };
    return this.changeCorrections(
      actor,
      id,
      (earlier) => [...earlier, correction],
      () => this.audit(actor, 'release-corrected', id, describeCorrection(correction)),
    );
  }

  /** Takes back the latest correction of a release. */
  undoCorrection(actor: Actor, id: string): Promise<CorrectOutcome> {
    return this.changeCorrections(
      actor,
      id,
      (earlier) => (earlier.length === 0 ? undefined : earlier.slice(0, -1)),
      (earlier) => this.audit(actor, 'correction-undone', id, describeCorrection(earlier.at(-1)!)),
    );
  }
}

/** „Datum, Behörde (Grund: …)“: which fields, and why — the values stay out of the log. */
function describeCorrection(correction: Correction): string {
  const names = correctedFields(correction.values).map((field) => ADMIN_TEXT.correct.fields[field]);
  return `${names.join(', ')} (Grund: ${correction.reason})`;
}
