/**
 * Withdrawal in the browser: GET/POST /verwaltung/zurueckziehen (a release by id or address and a
 * required, public reason), GET /verwaltung/zurueckgezogen (the withdrawn releases, each with
 * „Wiederherstellen“) and POST /verwaltung/wiederherstellen. The work is ArchiveActions' (the same
 * as `npm run ingest -- --remove/--restore`); another writer busy longer than a few seconds is a
 * 503 that says nothing was changed.
 */
import type { Request, RequestHandler, Response } from 'express';
import { isReleaseId } from '../../archive/release.js';
import { WriterBusyError } from '../../archive/writer-lock.js';
import { germanTime } from '../admin-format.js';
import { sendError, sendForm, sendPage, type PageContext } from '../admin-views.js';
import type { ArchiveActions } from '../archive-actions.js';
import type { AdminLocals } from '../session/session-middleware.js';
import { ADMIN_TEXT } from '../texts/admin-texts.js';

type AdminResponse = Response<unknown, AdminLocals>;

/** The longest reason taken (it is shown on the public 410 page). */
export const REASON_MAX_CHARS = 500;
const TEXT = ADMIN_TEXT.withdraw;
const LIST = ADMIN_TEXT.withdrawn;

export interface WithdrawalDeps {
  page: PageContext;
  actions: ArchiveActions;
}

/** The id in what was typed: an id, or an address ending in /mitteilung/<id> (with or without more after it). */
export function releaseIdOf(input: string): string | undefined {
  const text = input.trim();
  if (isReleaseId(text)) return text;
  const match = /\/mitteilung\/([^/?#\s]+)/.exec(text);
  return match && isReleaseId(match[1]!) ? match[1] : undefined;
}

interface FormState {
  values: { id: string; reason: string };
  errors: { id?: string; reason?: string };
}

function renderForm(deps: WithdrawalDeps, res: AdminResponse, status: number, { values, errors }: FormState): void {
  sendForm(deps.page, res, 'withdraw', status, {
    title: TEXT.title,
    current: '/zurueckziehen',
    errors: { ...errors },
    fieldIds: { id: 'kennung', reason: 'grund' },
    data: { reasonHint: TEXT.reasonHint(REASON_MAX_CHARS), values },
  });
}

const field = (req: Request, name: string): string => {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
};

export const actorOf = (req: Request, res: AdminResponse) => ({
  account: res.locals.session!.account,
  address: req.ip ?? 'unbekannt',
});

/** Another writer held the lock too long: a 503 that says nothing was changed; any other error is thrown. */
export function busy(page: PageContext, res: AdminResponse, error: unknown): void {
  if (!(error instanceof WriterBusyError)) throw error;
  res.set('Retry-After', '60');
  sendError(page, res, 503, ADMIN_TEXT.errors.busy(error.holder.what));
}

export function withdrawForm(deps: WithdrawalDeps): RequestHandler {
  return (req, res: AdminResponse) => {
    const id = typeof req.query.id === 'string' ? req.query.id.slice(0, 300) : '';
    renderForm(deps, res, 200, { values: { id, reason: '' }, errors: {} });
  };
}

export function withdraw(deps: WithdrawalDeps): RequestHandler {
  return async (req, res: AdminResponse) => {
    const values = { id: field(req, 'id').trim().slice(0, 300), reason: field(req, 'reason').trim() };
    const errors: FormState['errors'] = {};
    const id = releaseIdOf(values.id);
    if (!values.id) errors.id = TEXT.idMissing;
    else if (!id) errors.id = TEXT.idUnknown;
    if (!values.reason) errors.reason = TEXT.reasonMissing;
    else if ([...values.reason].length > REASON_MAX_CHARS) errors.reason = TEXT.reasonTooLong(REASON_MAX_CHARS);
    let finishEarlier = false;
    if (id && !errors.id) {
      const known = await deps.actions.lookUp(id);
      if (!known) errors.id = TEXT.idUnknown;
      else if (known.withdrawn) {
        errors.id = TEXT.alreadyWithdrawn;
        // A withdrawal interrupted after its journal mark (Meilisearch down) left the record public:
        // withdrawing again finishes it (tombstone in, record out), keeping the first reason.
        finishEarlier = true;
      }
    }
    try {
      if (finishEarlier) await deps.actions.withdraw(actorOf(req, res), id!, values.reason || '-');
    } catch (error) {
      return busy(deps.page, res, error);
    }
    if (errors.id || errors.reason) return renderForm(deps, res, 400, { values, errors });
    try {
      const outcome = await deps.actions.withdraw(actorOf(req, res), id!, values.reason);
      if (outcome.status === 'unknown') return renderForm(deps, res, 400, { values, errors: { id: TEXT.idUnknown } });
    } catch (error) {
      return busy(deps.page, res, error);
    }
    res.redirect(303, `${deps.page.admin}/zurueckgezogen?zurueckgezogen=${encodeURIComponent(id!)}`);
  };
}

export function withdrawnList(deps: WithdrawalDeps): RequestHandler {
  return async (req, res: AdminResponse) => {
    const param = (name: string): string | undefined => {
      const value = req.query[name];
      return typeof value === 'string' && isReleaseId(value) ? value : undefined;
    };
    const withdrawnId = param('zurueckgezogen');
    const restoredId = param('wiederhergestellt');
    const notice = withdrawnId
      ? LIST.withdrawnNotice(withdrawnId)
      : restoredId
        ? LIST.restoredNotice(restoredId)
        : undefined;
    const rows = (await deps.actions.withdrawn()).map((entry) => ({
      id: entry.id,
      title: entry.withdrawn!.title || LIST.untitled,
      date: entry.withdrawn!.date,
      reason: entry.withdrawn!.reason,
      when: germanTime(entry.withdrawn!.at),
    }));
    sendPage(deps.page, res, 'withdrawn', {
      pageTitle: ADMIN_TEXT.titleOf(LIST.title),
      current: '/zurueckgezogen',
      notice,
      rows,
    });
  };
}

export function restore(deps: WithdrawalDeps): RequestHandler {
  return async (req, res: AdminResponse) => {
    const id = releaseIdOf(field(req, 'id'));
    const failed = (message: string, status = 400) =>
      sendError(deps.page, res, status, { title: LIST.title, heading: LIST.heading, message });
    if (!id) return failed(TEXT.idUnknown);
    let outcome;
    try {
      outcome = await deps.actions.restore(actorOf(req, res), id);
    } catch (error) {
      return busy(deps.page, res, error);
    }
    if (outcome.status === 'unknown') return failed(TEXT.idUnknown);
    if (outcome.status === 'not-withdrawn') return failed(LIST.notWithdrawn);
    if (outcome.status === 'failed') return failed(LIST.restoreFailed, 500);
    res.redirect(303, `${deps.page.admin}/zurueckgezogen?wiederhergestellt=${encodeURIComponent(id)}`);
  };
}
