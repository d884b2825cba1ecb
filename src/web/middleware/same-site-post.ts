/**
 * Refuses a form post that a page of another site made a visitor's browser send. The rule (why:
 * docs/decisions.md, "The feedback form refuses posts from other sites"): the `Origin` header, or
 * without one the `Referer`, must name the host the request was sent to — its `Host` header, or
 * `X-Forwarded-Host` when TRUST_PROXY trusts the proxy (Express's `req.host`). The scheme is not
 * compared (behind a TLS proxy without TRUST_PROXY the server sees http), nor the path (BASE_PATH:
 * browsers send only the origin, and every page of one origin is the same site to them).
 * `Origin: null` (a sandboxed frame, a page that sends no referrer) is another site: this site's
 * own pages send their origin (`Referrer-Policy: same-origin`). A post with neither header is
 * accepted, unless `Sec-Fetch-Site` says it came from another site: browsers send Origin with
 * every post since 2020, so one without it comes from an older browser or a program, which could
 * send any Origin it likes anyway.
 */
import type { Request, RequestHandler, Response } from 'express';

export type PostSource = 'this-site' | 'other-site' | 'unknown';

/** A host as browsers write it in an Origin: lower case, without the scheme's default port. */
function normalHost(host: string): string {
  return host.toLowerCase().replace(/:(80|443)$/, '');
}

/** The host an Origin or Referer names; undefined for "null" and anything else that is no http(s) URL. */
function hostOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? normalHost(parsed.host) : undefined;
}

/** Where a post came from, by its headers and the host it was sent to (undefined: no Host header). */
export function postSource(
  headers: { origin?: string | undefined; referer?: string | undefined; secFetchSite?: string | undefined },
  ownHost: string | undefined,
): PostSource {
  // An empty header names nothing, as if it were not sent.
  const claimed = headers.origin || headers.referer || undefined;
  if (claimed === undefined) {
    const site = headers.secFetchSite;
    return site === undefined || site === 'same-origin' || site === 'none' ? 'unknown' : 'other-site';
  }
  const host = hostOf(claimed);
  return host !== undefined && ownHost !== undefined && host === normalHost(ownHost) ? 'this-site' : 'other-site';
}

/** Middleware: `refuse` answers a post from another site; every other post goes on. */
export function sameSitePosts(refuse: (req: Request, res: Response) => void): RequestHandler {
  return (req, res, next) => {
    const source = postSource(
      { origin: req.get('Origin'), referer: req.get('Referer'), secFetchSite: req.get('Sec-Fetch-Site') },
      req.host,
    );
    if (source === 'other-site') refuse(req, res);
    else next();
  };
}
