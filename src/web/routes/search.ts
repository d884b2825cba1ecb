/**
 * GET /suche: the search page. Hand-made URLs with impossible values get a 400 page; input errors in
 * the form (query, dates) show the form again with status 400 and an error summary.
 */
import { Router } from 'express';
import type { AbsoluteUrl } from '../absolute-url.js';
import { siteFacets } from '../search/facets/facet-registry.js';
import { canonicalSelections } from '../search/facets/facet-selections.js';
import { parseSearchRequest } from '../search/search-request.js';
import { planSearch } from '../search/search-query.js';
import { HttpError } from '../middleware/error-handler.js';
import type { MinistryNames } from '../ministry-directory.js';
import { countHits, hasFilters, runSearch } from '../search/search-runner.js';
import type { SearchService } from '../search-service.js';
import { setServerTiming } from '../search-tally.js';
import type { TtlCache } from '../ttl-cache.js';
import type { ViewEngine } from '../view-engine.js';
import { searchPage } from '../view-models/search-page.js';

export interface SearchRouteDependencies {
  search: SearchService;
  views: ViewEngine;
  base: string;
  ministries: TtlCache<MinistryNames>;
  absolute?: AbsoluteUrl;
}

/** Parses the query string; a non-form error (bad `seite`, repeated `sortierung` …) is an HttpError 400. */
export function parseOrThrow(query: unknown, allowPerPage = false) {
  const parsed = parseSearchRequest(query as Record<string, unknown>, {
    currentYear: new Date().getFullYear(),
    allowPerPage,
  });
  const fatal = parsed.errors.find((e) => e.field === undefined);
  if (fatal) throw new HttpError(400, fatal.message);
  return parsed;
}

export function searchRoutes({ search, views, base, absolute, ministries }: SearchRouteDependencies): Router {
  const router = Router();
  router.get('/suche', async (req, res) => {
    const parsed = parseOrThrow(req.query);
    if (parsed.errors.length > 0) {
      // The form is shown again even when Meilisearch is down: names are a nicety here.
      const names = await ministries.get().catch(() => ministries.peek() ?? new Map<string, string>());
      const request = canonicalSelections(parsed.request, names);
      res
        .status(400)
        .type('html')
        .send(views.render('search', searchPage({ request, errors: parsed.errors, names, base, absolute })));
      return;
    }
    const names = await ministries.get();
    const request = canonicalSelections(parsed.request, names);
    const outcome = await runSearch(search, planSearch(request), siteFacets(), { suggest: true });
    const totalWithoutFilters =
      outcome.total === 0 && hasFilters(request) ? await countHits(search, request.q) : undefined;
    setServerTiming(res);
    res
      .type('html')
      .send(
        views.render(
          'search',
          searchPage({ request, errors: [], outcome, totalWithoutFilters, names, base, absolute }),
        ),
      );
  });
  return router;
}
