/** GET /mitteilung/:id — the release page with provenance and "Ähnliche Mitteilungen" (same topics). */
import { Router } from 'express';
import { isReleaseId, type Release } from '../../archive/release.js';
import { similarReleasesFilter } from '../search/search-filter.js';
import { ReleaseWithdrawnError } from '../../errors/release-withdrawn-error.js';
import { HttpError } from '../middleware/error-handler.js';
import type { SearchService } from '../search-service.js';
import type { ViewEngine } from '../view-engine.js';
import type { AbsoluteUrl } from '../absolute-url.js';
import { releasePage } from '../view-models/release-page.js';
import { releaseCitation } from '../view-models/release-citation.js';
import { releaseMetadata } from '../view-models/page-metadata.js';
import { releaseUrl } from '../view-models/search-url.js';
import { CALENDAR_FILE, releaseCalendar } from '../view-models/release-calendar.js';
import { ICS_TYPE } from '../calendar/ics-writer.js';
import { ERROR_TEXT } from '../texts/error-texts.js';

export const SIMILAR_COUNT = 5;
export const NO_SUCH_RELEASE = ERROR_TEXT.noSuchRelease;

/**
 * The release with this id; a withdrawn one is a ReleaseWithdrawnError (410 with its tombstone),
 * any other missing one HttpError 404 (also for ids that cannot exist).
 */
export async function findRelease(search: SearchService, id: string): Promise<Release> {
  if (!isReleaseId(id)) throw new HttpError(404, NO_SUCH_RELEASE);
  const release = await search.getRelease(id);
  if (release) return release;
  const tombstone = await search.getTombstone(id);
  if (tombstone) throw new ReleaseWithdrawnError(tombstone);
  throw new HttpError(404, NO_SUCH_RELEASE);
}

export function releaseRoutes({
  search,
  views,
  base,
  absolute,
}: {
  search: SearchService;
  views: ViewEngine;
  base: string;
  absolute: AbsoluteUrl;
}): Router {
  const router = Router();
  router.get('/mitteilung/:id', async (req, res) => {
    const release = await findRelease(search, req.params.id);
    const similar = await search.search('', {
      filter: similarReleasesFilter(release.id, release.topics ?? []),
      sort: ['dateNum:desc'],
      limit: SIMILAR_COUNT,
      attributesToRetrieve: ['id', 'title', 'date', 'ministry', 'sample', 'invented'],
    });
    const url = absolute(releaseUrl(base, release.id));
    res.type('html').send(
      views.render('release', {
        ...releasePage(release, similar.hits, base),
        citation: releaseCitation(release, url, new Date()),
        meta: releaseMetadata(release, url),
        // views/static/print.css and the page's address on paper (layouts/main.hbs).
        printStylesheet: true,
      }),
    );
  });
  // The event of a Medieneinladung as an iCalendar file; 404 when the release names none.
  router.get(`/mitteilung/:id/${CALENDAR_FILE}`, async (req, res) => {
    const release = await findRelease(search, req.params.id);
    const calendar = releaseCalendar(release, absolute(releaseUrl(base, release.id)));
    if (!calendar) throw new HttpError(404, ERROR_TEXT.noEvent);
    res.type(ICS_TYPE).attachment(`${release.id}.ics`).send(calendar);
  });
  return router;
}
