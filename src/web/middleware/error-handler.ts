/** German error pages: 404, 400 for bad input, 503 when Meilisearch is unreachable, 500 otherwise — never a stack trace. */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../../log.js';
import { SearchUnavailableError } from '../../errors/search-unavailable-error.js';
import type { ViewEngine } from '../view-engine.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const PAGES: Record<number, { title: string; heading: string; message: string }> = {
  400: {
    title: 'Ungültige Anfrage',
    heading: 'Die Anfrage ist ungültig',
    message: 'Die Adresse enthält Angaben, die wir nicht verarbeiten können.',
  },
  404: {
    title: 'Seite nicht gefunden',
    heading: 'Seite nicht gefunden',
    message: 'Unter dieser Adresse gibt es keine Seite. Bitte prüfen Sie die Adresse oder nutzen Sie die Suche.',
  },
  413: {
    title: 'Anfrage zu groß',
    heading: 'Die Anfrage ist zu groß',
    message: 'Bitte kürzen Sie Ihre Eingabe.',
  },
  503: {
    title: 'Suche nicht erreichbar',
    heading: 'Die Suche ist gerade nicht erreichbar',
    message: 'Die Suche ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal.',
  },
  500: {
    title: 'Technischer Fehler',
    heading: 'Es ist ein technischer Fehler aufgetreten',
    message: 'Bitte versuchen Sie es später noch einmal.',
  },
};

export function errorPage(views: ViewEngine, base: string, status: number, message?: string): string {
  const page = PAGES[status] ?? PAGES[500]!;
  return views.render('error', {
    base,
    pageTitle: `${page.title} – Pressearchiv`,
    heading: page.heading,
    message: message ?? page.message,
  });
}

export function notFoundHandler(views: ViewEngine, base: string): RequestHandler {
  return (req, res) => {
    if (req.path.startsWith('/api/')) {
      res.status(404).json({ error: 'Nicht gefunden.' });
      return;
    }
    res
      .status(404)
      .type('html')
      .send(errorPage(views, base, 404));
  };
}

function statusOf(error: unknown): number {
  if (error instanceof SearchUnavailableError) return 503;
  if (error instanceof HttpError) return error.status;
  const status =
    (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

export function errorHandler(views: ViewEngine, base: string, log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const status = statusOf(error);
    if (status >= 500 && status !== 503) log.error({ err: error, url: req.originalUrl }, 'Request failed');
    else if (status === 503) log.warn({ err: error, url: req.originalUrl }, 'Meilisearch unreachable');
    if (res.headersSent) {
      res.end();
      return;
    }
    const message = error instanceof HttpError ? error.message : undefined;
    if (status === 503) res.set('Retry-After', '30');
    if (req.path.startsWith('/api/')) {
      res.status(status).json({ error: message ?? PAGES[status]?.message ?? PAGES[500]!.message });
      return;
    }
    res
      .status(status)
      .type('html')
      .send(errorPage(views, base, status, message));
  };
}
