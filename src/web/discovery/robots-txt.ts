/**
 * robots.txt: search pages, feeds and the API are not for crawlers (endless combinations of
 * filters); release pages are, through the sitemap. Served under BASE_PATH: with a prefix the
 * operator serves it at the host's root (docs/operations.md). Pure.
 */
export function robotsTxt(base: string, sitemapUrl: string): string {
  return [
    'User-agent: *',
    `Disallow: ${base}/suche`,
    `Disallow: ${base}/api/`,
    `Disallow: ${base}/barriere-melden`,
    '',
    `Sitemap: ${sitemapUrl}`,
    '',
  ].join('\n');
}
