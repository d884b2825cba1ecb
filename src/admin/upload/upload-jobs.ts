/**
 * Upload jobs: an upload becomes a job that runs in the background, one at a time, through the
 * same pipeline as `npm run ingest` (ingest/run/logged-run.ts: writer lock, journal, originals,
 * identity rules). Its ZIPs are unpacked first (zip-unpack.ts). An uploaded file has no meaningful
 * path on the server: its identity in the journal is its content — `upload:<sha256>/<name>` — and
 * its original name is kept only for display, so a corrected version joins its release by the
 * identity rules (title, date, sender), never by its file name. The job's record
 * (DATA_DIR/uploads/<id>.json, replaced whole with write and rename) holds its state and, when
 * done, the report; the staged files are deleted once the run is over (the pipeline keeps the
 * originals). A job left waiting or running by a stopped admin process is marked failed at the
 * next start, and its staged files are removed.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { writeFileAtomic } from '../../archive/atomic-file.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import { finishReport, type FileReport, type IngestReport } from '../../../ingest/run/ingest-report.js';
import type { WalkEntry } from '../../../ingest/run/file-walker.js';
import { listedRunOptions, runLoggedIngest } from '../../../ingest/run/logged-run.js';
import { uploadSourcePath } from '../../../ingest/run/upload-source.js';
import { appendAudit } from '../audit/audit-log.js';
import type { Actor } from '../archive-actions.js';
import { uploadsDir, type ReceivedUpload, type StagedFile } from './upload-receiver.js';
import { isZipFile, unpackZip, type UploadBudget } from './zip-unpack.js';

export type JobState = 'waiting' | 'running' | 'done' | 'failed';

export interface UploadJob {
  id: string;
  by: string;
  createdAt: string;
  state: JobState;
  /** While waiting for another writer: who writes. */
  waitingFor?: string;
  finishedAt?: string;
  /** The report per file, when done: the pipeline's lines and the lines of files refused before it. */
  report?: IngestReport;
}

const JOB_ID = /^[0-9a-f]{16}$/;

export class UploadJobs {
  private queue: Promise<void> = Promise.resolve();
  private readonly dir: string;

  constructor(
    private readonly config: Config,
    private readonly meili: Meilisearch,
    private readonly auditFile: string,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.dir = uploadsDir(config.dataDir);
  }

  private file(id: string): string {
    return path.join(this.dir, `${id}.json`);
  }

  private save(job: UploadJob): Promise<void> {
    return writeFileAtomic(this.file(job.id), JSON.stringify(job));
  }

  /** The job `id`, or undefined for an id that is malformed or unknown. */
  async get(id: string): Promise<UploadJob | undefined> {
    if (!JOB_ID.test(id)) return undefined;
    try {
      return JSON.parse(await readFile(this.file(id), 'utf8')) as UploadJob;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** At start: jobs a stopped process left unfinished are failed, staged files of unfinished uploads removed. */
  async recover(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const name of names) {
      if (name.startsWith('eingang-')) await rm(path.join(this.dir, name), { recursive: true, force: true });
      const id = name.endsWith('.json') ? name.slice(0, -5) : '';
      const job = await this.get(id);
      if (job && (job.state === 'waiting' || job.state === 'running')) {
        await this.save({ ...job, state: 'failed', finishedAt: new Date(this.now()).toISOString() });
      }
    }
  }

  /** Records the upload as a job, writes its audit line and queues it; returns its id. */
  async start(actor: Actor, upload: ReceivedUpload): Promise<string> {
    const id = randomBytes(8).toString('hex');
    const job: UploadJob = { id, by: actor.account, createdAt: new Date(this.now()).toISOString(), state: 'waiting' };
    await this.save(job);
    const names = upload.files.map((file) => file.name);
    await appendAudit(this.auditFile, {
      at: job.createdAt,
      action: 'files-uploaded',
      actor: actor.account,
      subject: id,
      address: actor.address,
      detail: `${names.length} Datei(en): ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`.slice(
        0,
        500,
      ),
    });
    // The queue never rejects: a rejected queue would leave every later job waiting for ever.
    this.queue = this.queue
      .then(() =>
        this.run(job, upload).catch(async (error: unknown) => {
          this.log.error({ err: error, job: id }, 'Upload job failed');
          await this.save({ ...job, state: 'failed', finishedAt: new Date(this.now()).toISOString() });
        }),
      )
      .catch((error: unknown) => this.log.error({ err: error, job: id }, 'Upload job: its end could not be saved'));
    return id;
  }

  /** Resolves when every queued job has ended (tests, shutdown). */
  idle(): Promise<void> {
    return this.queue;
  }

  private async run(job: UploadJob, upload: ReceivedUpload): Promise<void> {
    try {
      const files = await this.unpack(upload);
      const taken = files.filter((file) => file.staged !== undefined && file.sha256 !== undefined);
      const entries: WalkEntry[] = taken.map((file) => ({
        display: file.name,
        // Keyed by content: the same bytes are the same source, whatever they were called.
        absolute: uploadSourcePath(file.sha256!, file.fileName ?? file.name),
        open: file.staged!,
      }));
      // The pipeline's lines are in the order of its entries; refused files keep their place.
      const complete = (report: IngestReport): IngestReport => {
        const lines = [...report.files];
        const merged: FileReport[] = files.map((file) =>
          file.staged === undefined
            ? { file: file.name, status: 'failed', code: file.refused ?? 'zip-corrupt' }
            : lines.shift()!,
        );
        return finishReport({ ...report, files: [...merged, ...lines] });
      };
      const done = await runLoggedIngest(
        { client: this.meili, index: this.config.meiliIndex },
        listedRunOptions(this.config, entries),
        {
          id: job.id,
          origin: 'upload',
          by: job.by,
          what: `Verwaltung: Hochladen (${job.by})`,
          onWait: (holder) =>
            void this.save({ ...job, waitingFor: holder.what }).catch((error: unknown) =>
              this.log.warn({ err: error, job: job.id }, 'Upload job: its waiting state could not be saved'),
            ),
          onStart: () => this.save({ ...job, state: 'running' }),
        },
        complete,
      );
      await this.save({ ...job, state: 'done', finishedAt: new Date(this.now()).toISOString(), report: done });
    } finally {
      await rm(upload.dir, { recursive: true, force: true });
    }
  }

  /** The upload's files with each ZIP replaced by its files (or refused as a whole). */
  private async unpack(upload: ReceivedUpload): Promise<StagedFile[]> {
    const limits = this.config.upload;
    const sent = upload.files.filter((file) => file.staged);
    const budget: UploadBudget = {
      files: limits.maxFiles - sent.length,
      bytes: limits.maxTotalBytes - sent.reduce((sum, file) => sum + file.bytes, 0),
      maxFileBytes: limits.maxFileBytes,
    };
    const out: StagedFile[] = [];
    for (const file of upload.files) {
      if (!file.staged || !(await isZipFile(file.staged))) {
        out.push(file);
        continue;
      }
      // The ZIP itself no longer counts: its files do.
      budget.files += 1;
      budget.bytes += file.bytes;
      const unpacked = await unpackZip({ ...file, staged: file.staged }, upload.dir, budget);
      // An Office document (a ZIP too) is one unsupported file, refused like a damaged or empty ZIP.
      if (typeof unpacked === 'string') out.push({ name: file.name, bytes: file.bytes, refused: unpacked });
      else out.push(...unpacked);
    }
    return out;
  }
}
