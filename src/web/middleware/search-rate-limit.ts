/**
 * SEARCH_RATE_LIMIT: at most so many requests a minute to /suche, /api/suche, the feed and the exports
 * (createApp names the paths) per client address
 * (an IPv6 address counted by its /64), then a 429 until the minute is over. Off by default: offices
 * and schools share one address, and behind a proxy without TRUST_PROXY every visitor does. The fair
 * queue (queued-search.ts) is what keeps one client from slowing down the others; this is an extra
 * cap for operators who want one.
 */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { SearchBusyError } from '../../errors/search-busy-error.js';

export function searchRateLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    ipv6Subnet: 64,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new SearchBusyError('address', 'SEARCH_RATE_LIMIT reached')),
  });
}
