/**
 * The „Barriere melden“ reports for the archivists: GET /verwaltung/rueckmeldungen lists them, open
 * ones first, newest first; POST /verwaltung/rueckmeldungen marks one done or opens it again. The
 * marks go to their own file (src/feedback/feedback-marks.ts); each mark is an audit line.
 */
import type { RequestHandler } from 'express';
import { readFeedbackMarks, markFeedback } from '../../feedback/feedback-marks.js';
import { readFeedback } from '../../feedback/feedback-store.js';
import { germanTime } from '../admin-format.js';
import { sendError, sendPage, type AdminResponse, type PageContext } from '../admin-views.js';
import { appendAudit } from '../audit/audit-log.js';
import { ADMIN_TEXT } from '../texts/admin-texts.js';

const TEXT = ADMIN_TEXT.feedback;

export interface FeedbackDeps {
  page: PageContext;
  dataDir: string;
  auditFile: string;
  now: () => number;
}

export function feedbackInbox(deps: FeedbackDeps): RequestHandler {
  return async (req, res: AdminResponse) => {
    const [reports, marks] = await Promise.all([readFeedback(deps.dataDir), readFeedbackMarks(deps.dataDir)]);
    const rows = reports
      .map((report) => {
        const mark = marks.get(report.id);
        return {
          id: report.id,
          received: germanTime(report.receivedAt),
          receivedAt: report.receivedAt,
          page: report.page,
          name: report.name,
          email: report.email,
          message: report.message,
          done: mark?.done === true,
          doneText: mark?.done ? TEXT.doneBy(mark.account, germanTime(mark.at)) : undefined,
        };
      })
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    const open = rows.filter((r) => !r.done);
    const done = rows.filter((r) => r.done);
    const changed = typeof req.query.fall === 'string' ? rows.find((r) => r.id === req.query.fall) : undefined;
    sendPage(deps.page, res, 'feedback', {
      pageTitle: ADMIN_TEXT.titleOf(TEXT.title),
      current: '/rueckmeldungen',
      notice: changed && (changed.done ? TEXT.markedDone(changed.id) : TEXT.reopened(changed.id)),
      openHeading: TEXT.openHeading(open.length),
      doneHeading: TEXT.doneHeading(done.length),
      open,
      done,
    });
  };
}

export function markFeedbackPost(deps: FeedbackDeps): RequestHandler {
  return async (req, res: AdminResponse) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const id = typeof body.id === 'string' ? body.id : '';
    const done = body.done === 'ja';
    const reports = await readFeedback(deps.dataDir);
    if (!reports.some((r) => r.id === id))
      return sendError(deps.page, res, 400, { title: TEXT.title, heading: TEXT.heading, message: TEXT.unknown });
    const account = res.locals.session!.account;
    const at = new Date(deps.now()).toISOString();
    await markFeedback(deps.dataDir, { id, done, at, account });
    await appendAudit(deps.auditFile, {
      at,
      action: done ? 'feedback-done' : 'feedback-reopened',
      actor: account,
      subject: id,
      address: req.ip ?? 'unbekannt',
    });
    res.redirect(303, `${deps.page.admin}/rueckmeldungen?fall=${encodeURIComponent(id)}`);
  };
}
