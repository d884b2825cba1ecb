/**
 * The Atom feed of a search: its title (the query and the active filters), its links (absolute, from
 * PUBLIC_URL) and one entry per hit with the release's plain summary — never the highlighted snippet.
 */
import type { Hits } from 'meilisearch';
import { isInventedSample, type Release } from '../../archive/release.js';
import type { AbsoluteUrl } from '../absolute-url.js';
import { germanMidnight, rfc3339 } from '../feeds/feed-dates.js';
import type { AtomEntry, AtomFeed } from '../feeds/atom-feed.js';
import type { FacetRegistry, SenderNames } from '../search/facets/facet-definition.js';
import { siteFacets, type Facets } from '../search/facets/facet-registry.js';
import type { SearchRequest } from '../search/search-request.js';
import { activeFilters } from './active-filters.js';
import { EMPTY_STATE, feedUrl, releaseUrl, searchUrl, stateOf } from './search-url.js';
import { SITE_NAME, TEXT, titleOf } from '../texts/site-texts.js';

export interface SearchFeedInput<R extends FacetRegistry = Facets> {
  request: SearchRequest<R>;
  hits: Hits<Release>;
  names: SenderNames;
  base: string;
  absolute: AbsoluteUrl;
  /** When the index last changed (its `updatedAt`), if known: the feed's `updated`. */
  indexUpdated?: string;
  /** The operator of the archive (OPERATOR_NAME): the feed's author. */
  publisher: string;
  now: () => Date;
  facets?: R;
}

/** An invented sample's entry says so in its title, its summary and a category of its own. */
function feedEntry(hit: Release, base: string, absolute: AbsoluteUrl): AtomEntry {
  const published = germanMidnight(hit.date);
  const url = absolute(releaseUrl(base, hit.id));
  const invented = isInventedSample(hit);
  return {
    id: url,
    title: invented ? `${hit.title} (${TEXT.sampleLabel})` : hit.title,
    url,
    updated: rfc3339(hit.ingestedAt) ?? published,
    published,
    author: {
      name: hit.ministry,
      uri: absolute(searchUrl(base, EMPTY_STATE, { ministries: [hit.ministryShort] })),
    },
    categories: [...(hit.topics ?? []), ...(invented ? [TEXT.sampleLabel] : [])],
    ...(hit.type ? { type: { term: hit.type, scheme: absolute(`${base}/suche?art=`) } } : {}),
    summary: invented ? `${TEXT.sampleLabel}. ${hit.summary ?? ''}` : (hit.summary ?? ''),
  };
}

export function searchFeed<R extends FacetRegistry = Facets>(input: SearchFeedInput<R>): AtomFeed {
  const { request, base, absolute } = input;
  const facets = input.facets ?? siteFacets<R>();
  const state = stateOf(request, facets);
  const filters = activeFilters(request, input.names, base, facets)?.items.map((item) => item.label) ?? [];
  const entries = input.hits.map((hit) => feedEntry(hit, base, absolute));
  const newest = entries
    .map((entry) => entry.updated)
    .sort()
    .at(-1);
  const htmlState = request.q === '' ? state : { ...state, sort: 'neueste' as const };
  return {
    selfUrl: absolute(feedUrl(base, state, facets)),
    htmlUrl: absolute(searchUrl(base, htmlState, {}, facets)),
    title: titleOf(request.q === '' ? TEXT.allReleases : `„${request.q}“`, ...filters),
    updated: rfc3339(input.indexUpdated) ?? newest ?? input.now().toISOString(),
    author: input.publisher,
    lang: 'de',
    generator: SITE_NAME,
    entries,
  };
}
