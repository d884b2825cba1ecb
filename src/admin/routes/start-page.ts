/**
 * GET /verwaltung/: the start page after sign-in: the archive's size and last change (read with the
 * admin key; a Meilisearch that does not answer is said so, the page still shows), what can be done
 * here, and what is still done on the server.
 */
import type { RequestHandler, Response } from 'express';
import type { Meilisearch } from 'meilisearch';
import { germanNumber, germanTime } from '../admin-format.js';
import { sendPage, type PageContext } from '../admin-views.js';
import type { AdminLocals } from '../session/session-middleware.js';
import { ADMIN_TEXT } from '../texts/admin-texts.js';

async function archiveFacts(
  meili: Meilisearch,
  index: string,
): Promise<{ releases: string; updated?: string } | undefined> {
  try {
    const [result, info] = await Promise.all([
      meili.index(index).search('', { limit: 0 }),
      meili.index(index).getRawInfo(),
    ]);
    const count = result.estimatedTotalHits ?? 0;
    return {
      releases: ADMIN_TEXT.start.releases(germanNumber(count)),
      ...(info.updatedAt ? { updated: ADMIN_TEXT.start.updated(germanTime(String(info.updatedAt))) } : {}),
    };
  } catch {
    return undefined;
  }
}

export function startPage({
  page,
  meili,
  index,
}: {
  page: PageContext;
  meili: Meilisearch;
  index: string;
}): RequestHandler {
  return async (_req, res: Response<unknown, AdminLocals>) => {
    sendPage(page, res, 'start', {
      pageTitle: ADMIN_TEXT.titleOf(ADMIN_TEXT.start.title),
      current: '/',
      welcome: ADMIN_TEXT.start.welcome(res.locals.session!.account),
      mayDelete: res.locals.account?.mayDelete === true,
      archive: await archiveFacts(meili, index),
    });
  };
}
