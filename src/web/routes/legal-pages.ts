/**
 * Pages German public sites must have (BITV 2.0, TMG/DDG): Erklärung zur Barrierefreiheit, Leichte
 * Sprache, Gebärdensprache, Impressum, Datenschutz. Operator details come from configuration.
 */
import { Router } from 'express';
import type { Config } from '../../config.js';
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

export function legalPageRoutes({
  views,
  base,
  absolute,
  config,
}: {
  views: ViewEngine;
  base: string;
  absolute: AbsoluteUrl;
  config: Config;
}): Router {
  const router = Router();
  for (const [route, template] of Object.entries(PAGES)) {
    router.get(route, (_req, res) => {
      res.type('html').send(
        views.render(template, {
          base,
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
