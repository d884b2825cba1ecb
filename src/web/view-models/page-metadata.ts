/**
 * What a page tells machines in its <head>: the canonical URL (absolute, from PUBLIC_URL), a meta
 * description, Open Graph and, for a release, schema.org NewsArticle JSON-LD. The JSON-LD is written
 * inside <script>: `<`, `>`, `&` and the line separators are \u escapes, so a title holding
 * `</script>` cannot end the element.
 */
import { isInventedSample, type Release } from '../../archive/release.js';
import { SITE_NAME } from '../texts/site-texts.js';

export interface PageMetadata {
  canonicalUrl: string;
  description?: string;
  openGraph?: Array<{ property: string; content: string }>;
  /** JSON, safe inside <script type="application/ld+json">. */
  jsonLd?: string;
  /** Keep search engines from indexing the page (invented sample releases). */
  noindex?: boolean;
}

/** JSON for a <script> element: nothing in it can close the element or start markup. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `text` cut at a word boundary to at most `max` characters, with „ …“ when cut; whitespace collapsed. */
export function shortDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 2);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')} …`;
}

/** A page that tells machines only its canonical URL (start, search, help, legal pages, forms). */
export function canonicalOnly(url: string): PageMetadata {
  return { canonicalUrl: url };
}

export function releaseMetadata(release: Release, url: string): PageMetadata {
  const description = shortDescription(release.summary || release.title);
  const sender = { '@type': 'GovernmentOrganization', name: release.ministry };
  const article = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: release.title,
    ...(release.subtitle ? { alternativeHeadline: release.subtitle } : {}),
    description,
    datePublished: release.date,
    ...(release.ingestedAt ? { dateModified: release.ingestedAt } : {}),
    inLanguage: 'de',
    url,
    mainEntityOfPage: url,
    author: sender,
    publisher: sender,
    ...(release.topics?.length ? { keywords: release.topics.join(', ') } : {}),
    isAccessibleForFree: true,
  };
  return {
    canonicalUrl: url,
    description,
    openGraph: [
      { property: 'og:type', content: 'article' },
      { property: 'og:title', content: release.title },
      { property: 'og:description', content: description },
      { property: 'og:url', content: url },
      { property: 'og:site_name', content: SITE_NAME },
      { property: 'og:locale', content: 'de_DE' },
      { property: 'article:published_time', content: release.date },
      ...(release.topics ?? []).map((topic) => ({ property: 'article:tag', content: topic })),
    ],
    jsonLd: jsonForScript(article),
    // The real release among the samples is indexable; a sample without the mark counts as invented.
    ...(isInventedSample(release) ? { noindex: true } : {}),
  };
}
