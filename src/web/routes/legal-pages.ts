/**
 * Pages German public sites must have (BITV 2.0, TMG/DDG): Erklärung zur Barrierefreiheit, Leichte
 * Sprache, Gebärdensprache, Impressum, Datenschutz. Operator details come from configuration.
 */
import { Router } from 'express';
import type { Config } from '../../config.js';
import type { ViewEngine } from '../view-engine.js';

/** Date of the last accessibility self-assessment (update with every review). */
export const ASSESSED_ON = '27. November 2026';

const PAGES: Record<string, { template: string; title: string }> = {
  '/barrierefreiheit': { template: 'barrierefreiheit', title: 'Erklärung zur Barrierefreiheit' },
  '/leichte-sprache': { template: 'leichte-sprache', title: 'Leichte Sprache' },
  '/gebaerdensprache': { template: 'gebaerdensprache', title: 'Gebärdensprache' },
  '/impressum': { template: 'impressum', title: 'Impressum' },
  '/datenschutz': { template: 'datenschutz', title: 'Datenschutz' },
};

export function legalPageRoutes({ views, base, config }: { views: ViewEngine; base: string; config: Config }): Router {
  const router = Router();
  for (const [route, page] of Object.entries(PAGES)) {
    router.get(route, (_req, res) => {
      res.type('html').send(
        views.render(page.template, {
          base,
          pageTitle: `${page.title} – Pressearchiv`,
          operator: config.operator,
          assessedOn: ASSESSED_ON,
          retentionDays: config.feedbackRetentionDays,
        }),
      );
    });
  }
  return router;
}
