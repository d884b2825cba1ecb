/**
 * SearchRequest → the Meilisearch queries of one page view. Pure.
 *
 * German needs two readings of a query (see docs/search-design.md): tokenised as German (`deu`), a
 * compound such as "Zelltherapie" is split and finds "Zell- und Gentherapie" in the `de_*` copies;
 * tokenised without German segmentation, a misspelt word stays whole and keeps its typo tolerance.
 * A query with text in relevance order is therefore run as a federated search of both readings; the
 * empty query (browse all, newest first) needs neither and runs as one plain search. A text query
 * sorted by date („neueste“, „älteste“) shows only real matches: the plain reading with every word
 * required, one plain search (issue 21: loose matches filled the newest 20).
 *
 * The text is read first (query-reading.ts): a year beside other words is left out (offered as a
 * filter), a short last word and the tenth word of a query of ten words or more are matched whole.
 *
 * Facet counts stay correct under selections ("disjunctive" facets): the hits come from one query with
 * every filter; each facet with a selection gets one more query without its own filter, for its counts.
 */
import type { FacetKeyOf, FacetRegistry } from './facets/facet-definition.js';
import { siteFacets, type Facets } from './facets/facet-registry.js';
import { selectionOf } from './facets/facet-selections.js';
import type { FilterList } from './filter-expression.js';
import { readQuery } from './query-reading.js';
import { buildFilter } from './search-filter.js';
import type { SearchRequest, SortOrder } from './search-request.js';
import type { ReadingChoice } from './word-reading.js';

/** Sentinels around highlighted words: the text is escaped first, then they become <mark>. */
export const HIGHLIGHT_PRE = '\u0001';
export const HIGHLIGHT_POST = '\u0002';
export const SNIPPET_WORDS = 24;
export const HIT_ATTRIBUTES = [
  'id',
  'title',
  'subtitle',
  'date',
  'ministry',
  'ministryShort',
  'topics',
  'type',
  'summary',
  'sample',
  'invented',
];

/** Weight of the German (decompounding) reading in the federated merge; measured in docs/search-design.md. */
export const GERMAN_READING_WEIGHT = 0.9;

export interface QueryPart {
  q: string;
  filter: FilterList;
  sort?: string[];
  facets: string[];
  attributesToRetrieve: string[];
  attributesToCrop?: string[];
  cropLength?: number;
  cropMarker?: string;
  attributesToHighlight?: string[];
  highlightPreTag?: string;
  highlightPostTag?: string;
  locales?: string[];
  matchingStrategy?: 'all';
}

export interface SearchPlan<R extends FacetRegistry = Facets> {
  /** True: run every part as a federated search of the two readings. False: one plain multi-search. */
  federated: boolean;
  /** The German reading's weight in a federated plan when not GERMAN_READING_WEIGHT (word-reading.ts). */
  germanWeight?: number;
  offset: number;
  limit: number;
  hits: QueryPart;
  /** One part per facet with a selection; its counts replace those of `hits`. */
  counts: Array<{ facet: FacetKeyOf<R>; part: QueryPart }>;
  /**
   * A query of several words in relevance order also finds releases with only some of them: this part
   * counts those with every word (the page says how many). Absent when every hit has every word.
   */
  allWords?: QueryPart;
}

/**
 * The query text as Meilisearch should read it: typographic quotes („…“, “…”, »…«) become the straight
 * quotes of Meilisearch's phrase search, so a phrase typed or pasted in German style works too.
 */
export function meiliQueryText(q: string): string {
  return q.replace(/[„“”«»‚‘’‹›]/g, (c) => ('‚‘’‹›'.includes(c) ? "'" : '"'));
}

export function sortFor(order: SortOrder): string[] | undefined {
  if (order === 'neueste') return ['dateNum:desc'];
  if (order === 'aelteste') return ['dateNum:asc'];
  return undefined;
}

/** The queries of a request; every facet of `facets` is counted (its attribute is a facet distribution). */
export function planSearch<R extends FacetRegistry = Facets>(
  request: SearchRequest<R>,
  facets: R = siteFacets(),
): SearchPlan<R> {
  const selected = facets.filter((facet) => selectionOf(request, facet).length > 0);
  const sort = sortFor(request.sort);
  const q = request.q === '' ? '' : readQuery(meiliQueryText(request.q)).text;
  // Sorted text queries: the plain reading, every word required (rankingScoreThreshold would be the
  // other way, but it is unreliable with sort and offsets in Meilisearch 1.21: meilisearch#5933, #5274).
  const strategy = q !== '' && sort !== undefined ? { locales: ['eng'], matchingStrategy: 'all' as const } : {};
  const hits: QueryPart = {
    q,
    filter: buildFilter(request, undefined, facets),
    ...(sort ? { sort } : {}),
    facets: facets.filter((facet) => !selected.includes(facet)).map((facet) => facet.attribute),
    attributesToRetrieve: HIT_ATTRIBUTES,
    attributesToCrop: ['summary'],
    cropLength: SNIPPET_WORDS,
    cropMarker: '…',
    ...(request.q === ''
      ? {}
      : { attributesToHighlight: ['summary'], highlightPreTag: HIGHLIGHT_PRE, highlightPostTag: HIGHLIGHT_POST }),
    ...strategy,
  };
  const counts = selected.map((facet) => ({
    facet: facet.key,
    part: {
      q,
      filter: buildFilter(request, facet.key, facets),
      facets: [facet.attribute],
      attributesToRetrieve: [],
      ...strategy,
    },
  }));
  const federated = q !== '' && sort === undefined;
  return {
    federated,
    offset: (request.page - 1) * request.perPage,
    limit: request.perPage,
    hits,
    counts,
    ...(federated && queryWordCount(q) > 1
      ? { allWords: { q, filter: hits.filter, facets: [], attributesToRetrieve: [], matchingStrategy: 'all' } }
      : {}),
  };
}

/**
 * The plan with the reading the archive's word list chose (word-reading.ts; undefined: no list, the
 * plan as it is). Its text may have a spelling replaced („Strassenbahn“ → „straßenbahn“). A plain
 * reading turns a federated plan into one multi-search of the plain reading, whose all-words count is
 * one more query of that request; a sorted plan (already plain, every word required) keeps its reading.
 */
export function withReading<R extends FacetRegistry>(
  plan: SearchPlan<R>,
  choice: ReadingChoice | undefined,
): SearchPlan<R> {
  if (choice === undefined) return plan;
  const plain = !plan.federated || choice.reading === 'plain';
  const read = <P extends QueryPart>(part: P): P => ({
    ...part,
    q: choice.text,
    ...(plain ? { locales: ['eng'] } : {}),
  });
  return {
    ...plan,
    federated: !plain,
    ...(!plain && choice.germanWeight !== undefined ? { germanWeight: choice.germanWeight } : {}),
    hits: read(plan.hits),
    counts: plan.counts.map((count) => ({ ...count, part: read(count.part) })),
    ...(plan.allWords ? { allWords: read(plan.allWords) } : {}),
  };
}

/** Words Meilisearch may drop: those outside phrases and not excluded (a phrase counts as one). */
function queryWordCount(q: string): number {
  return q
    .replace(/"[^"]*"?/g, ' phrase ')
    .split(/\s+/)
    .filter((word) => word !== '' && !word.startsWith('-')).length;
}

/** What a feed entry needs: the plain summary and the record's last change (no crop, no highlight). */
export const FEED_ATTRIBUTES = [
  'id',
  'title',
  'date',
  'ministry',
  'ministryShort',
  'topics',
  'type',
  'summary',
  'ingestedAt',
  'sample',
  'invented',
];

/** The queries of a feed: the hits of `planSearch` with the plain summary, and no facet counts. */
export function planFeed<R extends FacetRegistry = Facets>(
  request: SearchRequest<R>,
  facets: R = siteFacets(),
): SearchPlan<R> {
  const { allWords: _allWords, ...plan } = planSearch(request, facets);
  const { q, filter, sort, locales, matchingStrategy } = plan.hits;
  return {
    ...plan,
    hits: {
      q,
      filter,
      ...(sort ? { sort } : {}),
      ...(locales ? { locales } : {}),
      ...(matchingStrategy ? { matchingStrategy } : {}),
      facets: [],
      attributesToRetrieve: FEED_ATTRIBUTES,
    },
    counts: [],
  };
}

/**
 * The queries of one page of an export (`offset`, `limit`): those of a feed, with the attributes of a
 * hit (the whole summary beside its snippet, cropped as the API's but not highlighted).
 */
export function planExport<R extends FacetRegistry = Facets>(
  request: SearchRequest<R>,
  offset: number,
  limit: number,
  facets: R = siteFacets(),
): SearchPlan<R> {
  const plan = planFeed(request, facets);
  return {
    ...plan,
    offset,
    limit,
    hits: {
      ...plan.hits,
      attributesToRetrieve: HIT_ATTRIBUTES,
      attributesToCrop: ['summary'],
      cropLength: SNIPPET_WORDS,
      cropMarker: '…',
    },
  };
}

/**
 * The two readings of a query part for a federated search: German first (slightly lower weight), then
 * plain. The German reading splits words into parts and must match all of them
 * (`matchingStrategy: 'all'`): with Meilisearch's default ("last", which may drop words) a search for
 * "Gentherapie" matched every text with a word ending in "-gen". The plain reading keeps the part's
 * strategy (the default unless the part requires every word), so a badly misspelt word can be dropped
 * ("Hightek Agenda" still finds "Hightech Agenda").
 */
export function readings<T extends { q: string; matchingStrategy?: 'all' }>(
  part: T,
  germanWeight: number = GERMAN_READING_WEIGHT,
): Array<T & { locales: string[]; matchingStrategy?: 'all'; federationOptions?: { weight: number } }> {
  return [
    { ...part, locales: ['deu'], matchingStrategy: 'all', federationOptions: { weight: germanWeight } },
    { ...part, locales: ['eng'] },
  ];
}
