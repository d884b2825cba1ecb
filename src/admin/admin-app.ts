/**
 * createAdminApp assembles the archivists' surface under BASE_PATH + /verwaltung: security headers,
 * no caching, the session of each request, the routes of the route table (admin-routes.ts) — session
 * routes refuse without a session, every POST needs its CSRF token — then a sign-in redirect or a
 * German 404 for anything else, and one error handler. It holds the admin key's client, never the
 * master key.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type ErrorRequestHandler, type Express, type RequestHandler, type Response } from 'express';
import type { Meilisearch } from 'meilisearch';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { securityHeaders } from '../web/middleware/security-headers.js';
import { VIEWS_DIR } from '../web/view-engine.js';
import { ADMIN_PREFIX, ADMIN_ROUTES, adminPath, type AdminRouteName } from './admin-routes.js';
import type { AdminStorage } from './admin-storage.js';
import { ADMIN_VIEWS_DIR, createAdminViews, sendError, type PageContext } from './admin-views.js';
import { auditPage } from './routes/audit-page.js';
import { signIn, signInForm } from './routes/sign-in.js';
import { signOut } from './routes/sign-out.js';
import { startPage } from './routes/start-page.js';
import { deleteForm, deleteReleasePost } from './routes/deletion-pages.js';
import { feedbackInbox, markFeedbackPost } from './routes/feedback-inbox.js';
import { correct, correctForm, undoCorrection } from './routes/correction-pages.js';
import { restore, withdraw, withdrawForm, withdrawnList } from './routes/withdrawal-pages.js';
import { runPage, runsList, upload, uploadForm } from './routes/upload-pages.js';
import { discardUpload, receiveUpload } from './upload/upload-receiver.js';
import { UploadJobs } from './upload/upload-jobs.js';
import { ArchiveActions } from './archive-actions.js';
import { loadSession, requireSession, verifyCsrf, type AdminLocals } from './session/session-middleware.js';
import { SignInThrottle } from './session/sign-in-throttle.js';
import { ADMIN_TEXT } from './texts/admin-texts.js';

export interface AdminDependencies {
  config: Config;
  /** A client with the admin key (src/archive/admin-key.ts). */
  meili: Meilisearch;
  storage: AdminStorage;
  /** The background queue of uploads (upload/upload-jobs.ts); default: a new one. */
  jobs?: UploadJobs;
  log: Logger;
  /** The clock of sessions, locks and the audit log (tests move it). */
  now?: () => number;
}

/** The public site's style sheet and the admin additions, served as one. */
function stylesheet(): RequestHandler {
  const css =
    readFileSync(path.join(VIEWS_DIR, 'static', 'site.css'), 'utf8') +
    readFileSync(path.join(ADMIN_VIEWS_DIR, 'admin.css'), 'utf8');
  return (_req, res) => {
    res.type('css').set('Cache-Control', 'no-cache').send(css);
  };
}

export function createAdminApp({ config, meili, storage, log, now = Date.now, ...rest }: AdminDependencies): Express {
  const jobs = rest.jobs ?? new UploadJobs(config, meili, storage.files.audit, log, now);
  const app = express();
  const base = config.basePath;
  const admin = `${base}${ADMIN_PREFIX}`;
  const page: PageContext = { views: createAdminViews(), admin, publicUrl: config.publicUrl };
  const throttle = new SignInThrottle(now);
  const signInDeps = { page, storage, throttle, now };
  const withdrawal = { page, actions: new ArchiveActions(config, meili, storage.files.audit, now) };
  const correction = { ...withdrawal, meili, index: config.meiliIndex };
  const feedbackDeps = { page, dataDir: config.dataDir, auditFile: storage.files.audit, now };
  const uploads = { page, config, jobs };
  const handlers: Record<AdminRouteName, RequestHandler> = {
    stylesheet: stylesheet(),
    signInForm: signInForm(signInDeps),
    signIn: signIn(signInDeps),
    start: startPage({ page, meili, index: config.meiliIndex }),
    audit: auditPage({ page, auditFile: storage.files.audit }),
    signOut: signOut({ storage, admin, now }),
    withdrawForm: withdrawForm(withdrawal),
    withdraw: withdraw(withdrawal),
    withdrawnList: withdrawnList(withdrawal),
    restore: restore(withdrawal),
    correctForm: correctForm(correction),
    correct: correct(correction),
    undoCorrection: undoCorrection(correction),
    uploadForm: uploadForm(uploads),
    upload: upload(uploads),
    runs: runsList(uploads),
    run: runPage(uploads),
    feedback: feedbackInbox(feedbackDeps),
    markFeedback: markFeedbackPost(feedbackDeps),
    deleteForm: deleteForm(withdrawal),
    deleteRelease: deleteReleasePost(withdrawal),
  };

  app.disable('x-powered-by');
  app.set('trust proxy', config.admin.trustProxy);
  app.use(securityHeaders());
  app.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  const router = express.Router();
  router.use(loadSession(storage, admin));
  const formBody = express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 60 });
  const refuseForm = async (_req: unknown, res: Response<unknown, AdminLocals>) => {
    await discardUpload(res);
    log.warn('Admin form post without a valid CSRF token refused');
    sendError(page, res, 403, ADMIN_TEXT.errors.forbidden);
  };
  const sessionOnly = requireSession(adminPath(base, '/anmelden'));
  for (const route of ADMIN_ROUTES) {
    const chain: RequestHandler[] = [];
    if (route.access === 'session') chain.push(sessionOnly);
    const body = 'body' in route ? receiveUpload(config.dataDir, config.upload) : formBody;
    if (route.method === 'post') chain.push(body, verifyCsrf(storage, refuseForm));
    router[route.method](route.path, ...chain, handlers[route.name]);
  }
  // Anything else: without a session the sign-in page (nothing tells which addresses exist), with one a 404.
  router.use(sessionOnly, (_req, res) => sendError(page, res, 404, ADMIN_TEXT.errors.notFound));
  const onError: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, _next) => {
    if (error.status === 413) return sendError(page, res, 413, ADMIN_TEXT.errors.tooLarge);
    if (error.status === 400 && error.type) return sendError(page, res, 400, ADMIN_TEXT.errors.forbidden);
    log.error({ err: error }, 'Admin request failed');
    sendError(page, res, 500, ADMIN_TEXT.errors.internal);
  };
  router.use(onError);
  app.use(admin, router);
  app.get(base || '/', (_req, res) => res.redirect(303, `${admin}/`));
  app.use((_req, res) => res.status(404).type('text').send('404'));
  return app;
}
