/**
 * An Atom feed (RFC 4287) as XML: the feed's id, title, updated, self and alternate links, and one
 * entry per release with id, title, link, updated, published, author, categories and a plain-text
 * summary. Pure: the data comes from view-models/search-feed.ts; every value is escaped by the writer.
 */
import { element, xmlDocument, type XmlElement } from '../xml/xml-writer.js';

export const ATOM_TYPE = 'application/atom+xml';

export interface AtomEntry {
  /** A stable IRI: the release's permanent URL. */
  id: string;
  title: string;
  /** The release page (rel="alternate"). */
  url: string;
  /** RFC 3339 date-time of the last change of the record. */
  updated: string;
  /** RFC 3339 date-time of the release date. */
  published: string;
  author: { name: string; uri?: string };
  categories: readonly string[];
  /** The release type, a category in the scheme of the search's `art` filter. */
  type?: { term: string; scheme: string };
  /** Plain text, never markup. */
  summary: string;
}

export interface AtomFeed {
  /** The feed's own URL (also its id). */
  selfUrl: string;
  /** The same search as a web page. */
  htmlUrl: string;
  title: string;
  /** RFC 3339 date-time of the newest change the feed reflects. */
  updated: string;
  /** The publisher (operator of the archive), the feed's author. */
  author: string;
  /** The feed's language (xml:lang), "de". */
  lang: string;
  generator: string;
  entries: readonly AtomEntry[];
}

function entry(item: AtomEntry): XmlElement {
  return element(
    'entry',
    {},
    element('id', {}, item.id),
    element('title', { type: 'text' }, item.title),
    element('link', { rel: 'alternate', type: 'text/html', href: item.url }),
    element('updated', {}, item.updated),
    element('published', {}, item.published),
    element(
      'author',
      {},
      element('name', {}, item.author.name),
      item.author.uri && element('uri', {}, item.author.uri),
    ),
    ...item.categories.map((term) => element('category', { term, label: term })),
    item.type &&
      element('category', { term: item.type.term, scheme: item.type.scheme, label: `Art: ${item.type.term}` }),
    element('summary', { type: 'text' }, item.summary),
  );
}

export function atomFeed(feed: AtomFeed): string {
  return xmlDocument(
    element(
      'feed',
      { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.lang },
      element('id', {}, feed.selfUrl),
      element('title', { type: 'text' }, feed.title),
      element('updated', {}, feed.updated),
      element('author', {}, element('name', {}, feed.author)),
      element('link', { rel: 'self', type: ATOM_TYPE, href: feed.selfUrl }),
      element('link', { rel: 'alternate', type: 'text/html', href: feed.htmlUrl }),
      element('generator', {}, feed.generator),
      ...feed.entries.map(entry),
    ),
  );
}
