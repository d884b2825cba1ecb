/**
 * The OpenSearch description (OpenSearch 1.1): browsers offer „Pressearchiv durchsuchen“ and send
 * the words to /suche (HTML) or /suche.atom (feed). Absolute URLs from PUBLIC_URL. Pure.
 */
import { ATOM_TYPE } from '../feeds/atom-feed.js';
import { element, xmlDocument } from '../xml/xml-writer.js';

export const OPENSEARCH_TYPE = 'application/opensearchdescription+xml';

export interface OpenSearchInput {
  /** At most 16 characters (the specification's limit). */
  shortName: string;
  description: string;
  /** Absolute URLs of the search page, its feed and the description itself. */
  searchUrl: string;
  feedUrl: string;
  selfUrl: string;
}

export function openSearchDescription(input: OpenSearchInput): string {
  if (input.shortName.length > 16) throw new Error(`OpenSearch ShortName over 16 characters: ${input.shortName}`);
  const template = (url: string) => `${url}?q={searchTerms}`;
  return xmlDocument(
    element(
      'OpenSearchDescription',
      { xmlns: 'http://a9.com/-/spec/opensearch/1.1/' },
      element('ShortName', {}, input.shortName),
      element('Description', {}, input.description.slice(0, 1024)),
      element('InputEncoding', {}, 'UTF-8'),
      element('Language', {}, 'de-DE'),
      element('Url', { type: 'text/html', method: 'get', template: template(input.searchUrl) }),
      element('Url', { type: ATOM_TYPE, method: 'get', template: template(input.feedUrl) }),
      element('Url', { type: OPENSEARCH_TYPE, rel: 'self', template: input.selfUrl }),
    ),
  );
}
