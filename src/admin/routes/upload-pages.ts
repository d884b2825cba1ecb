/**
 * Uploads in the browser: GET/POST /verwaltung/hochladen (a form that works without JavaScript:
 * multipart, parsed and staged by upload-receiver.ts before the CSRF check), GET /verwaltung/laeufe
 * (the recent ingest runs of every kind, from ingest/store/run-log.ts) and GET /verwaltung/laeufe/:id
 * (an upload job: its state, and when done the report per file with the reason in German; a link
 * reloads it, nothing refreshes by itself).
 */
import type { RequestHandler, Response } from 'express';
import type { Config } from '../../config.js';
import { recentRuns } from '../../../ingest/store/run-log.js';
import { germanTime } from '../admin-format.js';
import { sendError, sendPage, type PageContext } from '../admin-views.js';
import { ADMIN_TEXT } from '../texts/admin-texts.js';
import { lineReason, reasonLimits } from '../texts/upload-texts.js';
import { discardUpload, type UploadLocals } from '../upload/upload-receiver.js';
import type { UploadJobs } from '../upload/upload-jobs.js';

const TEXT = ADMIN_TEXT.upload;
/** How many runs the list shows. */
const RUNS_SHOWN = 50;

export interface UploadDeps {
  page: PageContext;
  config: Config;
  jobs: UploadJobs;
}

type UploadResponse = Response<unknown, UploadLocals>;

function renderForm(deps: UploadDeps, res: UploadResponse, error?: string): void {
  const limits = deps.config.upload;
  sendPage(
    deps.page,
    res,
    'upload',
    {
      pageTitle: `${error ? ADMIN_TEXT.errorPrefix : ''}${ADMIN_TEXT.titleOf(TEXT.title)}`,
      current: '/hochladen',
      filesHint: TEXT.filesHint(Math.round(limits.maxFileBytes / 1048576), limits.maxFiles),
      errorSummary: error ? [{ href: '#dateien', text: error }] : undefined,
      error,
    },
    error ? 400 : 200,
  );
}

export function uploadForm(deps: UploadDeps): RequestHandler {
  return (_req, res: UploadResponse) => renderForm(deps, res);
}

export function upload(deps: UploadDeps): RequestHandler {
  return async (req, res: UploadResponse) => {
    const received = res.locals.upload;
    if (!received || received.files.length === 0) {
      await discardUpload(res);
      return renderForm(deps, res, TEXT.filesMissing);
    }
    const id = await deps.jobs.start(
      { account: res.locals.session!.account, address: req.ip ?? 'unbekannt' },
      received,
    );
    res.redirect(303, `${deps.page.admin}/laeufe/${id}`);
  };
}

export function runsList(deps: UploadDeps): RequestHandler {
  return async (_req, res: UploadResponse) => {
    const runs = (await recentRuns(deps.config.dataDir, RUNS_SHOWN)).map((run) => ({
      when: germanTime(run.finishedAt),
      origin: TEXT.origins[run.origin] ?? run.origin,
      by: run.by,
      result: TEXT.summary(run.summary) + (run.error ? ` (${TEXT.stopped})` : ''),
      href: run.origin === 'upload' ? `${deps.page.admin}/laeufe/${run.id}` : undefined,
    }));
    sendPage(deps.page, res, 'runs', {
      pageTitle: ADMIN_TEXT.titleOf(TEXT.runsTitle),
      current: '/laeufe',
      intro: TEXT.runsIntro(runs.length),
      runs,
    });
  };
}

export function runPage(deps: UploadDeps): RequestHandler {
  return async (req, res: UploadResponse) => {
    const id = String(req.params.id);
    const job = await deps.jobs.get(id);
    if (!job) return sendError(deps.page, res, 404, TEXT.notFound);
    const { config } = deps;
    const limits = reasonLimits(config);
    const rows = job.report?.files.map((line) => {
      const reason = lineReason(line, limits);
      return {
        file: line.file,
        status: TEXT.statuses[line.status] ?? line.status,
        failed: line.status === 'failed',
        id: line.id,
        href: line.id && line.status !== 'withdrawn' ? `${config.publicUrl}/mitteilung/${line.id}` : undefined,
        reason,
      };
    });
    sendPage(deps.page, res, 'run', {
      pageTitle: ADMIN_TEXT.titleOf(TEXT.jobTitle),
      current: '/laeufe',
      meta: TEXT.jobMeta(job.by, germanTime(job.createdAt)),
      state: TEXT.states[job.state],
      waitingFor: job.state === 'waiting' && job.waitingFor ? TEXT.waitingFor(job.waitingFor) : undefined,
      unfinished: job.state === 'waiting' || job.state === 'running',
      summary: job.report ? TEXT.summary(job.report.summary) : undefined,
      self: `${deps.page.admin}/laeufe/${job.id}`,
      rows,
    });
  };
}
