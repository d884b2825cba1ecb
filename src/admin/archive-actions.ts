/**
 * What the archivists' surface does to the archive — withdraw, restore, list the withdrawn — through
 * the same code as the command line (ingest/run/withdrawal.ts), as one writer at a time: each action
 * takes DATA_DIR/writer.lock (waiting a few seconds for another writer, then WriterBusyError) and
 * reads the journal afresh under it, so a change made on the command line counts at once. Each
 * action done is one line in the audit log.
 */
import os from 'node:os';
import type { Meilisearch } from 'meilisearch';
import { withWriterLock } from '../archive/writer-lock.js';
import type { Config } from '../config.js';
import {
  restoreRelease,
  withdrawRelease,
  type RestoreOutcome,
  type WithdrawOutcome,
} from '../../ingest/run/withdrawal.js';
import { ArchiveState, type ReleaseEntry } from '../../ingest/store/archive-state.js';
import { appendAudit } from './audit/audit-log.js';

/** How long an action waits for another writer (an ingest run) before the page says to try later. */
export const WRITER_WAIT_MS = 10_000;

export interface Actor {
  account: string;
  address: string;
}

export class ArchiveActions {
  constructor(
    private readonly config: Config,
    private readonly meili: Meilisearch,
    private readonly auditFile: string,
    private readonly now: () => number = Date.now,
  ) {}

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

  private audit(actor: Actor, action: 'release-withdrawn' | 'release-restored', id: string, detail?: string) {
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
      const outcome = await restoreRelease(this.target, state, id, {
        inputs: [],
        cwd: this.config.dataDir,
        dataDir: this.config.dataDir,
        maxFileBytes: this.config.maxFileBytes,
        ocr: this.config.ocr,
        concurrency: Math.min(2, os.availableParallelism()),
      });
      if (outcome.status === 'restored') await this.audit(actor, 'release-restored', id);
      return outcome;
    });
  }
}
