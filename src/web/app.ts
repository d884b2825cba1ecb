/**
 * createApp assembles the web server: security headers, compression, static files, the routes,
 * a German 404 page and one error handler. It only needs the search service (read-only key).
 */
import express, { type Express } from 'express';
import compression from 'compression';
import Handlebars from 'handlebars';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { SearchService } from './search-service.js';
import { cachedSearchService } from './search-cache.js';
import { searchTally, talliedSearchService, untallied } from './search-tally.js';
import { createFairQueue } from './fair-queue.js';
import { queuedSearchService } from './queued-search.js';
import { refusalLog } from './refusal-log.js';
import { searchClients } from './search-client.js';
import { parseQueryString } from './query-string.js';
import { searchRateLimit } from './middleware/search-rate-limit.js';
import { untrustedProxyWarning } from './middleware/proxy-warning.js';
import { securityHeaders } from './middleware/security-headers.js';
import { errorHandler, notFoundHandler } from './middleware/error-handler.js';
import { createViewEngine, VIEWS_DIR } from './view-engine.js';
import { startRoutes } from './routes/start.js';
import { healthRoutes } from './routes/health.js';
import { searchRoutes } from './routes/search.js';
import { releaseRoutes } from './routes/release.js';
import { originalRoutes } from './routes/originals.js';
import { apiRoutes } from './routes/api.js';
import { searchHelpRoutes } from './routes/search-help.js';
import { legalPageRoutes } from './routes/legal-pages.js';
import { feedbackRoutes } from './routes/feedback.js';
import { feedRoutes } from './routes/feed.js';
import { openSearchRoutes } from './routes/opensearch.js';
import { sitemapRoutes } from './routes/sitemap.js';
import { exportRoutes } from './routes/export.js';
import { createExportGate } from './export/export-gate.js';
import { absoluteUrls } from './absolute-url.js';
import { createMinistryDirectory } from './ministry-directory.js';
import { highlightToHtml } from './view-models/highlight.js';

export interface AppDependencies {
  config: Config;
  search: SearchService;
  log: Logger;
}

/** How long a change of the index may stay unnoticed by the search cache. */
export const SEARCH_CACHE_CHECK_MS = 1000;
/** How long the start page overview and the ministry names are kept when the search cache is off. */
const SUMMARY_TTL_MS = 60_000;

export function createApp({ config, search: meili, log }: AppDependencies): Express {
  const app = express();
  const limits = config.searchLimits;
  // SERVER_TIMING: the searches sent to Meilisearch are counted here, below the queue and the cache.
  const sent = config.serverTiming ? talliedSearchService(meili) : meili;
  // The fair queue below the cache: answers from the cache do not wait (decisions.md, 2026-12-02).
  const queue = createFairQueue({
    concurrency: limits.concurrency,
    perKeyRunning: limits.concurrencyPerAddress,
    perKey: limits.queuePerAddress,
    total: limits.queueTotal,
    maxWaitMs: limits.queueWaitMs,
  });
  const queued = queuedSearchService(sent, queue, { onRefused: refusalLog(log) });
  const cache =
    config.searchCacheBytes > 0
      ? cachedSearchService(queued, {
          maxBytes: config.searchCacheBytes,
          checkEveryMs: SEARCH_CACHE_CHECK_MS,
          onUnavailable: () =>
            log.warn('The search key may not read the index (indexes.get); search answers are not cached.'),
        })
      : undefined;
  const search = cache ?? queued;
  // While the search cache keeps answers until the index changes, the summaries are read through it
  // on every request, so a new release shows within a second there too.
  const summaryTtlMs = () => (cache?.caching() ? 0 : SUMMARY_TTL_MS);
  const views = createViewEngine({
    /** Escaped snippet text with the matched words in <mark> (see view-models/highlight.ts). */
    highlight: (text: unknown) => new Handlebars.SafeString(highlightToHtml(String(text ?? ''))),
  });
  // The ministry names a results page also reads are not its results: left out of its Server-Timing counts.
  const ministries = createMinistryDirectory(config.serverTiming ? untallied(search) : search, summaryTtlMs);
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // qs as Express's "extended" parser, but a list of 71 senders stays a list (query-string.ts).
  app.set('query parser', parseQueryString);
  // JSON of the API escapes <, > and & as \u003c …, so record text can never be read as markup.
  app.set('json escape', true);
  app.use(securityHeaders());
  if (config.serverTiming) app.use(searchTally);
  if (config.trustProxy === false) app.use(untrustedProxyWarning(log));
  app.use(searchClients(limits.timeoutMs));
  app.use(compression());
  const router = express.Router();
  router.use(
    '/static',
    express.static(`${VIEWS_DIR}static`, { index: false, redirect: false, maxAge: '7d', fallthrough: true }),
  );
  const base = config.basePath;
  const absolute = absoluteUrls(config.publicUrl);
  if (limits.ratePerMinute > 0)
    router.use(
      ['/suche', '/suche.atom', '/suche.csv', '/api/suche', '/api/suche.jsonl'],
      searchRateLimit(limits.ratePerMinute),
    );
  router.use(healthRoutes(search));
  router.use(startRoutes({ search, views, base, absolute, ministries, overviewTtlMs: summaryTtlMs }));
  router.use(searchRoutes({ search, views, base, absolute, ministries }));
  router.use(feedRoutes({ search, base, ministries, absolute, publisher: config.operator.name }));
  router.use(openSearchRoutes({ base, absolute }));
  router.use(sitemapRoutes({ search, base, absolute, perFile: config.sitemapUrlsPerFile }));
  router.use(releaseRoutes({ search, views, base, absolute }));
  router.use(originalRoutes({ search, dataDir: config.dataDir }));
  router.use(apiRoutes({ search, base, ministries }));
  // Exports bypass the cache (pages of 1,000 hits) but not the fair queue (decisions.md, 2026-12-02).
  const gate = createExportGate(limits.exportConcurrency);
  router.use(exportRoutes({ search: queued, base, absolute, ministries, gate, timeoutMs: limits.timeoutMs, log }));
  router.use(searchHelpRoutes({ views, base, absolute }));
  router.use(legalPageRoutes({ views, base, absolute, config, search, countsTtlMs: summaryTtlMs }));
  router.use(feedbackRoutes({ views, base, absolute, config, log }));
  router.use(notFoundHandler(views, base));
  router.use(errorHandler(views, base, log));
  app.use(base || '/', router);
  app.use(notFoundHandler(views, base));
  return app;
}
