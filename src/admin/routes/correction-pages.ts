/**
 * Corrections in the browser: GET /verwaltung/korrigieren (without an id: which release; with one:
 * its metadata as the record has them, and its corrections so far), POST /verwaltung/korrigieren
 * (the changed fields with a required, public reason) and POST /verwaltung/korrektur-zuruecknehmen
 * (takes back the latest). The work is ArchiveActions' under the writer lock.
 */
import type { Request, RequestHandler } from 'express';
import type { Meilisearch } from 'meilisearch';
import { meiliErrorCode } from '../../archive/meili-client.js';
import { isReleaseId, type Release } from '../../archive/release.js';
import { correctedFields } from '../../../ingest/store/corrections-store.js';
import { germanTime } from '../admin-format.js';
import { sendError, sendForm, type AdminResponse, type PageContext } from '../admin-views.js';
import type { ArchiveActions, CorrectOutcome } from '../archive-actions.js';
import {
  checkCorrection,
  correctionChoices,
  CORRECTION_REASON_MAX,
  inputFromBody,
  inputOf,
  type CorrectionErrors,
  type CorrectionInput,
} from '../correction-form.js';
import { ADMIN_TEXT } from '../texts/admin-texts.js';
import { actorOf, busy, releaseIdOf } from './withdrawal-pages.js';

const TEXT = ADMIN_TEXT.correct;

export interface CorrectionDeps {
  page: PageContext;
  actions: ArchiveActions;
  meili: Meilisearch;
  index: string;
}

/** Where each error of the form links to. */
const FIELD_IDS: Record<keyof CorrectionErrors, string> = {
  form: 'titel',
  title: 'titel',
  subtitle: 'unterzeile',
  date: 'datum',
  sender: 'behoerde',
  topics: 'thema-0',
  type: 'art',
  sourceUrl: 'quelle',
  contactName: 'kontakt-name',
  contactPhone: 'kontakt-telefon',
  contactEmail: 'kontakt-email',
  reason: 'grund',
};

async function currentRecord(deps: CorrectionDeps, id: string): Promise<Release | undefined> {
  try {
    return await deps.meili.index(deps.index).getDocument<Release>(id);
  } catch (error) {
    if (meiliErrorCode(error) === 'document_not_found') return undefined;
    throw error;
  }
}

function lookUpPage(deps: CorrectionDeps, res: AdminResponse, status: number, id: string, error?: string): void {
  sendForm(deps.page, res, 'correct', status, {
    title: TEXT.title,
    current: '/korrigieren',
    errors: { id: error },
    fieldIds: { id: 'kennung' },
    data: { lookUp: { id, error } },
  });
}

async function editPage(
  deps: CorrectionDeps,
  res: AdminResponse,
  status: number,
  record: Release,
  state: { input?: CorrectionInput; errors?: CorrectionErrors; notice?: string } = {},
): Promise<void> {
  const input = state.input ?? inputOf(record);
  const { senders, topics, types } = correctionChoices();
  const history = (await deps.actions.corrections.read(record.id)).map((c) => ({
    when: germanTime(c.at),
    account: c.account,
    fields: correctedFields(c.values)
      .map((f) => TEXT.fields[f])
      .join(', '),
    reason: c.reason,
  }));
  sendForm(deps.page, res, 'correct', status, {
    title: TEXT.title,
    current: '/korrigieren',
    errors: { ...state.errors },
    fieldIds: FIELD_IDS,
    data: {
      notice: state.notice,
      release: {
        id: record.id,
        heading: TEXT.releaseHeading(record.title),
        publicUrl: `${deps.page.publicUrl}/mitteilung/${record.id}`,
      },
      values: input,
      senders: senders.map((s) => ({ ...s, selected: s.short === input.sender })),
      topics: topics.map((name, i) => ({ name, id: `thema-${i}`, checked: input.topics.includes(name) })),
      types: types.map((name) => ({ name, selected: name === input.type })),
      noType: !input.type,
      reasonHint: TEXT.reasonHint(CORRECTION_REASON_MAX),
      history,
    },
  });
}

const NOTICES: Record<string, string> = { gespeichert: TEXT.savedNotice, zurueckgenommen: TEXT.undoneNotice };

export function correctForm(deps: CorrectionDeps): RequestHandler {
  return async (req, res: AdminResponse) => {
    const typed = typeof req.query.id === 'string' ? req.query.id.trim().slice(0, 300) : '';
    if (!typed) return lookUpPage(deps, res, 200, '');
    const id = releaseIdOf(typed);
    const record = id && (await currentRecord(deps, id));
    if (!record) return lookUpPage(deps, res, 404, typed, TEXT.idUnknown);
    const done = typeof req.query.erledigt === 'string' ? NOTICES[req.query.erledigt] : undefined;
    await editPage(deps, res, 200, record, done ? { notice: done } : {});
  };
}

/** The answer to an outcome that is not a success: a form error, a busy archive, or a failure. */
function refused(deps: CorrectionDeps, res: AdminResponse, outcome: CorrectOutcome): void {
  const message =
    outcome.status === 'unknown'
      ? TEXT.idUnknown
      : outcome.status === 'withdrawn'
        ? TEXT.withdrawn
        : outcome.status === 'nothing'
          ? TEXT.nothingToUndo
          : TEXT.failed;
  sendError(deps.page, res, outcome.status === 'failed' ? 500 : 400, {
    title: TEXT.title,
    heading: TEXT.heading,
    message,
  });
}

const idOf = (req: Request): string | undefined => {
  const value = (req.body as Record<string, unknown> | undefined)?.id;
  return typeof value === 'string' && isReleaseId(value) ? value : undefined;
};

export function correct(deps: CorrectionDeps): RequestHandler {
  return async (req, res: AdminResponse) => {
    const id = idOf(req);
    const record = id && (await currentRecord(deps, id));
    if (!record) return lookUpPage(deps, res, 404, id ?? '', TEXT.idUnknown);
    const input = inputFromBody(req.body);
    const checked = checkCorrection(input, record);
    if ('errors' in checked) return editPage(deps, res, 400, record, { input, errors: checked.errors });
    let outcome: CorrectOutcome;
    try {
      outcome = await deps.actions.correct(actorOf(req, res), record.id, checked.values, checked.reason);
    } catch (error) {
      return busy(deps.page, res, error);
    }
    if (outcome.status !== 'corrected') return refused(deps, res, outcome);
    res.redirect(303, `${deps.page.admin}/korrigieren?id=${encodeURIComponent(record.id)}&erledigt=gespeichert`);
  };
}

export function undoCorrection(deps: CorrectionDeps): RequestHandler {
  return async (req, res: AdminResponse) => {
    const id = idOf(req);
    const record = id && (await currentRecord(deps, id));
    if (!record) return lookUpPage(deps, res, 404, id ?? '', TEXT.idUnknown);
    let outcome: CorrectOutcome;
    try {
      outcome = await deps.actions.undoCorrection(actorOf(req, res), record.id);
    } catch (error) {
      return busy(deps.page, res, error);
    }
    if (outcome.status !== 'undone') return refused(deps, res, outcome);
    res.redirect(303, `${deps.page.admin}/korrigieren?id=${encodeURIComponent(record.id)}&erledigt=zurueckgenommen`);
  };
}
