/**
 * GET/POST /verwaltung/anmelden: the sign-in form and its check. Every refusal says the same for
 * an unknown name, a disabled account and a wrong password; an unknown name is checked against a
 * dummy hash, so it takes as long. Failures are counted per name and per address
 * (session/sign-in-throttle.ts); while a lock holds, no password is checked. Each outcome is in
 * the audit log; a sign-in starts a new session (a new id, never one the browser brought along).
 */
import type { Request, RequestHandler, Response } from 'express';
import { normalName } from '../accounts/account-rules.js';
import { readAccounts } from '../accounts/account-store.js';
import { dummyHash, verifyPassword } from '../accounts/password-hash.js';
import type { AdminStorage } from '../admin-storage.js';
import { sendPage, type PageContext } from '../admin-views.js';
import { appendAudit } from '../audit/audit-log.js';
import { cookieHeader, randomToken, sign, SESSION_COOKIE, SIGN_IN_COOKIE } from '../session/session-cookie.js';
import { clearCookie, type AdminLocals } from '../session/session-middleware.js';
import type { SignInThrottle } from '../session/sign-in-throttle.js';
import { ADMIN_TEXT } from '../texts/admin-texts.js';

type AdminResponse = Response<unknown, AdminLocals>;

export interface SignInDeps {
  page: PageContext;
  storage: AdminStorage;
  throttle: SignInThrottle;
  now: () => number;
}

interface FieldErrors {
  name?: string;
  password?: string;
}

const TEXT = ADMIN_TEXT.signIn;
/** A Map, so names of Object.prototype (`?hinweis=constructor`) are no notices. */
const NOTICES = new Map<string, string>([
  ['abgemeldet', TEXT.signedOut],
  ['abgelaufen', TEXT.expired],
]);
/** The sign-in form's token lives an hour. */
const FORM_SECONDS = 3600;

function renderForm(
  deps: SignInDeps,
  req: Request,
  res: AdminResponse,
  status: number,
  values: { name?: string },
  errors: FieldErrors,
  notice?: string,
): void {
  const token = randomToken();
  res.append(
    'Set-Cookie',
    cookieHeader(SIGN_IN_COOKIE, sign(deps.storage.secret, token), {
      path: deps.page.admin,
      secure: req.secure,
      maxAge: FORM_SECONDS,
    }),
  );
  const summary = [
    errors.name && { href: '#name', text: errors.name },
    errors.password && { href: '#passwort', text: errors.password },
  ].filter(Boolean);
  sendPage(
    deps.page,
    res,
    'sign-in',
    {
      pageTitle: `${summary.length ? ADMIN_TEXT.errorPrefix : ''}${ADMIN_TEXT.titleOf(TEXT.title)}`,
      csrfToken: token,
      errorSummary: summary.length ? summary : undefined,
      errors,
      values,
      notice,
    },
    status,
  );
}

export function signInForm(deps: SignInDeps): RequestHandler {
  return (req, res: AdminResponse) => {
    if (res.locals.session) return res.redirect(303, `${deps.page.admin}/`);
    const hint = typeof req.query.hinweis === 'string' ? NOTICES.get(req.query.hinweis) : undefined;
    renderForm(deps, req, res, 200, {}, {}, hint);
  };
}

const minutes = (ms: number): number => Math.max(1, Math.ceil(ms / 60_000));

export function signIn(deps: SignInDeps): RequestHandler {
  const { throttle } = deps;
  /**
   * Names and addresses whose attempt is being checked. The lock is read before the accounts and the
   * password hash are, and a failure counted after: without this, attempts sent at the same moment
   * would all pass the lock and have their passwords tried. One check at a time per name and per
   * address; an attempt that arrives meanwhile is refused (a person signs in once at a time).
   */
  const checking = new Set<string>();
  return async (req, res: AdminResponse) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const name = typeof body.name === 'string' ? normalName(body.name).slice(0, 200) : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const errors: FieldErrors = {};
    if (!name) errors.name = TEXT.nameMissing;
    if (!password) errors.password = TEXT.passwordMissing;
    if (errors.name || errors.password) return renderForm(deps, req, res, 400, { name }, errors);

    const address = req.ip ?? 'unbekannt';
    const held = throttle.lockFor(name, address);
    if (held) return renderForm(deps, req, res, 429, { name }, { name: TEXT.locked(minutes(held.remainingMs)) });
    const keys = [`name:${name}`, `address:${address}`];
    if (keys.some((key) => checking.has(key))) return renderForm(deps, req, res, 429, { name }, { name: TEXT.busy });
    for (const key of keys) checking.add(key);
    try {
      await checkPassword(deps, req, res, name, password, address);
    } finally {
      for (const key of keys) checking.delete(key);
    }
  };
}

/** Checks the password of `name`; signs in, or counts the failure (and locks) and says so. */
async function checkPassword(
  deps: SignInDeps,
  req: Request,
  res: AdminResponse,
  name: string,
  password: string,
  address: string,
): Promise<void> {
  const { storage, throttle } = deps;
  const account = (await readAccounts(storage.files.accounts)).find((a) => a.name === name);
  const matches = await verifyPassword(password, account?.passwordHash ?? (await dummyHash()));
  const at = () => new Date(deps.now()).toISOString();
  if (!account || account.disabled || !matches) {
    const locks = throttle.failed(name, address);
    const known = account ? { subject: account.name } : { detail: ADMIN_TEXT.unknownName };
    await appendAudit(storage.files.audit, { at: at(), action: 'sign-in-failed', actor: null, ...known, address });
    for (const lock of locks) {
      await appendAudit(storage.files.audit, {
        at: at(),
        action: 'sign-in-locked',
        actor: null,
        ...(account ? { subject: account.name } : {}),
        address,
        detail: ADMIN_TEXT.lockedFor(lock.kind, minutes(lock.remainingMs)),
      });
    }
    const message = locks.length ? TEXT.locked(minutes(Math.max(...locks.map((l) => l.remainingMs)))) : TEXT.failed;
    return renderForm(deps, req, res, locks.length ? 429 : 401, { name }, { name: message });
  }
  throttle.succeeded(name);
  const { id } = await storage.sessions.create(account);
  await appendAudit(storage.files.audit, { at: at(), action: 'sign-in', actor: account.name, address });
  clearCookie(res, SIGN_IN_COOKIE, deps.page.admin, req.secure);
  res.append(
    'Set-Cookie',
    cookieHeader(SESSION_COOKIE, sign(storage.secret, id), { path: deps.page.admin, secure: req.secure }),
  );
  res.redirect(303, `${deps.page.admin}/`);
}
