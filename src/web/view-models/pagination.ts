/**
 * Page links (GOV.UK pagination): previous/next with rel, the first and last page, the current page
 * with aria-current and its neighbours; gaps shown as an ellipsis.
 */
import type { FacetRegistry } from '../search/facets/facet-definition.js';
import { siteFacets, type Facets } from '../search/facets/facet-registry.js';
import { resultsUrl, type UrlState } from './search-url.js';
import { TEXT } from '../texts/site-texts.js';

export interface PageLink {
  number?: number;
  url?: string;
  current?: boolean;
  ellipsis?: boolean;
}

export interface Pagination {
  label: string;
  previous?: { url: string; label: string; hint: string };
  next?: { url: string; label: string; hint: string };
  items: PageLink[];
}

/** The page numbers to show: 1, the last one, and current ± 1; undefined marks a gap. */
export function pageWindow(page: number, pages: number): Array<number | undefined> {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: Array<number | undefined> = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1]! > 1) out.push(undefined);
    out.push(n);
  });
  return out;
}

export function pagination<R extends FacetRegistry = Facets>(
  base: string,
  state: UrlState<R>,
  pages: number,
  facets: R = siteFacets(),
): Pagination | undefined {
  const page = state.page;
  if (pages <= 1 || page > pages) return undefined;
  const link = (n: number) => resultsUrl(base, state, { page: n }, facets);
  return {
    label: TEXT.paginationLabel,
    ...(page > 1
      ? { previous: { url: link(page - 1), label: TEXT.previousPage, hint: TEXT.pageOf(page - 1, pages) } }
      : {}),
    ...(page < pages
      ? { next: { url: link(page + 1), label: TEXT.nextPage, hint: TEXT.pageOf(page + 1, pages) } }
      : {}),
    items: pageWindow(page, pages).map((n) =>
      n === undefined ? { ellipsis: true } : { number: n, url: link(n), current: n === page },
    ),
  };
}
