/**
 * Pages German public sites must have (BITV 2.0, TMG/DDG): Erklärung zur Barrierefreiheit, Leichte
 * Sprache, Gebärdensprache, Impressum, Datenschutz. Operator details come from configuration; the
 * barriers the archive's records name (scans, tables) are counted for the Erklärung and Leichte
 * Sprache (barrier-counts.ts).
 */
import { Router } from 'express';
import type { Config } from '../../config.js';
import { barrierCountsIfKnown, barrierList, loadBarrierCounts } from '../barrier-counts.js';
import type { SearchService } from '../search-service.js';
import { ttlCache } from '../ttl-cache.js';
import { TEXT, titleOf } from '../texts/site-texts.js';
import type { AbsoluteUrl } from '../absolute-url.js';
import type { ViewEngine } from '../view-engine.js';
import { canonicalOnly } from '../view-models/page-metadata.js';

/** Date of the last accessibility self-assessment (update with every review). */
export const ASSESSED_ON = '27. November 2026';

/** Route → template (the page titles are in TEXT.legalPages). */
const PAGES = {
  '/barrierefreiheit': 'barrierefreiheit',
  '/leichte-sprache': 'leichte-sprache',
  '/gebaerdensprache': 'gebaerdensprache',
  '/impressum': 'impressum',
  '/datenschutz': 'datenschutz',
} as const satisfies Record<keyof typeof TEXT.legalPages, string>;

/** The pages that list what is not yet accessible. */
const WITH_BARRIERS: ReadonlySet<string> = new Set(['/barrierefreiheit', '/leichte-sprache']);

export function legalPageRoutes({
  views,
  base,
  absolute,
  config,
  search,
  countsTtlMs,
}: {
  views: ViewEngine;
  base: string;
  absolute: AbsoluteUrl;
  config: Config;
  search: SearchService;
  countsTtlMs: number | (() => number);
}): Router {
  const router = Router();
  const counts = ttlCache(() => loadBarrierCounts(search), countsTtlMs);
  for (const [route, template] of Object.entries(PAGES)) {
    router.get(route, async (_req, res) => {
      const barriers = WITH_BARRIERS.has(route) ? barrierList(await barrierCountsIfKnown(counts)) : undefined;
      res.type('html').send(
        views.render(template, {
          base,
          barriers,
          pageTitle: titleOf(TEXT.legalPages[route as keyof typeof PAGES]),
          operator: config.operator,
          assessedOn: ASSESSED_ON,
          retentionDays: config.feedbackRetentionDays,
          meta: canonicalOnly(absolute(`${base}${route}`)),
        }),
      );
    });
  }
  return router;
}
