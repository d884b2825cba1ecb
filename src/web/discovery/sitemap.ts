/**
 * Sitemaps (sitemaps.org protocol 0.9): a `urlset` of release pages with `lastmod`, and a
 * `sitemapindex` of such files when the archive holds more pages than one file may list. Pure.
 */
import { element, xmlDocument } from '../xml/xml-writer.js';

/** The protocol's limit of URLs in one sitemap file (and of files in one index). */
export const SITEMAP_MAX_URLS = 50_000;
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** W3C datetime of the last change. */
  lastmod?: string;
}

function entries(kind: 'url' | 'sitemap', items: readonly SitemapEntry[]) {
  if (items.length > SITEMAP_MAX_URLS)
    throw new Error(`A sitemap holds at most ${SITEMAP_MAX_URLS} entries, got ${items.length}`);
  return items.map((item) =>
    element(kind, {}, element('loc', {}, item.loc), item.lastmod !== undefined && element('lastmod', {}, item.lastmod)),
  );
}

export function sitemapUrlSet(urls: readonly SitemapEntry[]): string {
  return xmlDocument(element('urlset', { xmlns: NAMESPACE }, ...entries('url', urls)));
}

export function sitemapIndex(sitemaps: readonly SitemapEntry[]): string {
  return xmlDocument(element('sitemapindex', { xmlns: NAMESPACE }, ...entries('sitemap', sitemaps)));
}

/** Files needed for `total` URLs at `perFile` each (at least one, so an empty archive has a valid sitemap). */
export function sitemapFileCount(total: number, perFile: number): number {
  return Math.max(1, Math.ceil(total / perFile));
}
