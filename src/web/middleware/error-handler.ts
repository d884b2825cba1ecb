/**
 * German error pages: 404, 410 for a withdrawn release (its own page), 400 for bad input, 503 when Meilisearch is unreachable or the search is
 * overloaded, 429 for a client address over its share, 500 otherwise — never a stack trace.
 */
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Logger } from '../../log.js';
import { SearchBusyError } from '../../errors/search-busy-error.js';
import { SearchUnavailableError } from '../../errors/search-unavailable-error.js';
import { ReleaseWithdrawnError } from '../../errors/release-withdrawn-error.js';
import { withdrawnApiRecord, withdrawnPage } from '../view-models/withdrawn-page.js';
import { ERROR_PAGES, ERROR_TEXT, type ErrorPageText } from '../texts/error-texts.js';
import { titleOf } from '../texts/site-texts.js';
import type { ViewEngine } from '../view-engine.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** What the error template needs to show one of the error texts. */
export function errorPageData(page: ErrorPageText): { pageTitle: string; heading: string; message: string } {
  return { pageTitle: titleOf(page.title), heading: page.heading, message: page.message };
}

export function errorPage(views: ViewEngine, base: string, status: number, message?: string): string {
  const page = ERROR_PAGES[status as keyof typeof ERROR_PAGES] ?? ERROR_PAGES[500];
  return views.render('error', { base, ...errorPageData(message === undefined ? page : { ...page, message }) });
}

export function notFoundHandler(views: ViewEngine, base: string): RequestHandler {
  return (req, res) => {
    if (req.path.startsWith('/api/')) {
      res.status(404).json({ error: ERROR_TEXT.apiNotFound });
      return;
    }
    res
      .status(404)
      .type('html')
      .send(errorPage(views, base, 404));
  };
}

/** Seconds a client is asked to wait after a refused search (the fair queue moves fast). */
const BUSY_RETRY_AFTER_SECONDS = 5;

function statusOf(error: unknown): number {
  if (error instanceof SearchBusyError) return error.status;
  if (error instanceof SearchUnavailableError) return 503;
  if (error instanceof HttpError) return error.status;
  const status =
    (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

/** 410 of a withdrawn release: its own page (views/pages/withdrawn.hbs), or its tombstone as JSON. */
function sendWithdrawn(
  views: ViewEngine,
  base: string,
  req: Request,
  res: Response,
  error: ReleaseWithdrawnError,
): void {
  res.status(410).set('Cache-Control', 'no-cache');
  if (req.path.startsWith('/api/')) {
    res.json(withdrawnApiRecord(error.tombstone));
    return;
  }
  res.type('html').send(views.render('withdrawn', { base, ...withdrawnPage(error.tombstone) }));
}

export function errorHandler(views: ViewEngine, base: string, log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const status = statusOf(error);
    const busy = error instanceof SearchBusyError;
    // Refused searches are expected under load; the fair queue logs them once a minute (refusal-log.ts).
    if (busy) log.debug({ err: error, url: req.originalUrl }, 'Search refused');
    else if (status >= 500 && status !== 503) log.error({ err: error, url: req.originalUrl }, 'Request failed');
    else if (status === 503) log.warn({ err: error, url: req.originalUrl }, 'Meilisearch unreachable');
    if (res.headersSent) {
      res.end();
      return;
    }
    if (error instanceof ReleaseWithdrawnError) return sendWithdrawn(views, base, req, res, error);
    const message = error instanceof HttpError ? error.message : undefined;
    if (busy) {
      if (!res.hasHeader('Retry-After')) res.set('Retry-After', String(BUSY_RETRY_AFTER_SECONDS));
    } else if (status === 503) res.set('Retry-After', '30');
    const page =
      busy && status === 503
        ? ERROR_TEXT.searchOverloaded
        : (ERROR_PAGES[status as keyof typeof ERROR_PAGES] ?? ERROR_PAGES[500]);
    if (req.path.startsWith('/api/')) {
      res.status(status).json({ error: message ?? page.message });
      return;
    }
    res
      .status(status)
      .type('html')
      .send(views.render('error', { base, ...errorPageData(message === undefined ? page : { ...page, message }) }));
  };
}
