/**
 * With TRUST_PROXY off, a request that carries `X-Forwarded-For` has come through a proxy the
 * server does not trust: every visitor then has the proxy's address and shares one place in the fair
 * search queue (SEARCH_CONCURRENCY_PER_ADDRESS searches at a time for the whole site). Said once in
 * the log, with the setting that fixes it.
 */
import type { RequestHandler } from 'express';
import type { Logger } from '../../log.js';

export function untrustedProxyWarning(log: Logger): RequestHandler {
  let warned = false;
  return (req, _res, next) => {
    if (!warned && req.headers['x-forwarded-for'] !== undefined) {
      warned = true;
      log.warn(
        { address: req.ip },
        'Requests come through a proxy (X-Forwarded-For) but TRUST_PROXY is off: all visitors count as the proxy’s address in the search queue',
      );
    }
    next();
  };
}
