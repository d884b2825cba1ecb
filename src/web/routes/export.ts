/**
 * GET /suche.csv and GET /api/suche.jsonl: the results of any search (the parameters of /suche) as a
 * download, at most EXPORT_MAX_ROWS rows in the search's order. The rows are written page by page
 * as Meilisearch answers (export-pages.ts); the first page is asked for before anything is sent, so a
 * refused or failed first search is an ordinary error page (400, 429, 503). A later page that fails
 * ends the connection without the end of the chunked body, so a client sees a broken download, never
 * a short file that looks whole. One export per client address at a time (export-gate.ts).
 */
import { Router, type Request, type Response } from 'express';
import type { Logger } from '../../log.js';
import type { AbsoluteUrl } from '../absolute-url.js';
import { exportDisposition } from '../download-name.js';
import type { ExportGate } from '../export/export-gate.js';
import { csvFormat, jsonLinesFormat, type ExportFormat } from '../export/export-formats.js';
import { exportPages } from '../export/export-pages.js';
import { writeOrGiveUp } from '../export/stream-write.js';
import { HttpError } from '../middleware/error-handler.js';
import type { MinistryNames } from '../ministry-directory.js';
import { clientAddressKey } from '../client-address.js';
import { canonicalSelections } from '../search/facets/facet-selections.js';
import { EXPORT_MAX_ROWS, EXPORT_PAGE_SIZE, parseExportRequest } from '../search/export-request.js';
import { currentClient } from '../search-client.js';
import type { SearchService } from '../search-service.js';
import { TEXT } from '../texts/site-texts.js';
import type { TtlCache } from '../ttl-cache.js';

export interface ExportRouteDependencies {
  /** The queued search service, not the cache (export-pages.ts). */
  search: SearchService;
  base: string;
  absolute: AbsoluteUrl;
  ministries: TtlCache<MinistryNames>;
  gate: ExportGate;
  /** Deadline of each page's search (SEARCH_TIMEOUT_MS). */
  timeoutMs: number;
  log: Logger;
  /** Tests pass smaller ones. */
  maxRows?: number;
  pageSize?: number;
}

export function exportRoutes(deps: ExportRouteDependencies): Router {
  const { search, base, absolute, ministries, gate, timeoutMs, log } = deps;
  const maxRows = deps.maxRows ?? EXPORT_MAX_ROWS;
  const pageSize = deps.pageSize ?? EXPORT_PAGE_SIZE;

  async function send(req: Request, res: Response, format: ExportFormat): Promise<void> {
    const parsed = parseExportRequest(req.query as Record<string, unknown>, { currentYear: new Date().getFullYear() });
    if (parsed.errors.length > 0) throw new HttpError(400, parsed.errors[0]!.message);
    const request = canonicalSelections(parsed.request, await ministries.get());
    const leave = gate.enter(currentClient()?.address ?? clientAddressKey(req.ip));
    try {
      const pages = exportPages(search, request, { maxRows, pageSize, timeoutMs });
      const first = await pages.next();
      const day = new Date().toISOString().slice(0, 10);
      res.set({
        'Content-Type': format.contentType,
        'Content-Disposition': exportDisposition(TEXT.export.fileName, request.q, day, format.extension),
        'Cache-Control': 'no-store',
        'X-Total-Hits': String(first.done ? 0 : first.value.total),
      });
      await writeOrGiveUp(res, format.head);
      try {
        if (!first.done) await writeOrGiveUp(res, first.value.hits.map((hit) => format.row(hit)).join(''));
        for await (const page of pages) {
          if (res.destroyed) return;
          await writeOrGiveUp(res, page.hits.map((hit) => format.row(hit)).join(''));
        }
      } catch (error) {
        log.warn({ err: error, url: req.originalUrl }, 'Export broken off');
        res.destroy();
        return;
      }
      res.end();
    } finally {
      leave();
    }
  }

  const router = Router();
  router.get('/suche.csv', (req, res) => send(req, res, csvFormat(base, absolute)));
  router.get('/api/suche.jsonl', (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Hits');
    return send(req, res, jsonLinesFormat(base));
  });
  return router;
}
