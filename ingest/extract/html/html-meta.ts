/**
 * Hints from an HTML page's metadata: title (OpenGraph, Dublin Core, first <h1>, <title>), date
 * (article:published_time, DC.date, dcterms.*, <meta name="date">, itemprop datePublished,
 * <time datetime>) and texts naming the publisher (DC.publisher, og:site_name, <title> parts …).
 */
import type { CheerioAPI } from 'cheerio';
import { safeHref } from '../../../src/archive/safe-link.js';
import { parseGermanDate } from '../../parse/german-dates.js';
import { cleanLine, collapseWhitespace } from '../../text/clean-text.js';
import type { DocumentHints } from '../extracted-document.js';

const TITLE_KEYS = ['og:title', 'dc.title', 'dcterms.title', 'twitter:title'];
const DATE_KEYS = [
  'article:published_time',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'date',
  'publishdate',
  'publish-date',
  'pubdate',
  'og:published_time',
];
const PUBLISHER_KEYS = [
  'dc.publisher',
  'dcterms.publisher',
  'publisher',
  'dc.creator',
  'dcterms.creator',
  'author',
  'og:site_name',
];

/** All <meta> values by lower-cased name / property / itemprop. */
function metaValues($: CheerioAPI): Map<string, string[]> {
  const values = new Map<string, string[]>();
  $('meta').each((_, element) => {
    const key = (
      $(element).attr('name') ??
      $(element).attr('property') ??
      $(element).attr('itemprop') ??
      ''
    ).toLowerCase();
    const content = cleanLine($(element).attr('content') ?? '');
    if (key && content) values.set(key, [...(values.get(key) ?? []), content]);
  });
  return values;
}

function firstDate($: CheerioAPI, meta: Map<string, string[]>): { date: string; source: string } | undefined {
  for (const key of [...DATE_KEYS, 'datepublished']) {
    for (const value of meta.get(key) ?? []) {
      const date = parseGermanDate(value);
      if (date) return { date, source: `<meta ${key}>` };
    }
  }
  const time = $('time[datetime]').first().attr('datetime') ?? $('[itemprop=datePublished]').first().attr('content');
  const date = time ? parseGermanDate(time) : undefined;
  return date ? { date, source: '<time datetime>' } : undefined;
}

/** "Polizei Sachsen - Polizeidirektion Dresden - Drei Einbrecher gestellt" → its parts. */
function titleParts(title: string): string[] {
  return title
    .split(/\s+(?:\||-|::|·)\s+/)
    .map(cleanLine)
    .filter((part) => part.length > 0);
}

/** The comment browsers write into saved pages: `<!-- saved from url=(0047)https://… -->`. */
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

/**
 * Where the page was published, as the page itself says: its canonical link, og:url, or the
 * "saved from url" comment (`about:internet` and other non-web addresses do not count).
 */
function sourceAddress($: CheerioAPI, meta: Map<string, string[]>, html: string): string | undefined {
  const candidates = [
    ...$('link[rel]')
      .filter((_, el) => ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
      .map((_, el) => $(el).attr('href') ?? '')
      .get(),
    ...(meta.get('og:url') ?? []),
    SAVED_FROM.exec(html.slice(0, 4096))?.[1] ?? '',
  ];
  for (const candidate of candidates) {
    const safe = safeHref(candidate, undefined, 'web');
    if (safe) return safe;
  }
  return undefined;
}

export function readHtmlHints($: CheerioAPI, html = ''): DocumentHints {
  const meta = metaValues($);
  const pageTitle = collapseWhitespace($('title').first().text());
  const h1 = collapseWhitespace($('h1').first().text());
  const parts = titleParts(pageTitle);
  const longestPart = [...parts].reverse().sort((a, b) => b.length - a.length)[0];
  const title = TITLE_KEYS.map((key) => meta.get(key)?.[0]).find((value) => value) ?? (h1 || longestPart);
  const found = firstDate($, meta);
  const publisher = PUBLISHER_KEYS.flatMap((key) => meta.get(key) ?? []);
  const sourceUrl = sourceAddress($, meta, html);
  return {
    ...(sourceUrl ? { sourceUrl } : {}),
    title: title || undefined,
    date: found?.date,
    dateSource: found?.source,
    senders: [...publisher, ...(parts.length > 1 ? parts : [])],
  };
}
