/** GET /suchhilfe: how the search works (phrases, excluding words, filters, dates). */
import { Router } from 'express';
import type { AbsoluteUrl } from '../absolute-url.js';
import type { ViewEngine } from '../view-engine.js';
import { canonicalOnly } from '../view-models/page-metadata.js';
import { titleOf } from '../texts/site-texts.js';

export function searchHelpRoutes({
  views,
  base,
  absolute,
}: {
  views: ViewEngine;
  base: string;
  absolute: AbsoluteUrl;
}): Router {
  const router = Router();
  router.get('/suchhilfe', (_req, res) => {
    res.type('html').send(
      views.render('search-help', {
        base,
        pageTitle: titleOf('Suchhilfe'),
        searchUrl: `${base}/suche`,
        meta: canonicalOnly(absolute(`${base}/suchhilfe`)),
      }),
    );
  });
  return router;
}
