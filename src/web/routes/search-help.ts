/** GET /suchhilfe: how the search works (phrases, excluding words, filters, dates). */
import { Router } from 'express';
import type { ViewEngine } from '../view-engine.js';
import { titleOf } from '../texts/site-texts.js';

export function searchHelpRoutes({ views, base }: { views: ViewEngine; base: string }): Router {
  const router = Router();
  router.get('/suchhilfe', (_req, res) => {
    res
      .type('html')
      .send(views.render('search-help', { base, pageTitle: titleOf('Suchhilfe'), searchUrl: `${base}/suche` }));
  });
  return router;
}
