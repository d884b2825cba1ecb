/** GET / : the start page with the search field, the facet overview and the newest releases (kept for `overviewTtlMs`). */
import { Router } from 'express';
import { SENDER_FACET, TOPIC_FACET } from '../search/facets/facet-registry.js';
import type { SearchService } from '../search-service.js';
import type { ViewEngine } from '../view-engine.js';
import type { MinistryNames } from '../ministry-directory.js';
import { ttlCache, type TtlCache } from '../ttl-cache.js';
import { startPage, type StartData } from '../view-models/start-page.js';
import type { AbsoluteUrl } from '../absolute-url.js';
import { canonicalOnly } from '../view-models/page-metadata.js';

const NEWEST_COUNT = 8;

async function loadStart(search: SearchService): Promise<StartData> {
  const result = await search.search('', {
    page: 1,
    hitsPerPage: NEWEST_COUNT,
    sort: ['dateNum:desc'],
    facets: [SENDER_FACET.attribute, TOPIC_FACET.attribute, 'sample', 'invented'],
    attributesToRetrieve: ['id', 'title', 'date', 'ministry', 'sample', 'invented'],
  });
  const counts = result.facetDistribution ?? {};
  return {
    // Samples minus the real one(s): a sample without the mark counts as invented.
    inventedSamples: (counts.sample?.true ?? 0) - (counts.invented?.false ?? 0),
    total: result.totalHits ?? result.estimatedTotalHits ?? 0,
    ministries: result.facetDistribution?.[SENDER_FACET.attribute] ?? {},
    topics: result.facetDistribution?.[TOPIC_FACET.attribute] ?? {},
    newest: result.hits,
  };
}

export function startRoutes({
  search,
  views,
  base,
  absolute,
  ministries,
  overviewTtlMs,
}: {
  search: SearchService;
  views: ViewEngine;
  base: string;
  absolute: AbsoluteUrl;
  ministries: TtlCache<MinistryNames>;
  overviewTtlMs: number | (() => number);
}): Router {
  const router = Router();
  const overview = ttlCache(() => loadStart(search), overviewTtlMs);
  router.get('/', async (_req, res) => {
    const [data, names] = await Promise.all([overview.get(), ministries.get()]);
    res
      .type('html')
      .send(views.render('start', { ...startPage(data, names, base), meta: canonicalOnly(absolute(`${base}/`)) }));
  });
  return router;
}
