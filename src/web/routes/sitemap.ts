/**
 * GET /sitemap.xml (a `urlset`, or a `sitemapindex` beyond `perFile` release pages), /sitemap-<n>.xml
 * (the n-th part) and /robots.txt. Listed are the release pages of the index: withdrawn releases are
 * no longer in it, invented sample releases are left out (search-filter.ts). Oldest first, so a new release
 * changes only the last part. Read through the site's search service (cache and fair queue); the
 * index version answers a conditional request without a search, as for the feeds.
 */
import { Router, type Request, type Response } from 'express';
import type { Release } from '../../archive/release.js';
import type { AbsoluteUrl } from '../absolute-url.js';
import { robotsTxt } from '../discovery/robots-txt.js';
import { sitemapFileCount, sitemapIndex, sitemapUrlSet, type SitemapEntry } from '../discovery/sitemap.js';
import { rfc3339 } from '../feeds/feed-dates.js';
import { feedValidators } from '../feeds/feed-validators.js';
import { HttpError } from '../middleware/error-handler.js';
import { NOT_INVENTED } from '../search/search-filter.js';
import type { SearchService } from '../search-service.js';
import { releaseUrl } from '../view-models/search-url.js';
import { ERROR_PAGES } from '../texts/error-texts.js';

export interface SitemapRouteDependencies {
  search: SearchService;
  base: string;
  absolute: AbsoluteUrl;
  /** Release pages per sitemap file (SITEMAP_URLS_PER_FILE, at most the protocol's 50,000). */
  perFile: number;
}

/** Sets the validators from the index version; true when the client's copy is still current (answer 304). */
async function unchanged(search: SearchService, req: Request, res: Response, key: string): Promise<boolean> {
  const version = await search.indexVersion().catch(() => undefined);
  const validators = feedValidators(version, key);
  res.set('Cache-Control', 'no-cache');
  if (!validators) return false;
  res.set('ETag', validators.etag);
  if (validators.lastModified) res.set('Last-Modified', validators.lastModified);
  return req.fresh;
}

export function sitemapRoutes({ search, base, absolute, perFile }: SitemapRouteDependencies): Router {
  const router = Router();
  const part = async (page: number) => {
    const answer = await search.search('', {
      filter: NOT_INVENTED,
      sort: ['dateNum:asc'],
      page,
      hitsPerPage: perFile,
      attributesToRetrieve: ['id', 'ingestedAt'],
    });
    const urls: SitemapEntry[] = answer.hits.map((hit: Release) => {
      const lastmod = rfc3339(hit.ingestedAt);
      return { loc: absolute(releaseUrl(base, hit.id)), ...(lastmod ? { lastmod } : {}) };
    });
    return { urls, files: sitemapFileCount(answer.totalHits ?? 0, perFile) };
  };

  router.get('/sitemap.xml', async (req, res) => {
    if (await unchanged(search, req, res, absolute(`${base}/sitemap.xml`))) {
      res.status(304).end();
      return;
    }
    const first = await part(1);
    const body =
      first.files === 1
        ? sitemapUrlSet(first.urls)
        : sitemapIndex(
            Array.from({ length: first.files }, (_, i) => ({ loc: absolute(`${base}/sitemap-${i + 1}.xml`) })),
          );
    res.type('application/xml').send(body);
  });

  router.get('/sitemap-:part.xml', async (req, res) => {
    const page = /^[1-9]\d{0,5}$/.test(req.params.part) ? Number(req.params.part) : undefined;
    if (page === undefined) throw new HttpError(404, ERROR_PAGES[404].message);
    if (await unchanged(search, req, res, absolute(`${base}/sitemap-${page}.xml`))) {
      res.status(304).end();
      return;
    }
    const { urls, files } = await part(page);
    if (page > files) throw new HttpError(404, ERROR_PAGES[404].message);
    res.type('application/xml').send(sitemapUrlSet(urls));
  });

  router.get('/robots.txt', (_req, res) => {
    res
      .set('Cache-Control', 'public, max-age=86400')
      .type('text/plain')
      .send(robotsTxt(base, absolute(`${base}/sitemap.xml`)));
  });
  return router;
}
