/**
 * GET /suche.atom: the Atom feed of any search (the parameters of /suche), the newest FEED_SIZE
 * releases first. The index version is read before anything else: an unchanged archive answers a
 * conditional request with 304 and no search. Searches go through the site's search service (the
 * cache and the fair queue).
 */
import { Router } from 'express';
import type { AbsoluteUrl } from '../absolute-url.js';
import { ATOM_TYPE, atomFeed } from '../feeds/atom-feed.js';
import { feedValidators } from '../feeds/feed-validators.js';
import { HttpError } from '../middleware/error-handler.js';
import type { MinistryNames } from '../ministry-directory.js';
import { canonicalSelections } from '../search/facets/facet-selections.js';
import { parseFeedRequest } from '../search/feed-request.js';
import { planFeed } from '../search/search-query.js';
import { runSearch } from '../search/search-runner.js';
import type { SearchService } from '../search-service.js';
import type { TtlCache } from '../ttl-cache.js';
import { searchFeed } from '../view-models/search-feed.js';
import { feedUrl, stateOf } from '../view-models/search-url.js';

export interface FeedRouteDependencies {
  search: SearchService;
  base: string;
  ministries: TtlCache<MinistryNames>;
  absolute: AbsoluteUrl;
  publisher: string;
}

export function feedRoutes({ search, base, ministries, absolute, publisher }: FeedRouteDependencies): Router {
  const router = Router();
  router.get('/suche.atom', async (req, res) => {
    const parsed = parseFeedRequest(req.query as Record<string, unknown>, { currentYear: new Date().getFullYear() });
    if (parsed.errors.length > 0) throw new HttpError(400, parsed.errors[0]!.message);
    // Before any search (and before the sender names, which are a search too).
    const version = await search.indexVersion().catch(() => undefined);
    const validators = feedValidators(version, absolute(feedUrl(base, stateOf(parsed.request))));
    res.set('Cache-Control', 'no-cache');
    if (validators) {
      res.set('ETag', validators.etag);
      if (validators.lastModified) res.set('Last-Modified', validators.lastModified);
      if (req.fresh) {
        res.status(304).end();
        return;
      }
    }
    const names = await ministries.get();
    const request = canonicalSelections(parsed.request, names);
    const outcome = await runSearch(search, planFeed(request));
    const feed = searchFeed({
      request,
      hits: outcome.hits,
      names,
      base,
      absolute,
      ...(version === undefined ? {} : { indexUpdated: version }),
      publisher,
      now: () => new Date(),
    });
    res.type(ATOM_TYPE).send(atomFeed(feed));
  });
  return router;
}
