/** GET /opensearch.xml: the OpenSearch description of the site (discovery/opensearch-description.ts). */
import { Router } from 'express';
import type { AbsoluteUrl } from '../absolute-url.js';
import { openSearchDescription, OPENSEARCH_TYPE } from '../discovery/opensearch-description.js';
import { SITE_NAME, TEXT } from '../texts/site-texts.js';

export function openSearchRoutes({ base, absolute }: { base: string; absolute: AbsoluteUrl }): Router {
  const router = Router();
  const body = openSearchDescription({
    shortName: SITE_NAME,
    description: TEXT.openSearch.description,
    searchUrl: absolute(`${base}/suche`),
    feedUrl: absolute(`${base}/suche.atom`),
    selfUrl: absolute(`${base}/opensearch.xml`),
  });
  router.get('/opensearch.xml', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=86400').type(OPENSEARCH_TYPE).send(body);
  });
  return router;
}
