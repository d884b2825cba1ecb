/**
 * The session of a request (from its signed cookie, checked against the session store and the
 * accounts as they are now), the refusal of session routes without one, and the CSRF check of
 * every form post: against the session's token, or before sign-in against the token in the
 * sign-in cookie (double submit of a signed value).
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { readAccounts, type Account } from '../accounts/account-store.js';
import type { AdminStorage } from '../admin-storage.js';
import { readCookie, SESSION_COOKIE, SIGN_IN_COOKIE, sameToken, unsign, cookieHeader } from './session-cookie.js';
import type { Session } from './session-store.js';

export interface AdminLocals extends Record<string, unknown> {
  session?: Session;
  account?: Account;
  /** The request carried a session cookie whose session has ended (shown as „abgelaufen“). */
  sessionEnded?: boolean;
}

type AdminResponse = Response<unknown, AdminLocals>;

export function clearCookie(res: Response, name: string, path: string, secure: boolean): void {
  res.append('Set-Cookie', cookieHeader(name, '', { path, secure, maxAge: 0 }));
}

export function loadSession(storage: AdminStorage, cookiePath: string): RequestHandler {
  return async (req: Request, res: AdminResponse, next: NextFunction) => {
    try {
      const raw = readCookie(req.get('Cookie'), SESSION_COOKIE);
      const id = unsign(storage.secret, raw);
      if (id) {
        const check = await storage.sessions.check(id, await readAccounts(storage.files.accounts));
        if (check.session) {
          res.locals.session = check.session;
          res.locals.account = check.account;
        } else {
          res.locals.sessionEnded = check.ended !== 'unknown';
        }
      }
      if (raw && !res.locals.session) clearCookie(res, SESSION_COOKIE, cookiePath, req.secure);
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** Without a session: to the sign-in page (GET and POST alike), saying so when a session had ended. */
export function requireSession(signInPath: string): RequestHandler {
  return (_req, res: AdminResponse, next) => {
    if (res.locals.session) return next();
    res.redirect(303, res.locals.sessionEnded ? `${signInPath}?hinweis=abgelaufen` : signInPath);
  };
}

/** The CSRF token a form post must carry (`_csrf`), compared in constant time. */
export function verifyCsrf(storage: AdminStorage, refuse: (req: Request, res: AdminResponse) => void): RequestHandler {
  return (req: Request, res: AdminResponse, next) => {
    const sent = typeof req.body?._csrf === 'string' ? (req.body._csrf as string) : undefined;
    const expected = res.locals.session
      ? res.locals.session.csrfToken
      : unsign(storage.secret, readCookie(req.get('Cookie'), SIGN_IN_COOKIE));
    if (sameToken(sent, expected)) return next();
    refuse(req, res);
  };
}
