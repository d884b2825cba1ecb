/**
 * Everything the search page template shows, computed from the request, the input errors and the
 * search outcome. Without an outcome (input errors) the form is shown again with the error summary.
 */
import type { FacetRegistry, SenderNames } from '../search/facets/facet-definition.js';
import { siteFacets, type Facets } from '../search/facets/facet-registry.js';
import {
  lastPageFor,
  MAX_RESULT_DEPTH,
  type InputError,
  type SearchRequest,
  type SortOrder,
} from '../search/search-request.js';
import type { SearchOutcome } from '../search/search-runner.js';
import { readQuery } from '../search/query-reading.js';
import { suggestedQuery } from '../search/spelling-suggestion.js';
import { selectionChange, selectionOf } from '../search/facets/facet-selections.js';
import { EXPORT_MAX_ROWS } from '../search/export-request.js';
import { activeFilters, type ActiveFilters } from './active-filters.js';
import { facetGroups, type FacetGroup } from './facet-groups.js';
import { formatNumber } from './german-format.js';
import { pagination, type Pagination } from './pagination.js';
import { resultItem } from './result-item.js';
import { distinctTitles, type DistinctItem } from './distinct-titles.js';
import { errorSummary, searchForm, type ErrorSummary, type SearchForm } from './search-form.js';
import { exportUrl, feedUrl, resultsUrl, searchUrl, stateOf, withoutFilters } from './search-url.js';
import { TEXT, titleOf } from '../texts/site-texts.js';
import type { AbsoluteUrl } from '../absolute-url.js';
import { canonicalOnly, type PageMetadata } from './page-metadata.js';

export interface SearchPageInput<R extends FacetRegistry = Facets> {
  request: SearchRequest<R>;
  errors: readonly InputError[];
  outcome?: SearchOutcome<R>;
  /** Total of the same query without any filter, when the filtered search found nothing. */
  totalWithoutFilters?: number;
  names: SenderNames;
  /** Makes the canonical URL absolute (PUBLIC_URL); without it, the page has none. */
  absolute?: AbsoluteUrl;
  base: string;
  /** The facets of the page (tests pass their own registry); the site's by default. */
  facets?: R;
}

export interface Results {
  heading: string;
  /** The count alone („65 Treffer für „Polizei““), beside „Zu den Treffern“ above the filters on narrow screens. */
  count: string;
  start: number;
  items: DistinctItem[];
  sortHeading: string;
  sortLinks: Array<{ label: string; url: string; current: boolean }>;
  pagination?: Pagination;
  noHits?: { heading: string; withoutFilters?: { text: string; url: string; label: string } };
  pastLastPage?: { text: string; url: string; label: string };
  /** Says which words of the query were not searched (after the tenth). */
  ignoredWords?: string;
  /** „12 Treffer enthalten alle Wörter, 30 weitere nur einen Teil.“ when some hits match only part of the query. */
  allWordsCount?: string;
  /** A weak result's spelling suggestion: „Meinten Sie“, a link to the corrected search, its query. */
  suggestion?: { text: string; url: string; query: string };
  /** A year in the query, not searched as a word, offered as a filter („Nur 2019 anzeigen“). */
  yearFilter?: { text: string; url: string; label: string };
  /** Explains that a one-character query matches whole words only. */
  singleCharacter?: string;
  /** Says that only the first results of a search with text can be paged through, when there are more. */
  depthNotice?: string;
}

export interface SearchPage<R extends FacetRegistry = Facets> {
  base: string;
  pageTitle: string;
  resultsAnchor: boolean;
  heading: string;
  form: SearchForm;
  errorSummary?: ErrorSummary;
  facetGroups: Array<FacetGroup<R>>;
  activeFilters?: ActiveFilters;
  results?: Results;
  /** The feed of this search (results pages only): a visible link and <link rel="alternate"> in the layout. */
  feed?: { url: string; label: string };
  /** The CSV export of this search (results pages with hits): a visible link. */
  download?: { url: string; label: string };
  /** The canonical URL in the layout's <head>. */
  meta?: PageMetadata;
  helpUrl: string;
}

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The pages of a result that can be asked for (search-request.ts, MAX_RESULT_DEPTH). */
export function reachablePages(total: number, request: { q: string; perPage: number }): number {
  return Math.min(pageCount(total, request.perPage), lastPageFor(request.q, request.perPage));
}

function sortLinks<R extends FacetRegistry>(input: SearchPageInput<R>, facets: R): Results['sortLinks'] {
  const { request, base } = input;
  const orders: SortOrder[] = request.q === '' ? ['neueste', 'aelteste'] : ['relevanz', 'neueste', 'aelteste'];
  return orders.map((order) => ({
    label: TEXT.sortLabels[order],
    url: resultsUrl(base, stateOf(request, facets), { sort: order }, facets),
    current: order === request.sort,
  }));
}

function results<R extends FacetRegistry>(input: SearchPageInput<R>, outcome: SearchOutcome<R>, facets: R): Results {
  const { request, base } = input;
  const state = stateOf(request, facets);
  const pages = reachablePages(outcome.total, request);
  const countText = formatNumber(outcome.total);
  const filtered = activeFilters(request, input.names, base, facets) !== undefined;
  const unfiltered =
    outcome.total === 0 && filtered && (input.totalWithoutFilters ?? 0) > 0
      ? {
          text: TEXT.withoutFilters(formatNumber(input.totalWithoutFilters!)),
          url: resultsUrl(base, state, withoutFilters(facets), facets),
          label: TEXT.showWithoutFilters,
        }
      : undefined;
  const past = outcome.total > 0 && request.page > pages;
  const count = request.q === '' ? `${countText} Treffer` : TEXT.hitsFor(countText, request.q);
  return {
    heading: [count, ...orderAndPage(request, pages)].join(' – '),
    count,
    start: (request.page - 1) * request.perPage + 1,
    items: distinctTitles(outcome.hits.map((hit) => resultItem(hit, base))),
    sortHeading: TEXT.sortHeading,
    sortLinks: sortLinks(input, facets),
    ...(request.ignoredWords ? { ignoredWords: TEXT.ignoredWords(request.ignoredWords) } : {}),
    ...queryNotices(input, outcome, facets),
    ...(pages < pageCount(outcome.total, request.perPage)
      ? { depthNotice: TEXT.depthNotice(formatNumber(MAX_RESULT_DEPTH)) }
      : {}),
    ...(past ? {} : { pagination: pagination(base, state, pages, facets) }),
    ...(outcome.total === 0
      ? { noHits: { heading: TEXT.noHitsHeading, ...(unfiltered ? { withoutFilters: unfiltered } : {}) } }
      : {}),
    ...(past
      ? {
          pastLastPage: {
            text: TEXT.pastLastPage(pages),
            url: resultsUrl(base, state, { page: pages }, facets),
            label: TEXT.backToLastPage,
          },
        }
      : {}),
  };
}

/** What the page says about how the query was read: partial matches, a spelling suggestion, a year, a single character. */
function queryNotices<R extends FacetRegistry>(
  input: SearchPageInput<R>,
  outcome: SearchOutcome<R>,
  facets: R,
): Pick<Results, 'allWordsCount' | 'suggestion' | 'yearFilter' | 'singleCharacter'> {
  const { request, base } = input;
  if (request.q === '') return {};
  const reading = readQuery(request.q);
  const all = outcome.allWords ?? outcome.total;
  const rest = outcome.total - all;
  const yearFacet = facets.find((facet) => facet.key === 'year');
  const year = reading.year;
  const suggested = suggestedQuery(request.q, outcome.corrections);
  return {
    ...(suggested !== undefined
      ? {
          suggestion: {
            text: TEXT.didYouMean,
            url: resultsUrl(base, stateOf(request, facets), { q: suggested }, facets),
            query: suggested,
          },
        }
      : {}),
    ...(rest > 0 ? { allWordsCount: TEXT.allWordsCount(all, formatNumber(all), formatNumber(rest), rest) } : {}),
    ...(year !== undefined && yearFacet && !selectionOf(request, yearFacet).includes(year)
      ? {
          yearFilter: {
            text: TEXT.yearInQuery(year),
            url: resultsUrl(
              base,
              stateOf(request, facets),
              { q: reading.withoutYear!, ...selectionChange<R>([[yearFacet, [year]]]) },
              facets,
            ),
            label: TEXT.onlyYear(year),
          },
        }
      : {}),
    ...(reading.singleCharacter ? { singleCharacter: TEXT.singleCharacter } : {}),
  };
}

/** The chosen order (once chosen: a sort link confirms itself) and the page after the first („Seite 2 von 4“). */
function orderAndPage<R extends FacetRegistry>(request: SearchRequest<R>, pages: number): string[] {
  return [
    ...(request.sortGiven ? [TEXT.sortNamed[request.sort]] : []),
    ...(request.page > 1 && request.page <= pages ? [`${TEXT.pageWord} ${TEXT.pageOf(request.page, pages)}`] : []),
  ];
}

function pageTitle<R extends FacetRegistry>(input: SearchPageInput<R>): string {
  const { request, outcome } = input;
  const subject = request.q === '' ? TEXT.allReleases : `„${request.q}“`;
  if (!outcome) return `${TEXT.errorPrefix}${titleOf(subject)}`;
  const pages = reachablePages(outcome.total, request);
  return titleOf(subject, `${formatNumber(outcome.total)} Treffer`, ...orderAndPage(request, pages));
}

export function searchPage<R extends FacetRegistry = Facets>(input: SearchPageInput<R>): SearchPage<R> {
  const { request, errors, outcome, names, base } = input;
  const facets = input.facets ?? siteFacets<R>();
  const summary = errorSummary(errors);
  const state = stateOf(request, facets);
  return {
    base,
    pageTitle: pageTitle(input),
    resultsAnchor: outcome !== undefined,
    heading: TEXT.searchHeading,
    form: searchForm(request, errors, base, facets),
    ...(summary ? { errorSummary: summary } : {}),
    facetGroups: facetGroups(request, outcome?.facets, names, facets),
    ...(outcome ? { activeFilters: activeFilters(request, names, base, facets) } : {}),
    ...(outcome ? { results: results(input, outcome, facets) } : {}),
    ...(outcome ? { feed: { url: feedUrl(base, state, facets), label: TEXT.feed.subscribe } } : {}),
    ...(outcome && outcome.total > 0
      ? {
          download: { url: exportUrl(base, state, facets), label: TEXT.export.download(formatNumber(EXPORT_MAX_ROWS)) },
        }
      : {}),
    // The page's own state in the site's order of parameters, so equal searches share one URL.
    ...(input.absolute ? { meta: canonicalOnly(input.absolute(searchUrl(base, state, {}, facets))) } : {}),
    helpUrl: `${base}/suchhilfe`,
  };
}
