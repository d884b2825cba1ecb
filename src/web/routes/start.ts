/** GET / : the start page with the search field. */
import { Router } from 'express';
import type { SearchService } from '../search-service.js';
import type { ViewEngine } from '../view-engine.js';

export function startRoutes({
  search,
  views,
  base,
}: {
  search: SearchService;
  views: ViewEngine;
  base: string;
}): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const result = await search.search('', { limit: 0 });
    const total = result.estimatedTotalHits ?? 0;
    res.type('html').send(
      views.render('start', {
        base,
        pageTitle: 'Pressearchiv – Pressemitteilungen durchsuchen',
        totalText: total.toLocaleString('de-DE'),
      }),
    );
  });
  return router;
}
