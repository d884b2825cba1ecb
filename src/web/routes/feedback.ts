/**
 * GET/POST /barriere-melden: the accessible feedback form (BITV 2.0 § 7 Feedback-Mechanismus).
 * Validates with an error summary, stores each report in DATA_DIR, is size- and rate-limited, and
 * refuses posts from other sites (middleware/same-site-post.ts). A stored report is answered with a
 * redirect to /barriere-melden/gesendet?nummer=… (post/redirect/get): reloading the thank-you page
 * sends nothing again.
 */
import express, { Router, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import { readFeedbackForm, LIMITS, type FieldError } from '../feedback-form.js';
import { CASE_NUMBER } from '../../feedback/case-number.js';
import {
  FeedbackStoreFullError,
  purgeFeedback,
  readFeedback,
  storeFeedback,
  type FeedbackInput,
} from '../../feedback/feedback-store.js';
import { errorPageData } from '../middleware/error-handler.js';
import { sameSitePosts } from '../middleware/same-site-post.js';
import { ERROR_TEXT } from '../texts/error-texts.js';
import { TEXT, titleOf } from '../texts/site-texts.js';
import type { AbsoluteUrl } from '../absolute-url.js';
import { canonicalOnly } from '../view-models/page-metadata.js';
import type { ViewEngine } from '../view-engine.js';

const FIELD_IDS: Record<keyof FeedbackInput, string> = {
  name: 'name',
  email: 'email',
  page: 'seite',
  message: 'nachricht',
};

function formModel(base: string, input: Partial<FeedbackInput>, errors: FieldError[]): Record<string, unknown> {
  const errorFor = (field: keyof FeedbackInput): string | undefined => errors.find((e) => e.field === field)?.text;
  return {
    base,
    pageTitle: `${errors.length ? TEXT.errorPrefix : ''}${titleOf(TEXT.feedback.heading)}`,
    errorSummary: errors.length ? errors.map((e) => ({ href: `#${FIELD_IDS[e.field]}`, text: e.text })) : undefined,
    values: input,
    errors: { name: errorFor('name'), email: errorFor('email'), page: errorFor('page'), message: errorFor('message') },
    limits: LIMITS,
  };
}

/** The report of a post the form accepted, kept by the validation step for the limit and the store. */
function validInput(res: Response): FeedbackInput {
  return res.locals.feedback as FeedbackInput;
}

export function feedbackRoutes({
  views,
  base,
  absolute,
  config,
  log,
}: {
  views: ViewEngine;
  base: string;
  absolute: AbsoluteUrl;
  config: Config;
  log: Logger;
}): Router {
  const router = Router();
  const limiter = rateLimit({
    windowMs: 10 * 60_000,
    limit: 5,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // The form again with what was typed, so the report is not lost while the visitor waits.
    handler: (req, res) => {
      const input = validInput(res);
      const { resetTime } = (req as typeof req & { rateLimit?: { resetTime?: Date } }).rateLimit ?? {};
      const minutes = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now()) - Date.now()) / 60_000));
      res
        .status(429)
        .type('html')
        .send(
          views.render('barriere-melden', {
            ...formModel(base, input, []),
            pageTitle: `${TEXT.errorPrefix}${titleOf(TEXT.feedback.tooManyTitle, TEXT.feedback.heading)}`,
            errorSummary: [{ href: `#${FIELD_IDS.message}`, text: TEXT.feedback.tooMany(minutes) }],
          }),
        );
    },
  });
  router.get('/barriere-melden', (req, res) => {
    const page = typeof req.query.seite === 'string' ? req.query.seite.slice(0, LIMITS.page) : '';
    res.type('html').send(
      views.render('barriere-melden', {
        ...formModel(base, { page }, []),
        meta: canonicalOnly(absolute(`${base}/barriere-melden`)),
      }),
    );
  });
  // The thank-you page of a stored report; any other number is not found.
  router.get('/barriere-melden/gesendet', async (req, res, next) => {
    const id = typeof req.query.nummer === 'string' ? req.query.nummer : '';
    if (!CASE_NUMBER.test(id) || !(await readFeedback(config.dataDir)).some((r) => r.id === id)) {
      next();
      return;
    }
    res.type('html').send(views.render('barriere-gemeldet', { base, pageTitle: titleOf(TEXT.feedback.sentTitle), id }));
  });
  // Before the rate limit: a page of another site must not use up its visitors' reports.
  const thisSiteOnly = sameSitePosts((req, res) => {
    log.warn(
      { origin: req.get('Origin'), referer: req.get('Referer'), host: req.host },
      'Feedback post from another site refused',
    );
    res
      .status(403)
      .type('html')
      .send(views.render('error', { base, ...errorPageData(ERROR_TEXT.reportFromOtherSite) }));
  });
  router.post(
    '/barriere-melden',
    thisSiteOnly,
    express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 20 }),
    // A post with errors to correct stores nothing and is answered before the limit: correcting a
    // mistake or two never uses up the visitor's reports. Only reports that would be stored count.
    (req, res, next) => {
      const { input, errors } = readFeedbackForm(req.body);
      if (errors.length === 0) {
        res.locals.feedback = input;
        next();
        return;
      }
      res
        .status(400)
        .type('html')
        .send(views.render('barriere-melden', formModel(base, input, errors)));
    },
    limiter,
    async (_req, res, next) => {
      const input = validInput(res);
      try {
        await purgeFeedback(config.dataDir, config.feedbackRetentionDays);
        const report = await storeFeedback(config.dataDir, input);
        log.info({ feedbackId: report.id }, 'Accessibility feedback stored');
        res.redirect(303, `${base}/barriere-melden/gesendet?nummer=${report.id}`);
      } catch (error) {
        if (error instanceof FeedbackStoreFullError) {
          log.error({ err: error }, 'Feedback store is full');
          res
            .status(503)
            .type('html')
            .send(views.render('error', { base, ...errorPageData(ERROR_TEXT.reportNotStored(config.operator.email)) }));
          return;
        }
        next(error);
      }
    },
  );
  return router;
}
