/** POST /verwaltung/abmelden: ends the session (in the store, so the cookie is worthless) and logs it. */
import type { RequestHandler, Response } from 'express';
import type { AdminStorage } from '../admin-storage.js';
import { appendAudit } from '../audit/audit-log.js';
import { SESSION_COOKIE } from '../session/session-cookie.js';
import { clearCookie, type AdminLocals } from '../session/session-middleware.js';

export function signOut({
  storage,
  admin,
  now,
}: {
  storage: AdminStorage;
  admin: string;
  now: () => number;
}): RequestHandler {
  return async (req, res: Response<unknown, AdminLocals>) => {
    const session = res.locals.session!;
    await storage.sessions.end(session);
    await appendAudit(storage.files.audit, {
      at: new Date(now()).toISOString(),
      action: 'sign-out',
      actor: session.account,
      address: req.ip ?? 'unbekannt',
    });
    clearCookie(res, SESSION_COOKIE, admin, req.secure);
    res.redirect(303, `${admin}/anmelden?hinweis=abgemeldet`);
  };
}
