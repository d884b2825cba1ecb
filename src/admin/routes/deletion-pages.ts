/**
 * Deletion for legal reasons: GET/POST /verwaltung/loeschen, only for accounts with the right
 * (`npm run user -- grant-delete`); others get a 403 page. The form asks for the release, the legal
 * reason (for the audit log only) and an explicit confirmation. The work is ArchiveActions.delete.
 */
import type { RequestHandler, Response } from 'express';
import { sendError, sendForm } from '../admin-views.js';
import type { AdminLocals } from '../session/session-middleware.js';
import { ADMIN_TEXT } from '../texts/admin-texts.js';
import { actorOf, busy, releaseIdOf, REASON_MAX_CHARS, type WithdrawalDeps } from './withdrawal-pages.js';

type AdminResponse = Response<unknown, AdminLocals>;
const TEXT = ADMIN_TEXT.delete;

interface FormState {
  values: { id: string; reason: string; confirmed: boolean };
  errors: { id?: string; reason?: string; confirmed?: string };
  notice?: string;
}

function renderForm(deps: WithdrawalDeps, res: AdminResponse, status: number, state: FormState): void {
  sendForm(deps.page, res, 'delete', status, {
    title: TEXT.title,
    current: '/loeschen',
    errors: { ...state.errors },
    fieldIds: { id: 'kennung', reason: 'grund', confirmed: 'bestaetigung' },
    data: { reasonHint: TEXT.reasonHint(REASON_MAX_CHARS), values: state.values, notice: state.notice },
  });
}

/** Refuses (403) a request of an account without the right; true when it may go on. */
function allowed(deps: WithdrawalDeps, res: AdminResponse): boolean {
  if (res.locals.account?.mayDelete) return true;
  sendError(deps.page, res, 403, TEXT.notAllowed);
  return false;
}

export function deleteForm(deps: WithdrawalDeps): RequestHandler {
  return (req, res: AdminResponse) => {
    if (!allowed(deps, res)) return;
    const notice = req.query.geloescht === '1' ? TEXT.deletedNotice : undefined;
    renderForm(deps, res, 200, { values: { id: '', reason: '', confirmed: false }, errors: {}, notice });
  };
}

export function deleteReleasePost(deps: WithdrawalDeps): RequestHandler {
  return async (req, res: AdminResponse) => {
    if (!allowed(deps, res)) return;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');
    const values = { id: text('id').slice(0, 300), reason: text('reason'), confirmed: body.confirmed === 'ja' };
    const errors: FormState['errors'] = {};
    const id = releaseIdOf(values.id);
    if (!values.id) errors.id = ADMIN_TEXT.withdraw.idMissing;
    else if (!id || !(await deps.actions.lookUp(id))) errors.id = ADMIN_TEXT.withdraw.idUnknown;
    if (!values.reason) errors.reason = TEXT.reasonMissing;
    else if ([...values.reason].length > REASON_MAX_CHARS)
      errors.reason = ADMIN_TEXT.withdraw.reasonTooLong(REASON_MAX_CHARS);
    if (!values.confirmed) errors.confirmed = TEXT.confirmMissing;
    if (Object.keys(errors).length > 0) return renderForm(deps, res, 400, { values, errors });
    try {
      const outcome = await deps.actions.delete(actorOf(req, res), id!, values.reason);
      if (outcome.status === 'unknown')
        return renderForm(deps, res, 400, { values, errors: { id: ADMIN_TEXT.withdraw.idUnknown } });
    } catch (error) {
      return busy(deps.page, res, error);
    }
    res.redirect(303, `${deps.page.admin}/loeschen?geloescht=1`);
  };
}
