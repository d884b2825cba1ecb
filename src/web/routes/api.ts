/**
 * The JSON API: GET /api/suche (the parameters of /suche plus proSeite) and GET /api/mitteilungen/:id.
 * Invalid parameters → 400 { error }, unknown id → 404 { error }; open to other origins (read-only).
 */
import { Router, type RequestHandler } from 'express';
import { siteFacets } from '../search/facets/facet-registry.js';
import { canonicalSelections } from '../search/facets/facet-selections.js';
import { parseSearchRequest } from '../search/search-request.js';
import { planSearch } from '../search/search-query.js';
import type { MinistryNames } from '../ministry-directory.js';
import { runSearch } from '../search/search-runner.js';
import type { SearchService } from '../search-service.js';
import { setServerTiming } from '../search-tally.js';
import type { TtlCache } from '../ttl-cache.js';
import { apiRecord, apiSearchResponse } from '../view-models/api-response.js';
import { findRelease } from './release.js';

const openToAll: RequestHandler = (_req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  next();
};

export function apiRoutes({
  search,
  base,
  ministries,
}: {
  search: SearchService;
  base: string;
  ministries: TtlCache<MinistryNames>;
}): Router {
  const router = Router();
  router.use('/api', openToAll);
  router.get('/api/suche', async (req, res) => {
    const parsed = parseSearchRequest(req.query as Record<string, unknown>, {
      currentYear: new Date().getFullYear(),
      allowPerPage: true,
    });
    if (parsed.errors.length > 0) {
      res.status(400).json({ error: parsed.errors[0]!.message });
      return;
    }
    const request = canonicalSelections(parsed.request, await ministries.get());
    const outcome = await runSearch(search, planSearch(request), siteFacets(), { suggest: true });
    setServerTiming(res);
    res.json(apiSearchResponse(request, outcome, base));
  });
  router.get('/api/mitteilungen/:id', async (req, res) => {
    res.json(apiRecord(await findRelease(search, req.params.id)));
  });
  return router;
}
