/**
 * Absolute URLs of the site (feeds, sitemap, OpenSearch, citations, canonical links): PUBLIC_URL's
 * origin before a site path, which already begins with BASE_PATH (config.ts makes PUBLIC_URL's path
 * equal BASE_PATH). Never built from the request's Host header, which any client can set.
 */

/** Turns a site path (`${base}/mitteilung/…`) into an absolute URL. */
export type AbsoluteUrl = (sitePath: string) => string;

export function absoluteUrls(publicUrl: string): AbsoluteUrl {
  const origin = new URL(publicUrl).origin;
  return (sitePath) => {
    if (!sitePath.startsWith('/')) throw new Error(`Not a site path: ${sitePath}`);
    return `${origin}${sitePath}`;
  };
}
