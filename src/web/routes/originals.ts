/**
 * GET /mitteilung/:id/original (the preferred source) and /mitteilung/:id/original/:sha256 (one of
 * the release's sources): the kept original as a download. Always `attachment`, nosniff and a
 * sandboxing CSP, so a saved HTML page never renders as a page of this site. Caches must ask again
 * before each use (`no-cache`; the ETag is the SHA-256, so asking again costs a 304 without the
 * file): a withdrawn release's original is gone at once, not after a day in a shared cache.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import { isSha256, originalPath } from '../../archive/originals.js';
import type { Release, Source } from '../../archive/release.js';
import { HttpError } from '../middleware/error-handler.js';
import type { SearchService } from '../search-service.js';
import { contentDisposition, CONTENT_TYPES } from '../download-name.js';
import { findRelease } from './release.js';
import { ERROR_TEXT } from '../texts/error-texts.js';

export const ORIGINAL_MISSING = ERROR_TEXT.originalMissing;

async function sendOriginal(
  req: Request,
  res: Response,
  dataDir: string,
  release: Release,
  source: Source | undefined,
): Promise<void> {
  if (!source || !isSha256(source.sha256)) throw new HttpError(404, ORIGINAL_MISSING);
  const file = originalPath(dataDir, source.sha256);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new HttpError(404, ORIGINAL_MISSING);
  res.setHeader('Content-Type', CONTENT_TYPES[source.type] ?? 'application/octet-stream');
  res.setHeader('Content-Disposition', contentDisposition(source.filename, source.type, release.id));
  res.setHeader('Content-Length', String(info.size));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('ETag', `"${source.sha256}"`);
  if (req.fresh) {
    res.removeHeader('Content-Length');
    res.status(304).end();
    return;
  }
  await pipeline(createReadStream(file), res);
}

export function originalRoutes({ search, dataDir }: { search: SearchService; dataDir: string }): Router {
  const router = Router();
  router.get('/mitteilung/:id/original', async (req, res) => {
    const release = await findRelease(search, req.params.id);
    await sendOriginal(req, res, dataDir, release, release.sources?.[0]);
  });
  router.get('/mitteilung/:id/original/:sha256', async (req, res) => {
    const sha = req.params.sha256;
    if (!isSha256(sha)) throw new HttpError(404, ORIGINAL_MISSING);
    const release = await findRelease(search, req.params.id);
    await sendOriginal(
      req,
      res,
      dataDir,
      release,
      release.sources?.find((s) => s.sha256 === sha),
    );
  });
  return router;
}
