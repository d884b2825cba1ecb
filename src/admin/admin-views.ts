/**
 * The admin templates (views/admin/: layout, pages) with the admin texts as `@t`, and the data
 * every page's layout needs: the admin address, the signed-in account, its form token, the
 * navigation with the current page marked, the public site's address for the footer.
 */
import path from 'node:path';
import type { Response } from 'express';
import { compileViews, VIEWS_DIR, type ViewEngine } from '../web/view-engine.js';
import { ADMIN_TEXT } from './texts/admin-texts.js';
import type { AdminLocals } from './session/session-middleware.js';

export const ADMIN_VIEWS_DIR = path.join(VIEWS_DIR, 'admin');

export function createAdminViews(): ViewEngine {
  return compileViews({
    layout: path.join(ADMIN_VIEWS_DIR, 'layout.hbs'),
    pagesDir: path.join(ADMIN_VIEWS_DIR, 'pages'),
    // The public site's error summary: one component, one ARIA wiring.
    partials: [path.join(VIEWS_DIR, 'partials', 'error-summary.hbs')],
    data: { t: ADMIN_TEXT },
  });
}

/** The response of an admin route, with the request's session in its locals. */
export type AdminResponse = Response<unknown, AdminLocals>;

export interface PageContext {
  views: ViewEngine;
  /** BASE_PATH + /verwaltung */
  admin: string;
  publicUrl: string;
}

const NAV = [
  { path: '/', text: ADMIN_TEXT.layout.start },
  { path: '/hochladen', text: ADMIN_TEXT.upload.navUpload },
  { path: '/laeufe', text: ADMIN_TEXT.upload.navRuns },
  { path: '/zurueckgezogen', text: ADMIN_TEXT.layout.withdrawn },
  { path: '/rueckmeldungen', text: ADMIN_TEXT.layout.feedback },
  { path: '/protokoll', text: ADMIN_TEXT.layout.audit },
] as const;

/** Renders `page` inside the layout and sends it with `status`. */
export function sendPage(
  ctx: PageContext,
  res: Response<unknown, AdminLocals>,
  page: string,
  data: Record<string, unknown>,
  status = 200,
): void {
  const session = res.locals.session;
  const current = (data.current as string | undefined) ?? '';
  const layout = {
    admin: ctx.admin,
    publicUrl: ctx.publicUrl,
    account: session?.account,
    csrfToken: session?.csrfToken,
    nav: NAV.map((item) => ({ href: `${ctx.admin}${item.path}`, text: item.text, current: item.path === current })),
  };
  res
    .status(status)
    .type('html')
    .send(ctx.views.render(page, { ...layout, ...data }));
}

export function sendError(
  ctx: PageContext,
  res: Response<unknown, AdminLocals>,
  status: number,
  text: { title: string; heading: string; message: string },
): void {
  sendPage(ctx, res, 'error', { pageTitle: ADMIN_TEXT.titleOf(text.title), ...text }, status);
}

export interface FormPage {
  title: string;
  /** The navigation entry the page belongs to. */
  current: string;
  /** A message per field that has one, in the form's order. */
  errors: Record<string, string | undefined>;
  /** The id of each field's input, where it differs from the field's name. */
  fieldIds: Record<string, string>;
  data: Record<string, unknown>;
}

/** A form page: an error summary linking each message to its field, and „Fehler: “ before the title when there is one. */
export function sendForm(
  ctx: PageContext,
  res: Response<unknown, AdminLocals>,
  page: string,
  status: number,
  form: FormPage,
): void {
  const errorSummary = Object.entries(form.errors)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([field, text]) => ({ href: `#${form.fieldIds[field] ?? field}`, text }));
  const data = {
    pageTitle: `${errorSummary.length ? ADMIN_TEXT.errorPrefix : ''}${ADMIN_TEXT.titleOf(form.title)}`,
    current: form.current,
    errorSummary: errorSummary.length ? errorSummary : undefined,
    errors: form.errors,
    ...form.data,
  };
  sendPage(ctx, res, page, data, status);
}
