/** GET /verwaltung/protokoll: the newest entries of the audit log, newest first. */
import type { RequestHandler, Response } from 'express';
import { germanTime } from '../admin-format.js';
import { sendPage, type PageContext } from '../admin-views.js';
import { readAudit } from '../audit/audit-log.js';
import { describeEntry } from '../audit/audit-text.js';
import type { AdminLocals } from '../session/session-middleware.js';
import { ADMIN_TEXT } from '../texts/admin-texts.js';

/** Entries shown on the page; `npm run audit` prints all. */
export const AUDIT_PAGE_ENTRIES = 200;

export function auditPage({ page, auditFile }: { page: PageContext; auditFile: string }): RequestHandler {
  return async (_req, res: Response<unknown, AdminLocals>) => {
    const log = await readAudit(auditFile);
    const newest = log.entries.slice(-AUDIT_PAGE_ENTRIES).reverse();
    sendPage(page, res, 'audit', {
      pageTitle: ADMIN_TEXT.titleOf(ADMIN_TEXT.audit.title),
      current: '/protokoll',
      intro: ADMIN_TEXT.audit.intro(newest.length, log.entries.length),
      damaged: log.damaged ? ADMIN_TEXT.audit.damaged(log.damaged) : undefined,
      rows: newest.map((entry) => ({ ...describeEntry(entry), time: germanTime(entry.at) })),
    });
  };
}
