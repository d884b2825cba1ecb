/** GET /mitteilung/:id — the release page with provenance and "Ähnliche Mitteilungen" (same topics). */
import { Router } from 'express';
import { isReleaseId, type Release } from '../../archive/release.js';
import { similarReleasesFilter } from '../search/search-filter.js';
import { HttpError } from '../middleware/error-handler.js';
import type { SearchService } from '../search-service.js';
import type { ViewEngine } from '../view-engine.js';
import { releasePage } from '../view-models/release-page.js';
import { ERROR_TEXT } from '../texts/error-texts.js';

export const SIMILAR_COUNT = 5;
export const NO_SUCH_RELEASE = ERROR_TEXT.noSuchRelease;

/** The release with this id, or HttpError 404 (also for ids that cannot exist). */
export async function findRelease(search: SearchService, id: string): Promise<Release> {
  const release = isReleaseId(id) ? await search.getRelease(id) : undefined;
  if (!release) throw new HttpError(404, NO_SUCH_RELEASE);
  return release;
}

export function releaseRoutes({
  search,
  views,
  base,
}: {
  search: SearchService;
  views: ViewEngine;
  base: string;
}): Router {
  const router = Router();
  router.get('/mitteilung/:id', async (req, res) => {
    const release = await findRelease(search, req.params.id);
    const similar = await search.search('', {
      filter: similarReleasesFilter(release.id, release.topics ?? []),
      sort: ['dateNum:desc'],
      limit: SIMILAR_COUNT,
      attributesToRetrieve: ['id', 'title', 'date', 'ministry'],
    });
    res.type('html').send(views.render('release', releasePage(release, similar.hits, base)));
  });
  return router;
}
