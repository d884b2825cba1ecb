/**
 * The search form's fields and its error summary (GOV.UK pattern): each error links to its field,
 * the field shows the same message inline, and hint and error ids are wired with aria-describedby.
 */
import { facetByKey, type FacetRegistry } from '../search/facets/facet-definition.js';
import { siteFacets, type Facets } from '../search/facets/facet-registry.js';
import type { InputError, InputField, SearchRequest } from '../search/search-request.js';
import { TEXT } from '../texts/site-texts.js';

export interface FormField {
  id: string;
  name: string;
  label: string;
  value: string;
  error?: string;
}

export interface ErrorSummary {
  title: string;
  items: Array<{ href: string; text: string }>;
}

export interface SearchForm {
  action: string;
  query: FormField & { hint: string };
  buttonText: string;
  /** Hidden field that keeps an explicitly chosen sort order when the form is sent again. */
  sort?: string;
  /** Hidden `alle` fields: facets the user chose to see in full stay so after "Filter anwenden". */
  expanded: string[];
  dates: { legend: string; hint: string; from: FormField; to: FormField };
  applyText: string;
  filtersHeading: string;
}

function firstError(errors: readonly InputError[], field: InputField): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

function field(id: InputField, label: string, value: string, errors: readonly InputError[]): FormField {
  const error = firstError(errors, id);
  return { id, name: id, label, value, ...(error ? { error } : {}) };
}

export function searchForm<R extends FacetRegistry = Facets>(
  request: SearchRequest<R>,
  errors: readonly InputError[],
  base: string,
  facets: R = siteFacets(),
): SearchForm {
  return {
    action: `${base}/suche`,
    query: { ...field('q', TEXT.queryLabel, request.q, errors), hint: TEXT.queryHint },
    buttonText: TEXT.searchButton,
    ...(request.sortGiven ? { sort: request.sort } : {}),
    expanded: request.expanded.map((key) => facetByKey(facets, key).param),
    dates: {
      legend: TEXT.dateLegend,
      hint: TEXT.dateHint,
      from: field('von', TEXT.fromLabel, request.from.input, errors),
      to: field('bis', TEXT.toLabel, request.to.input, errors),
    },
    applyText: TEXT.applyFilters,
    filtersHeading: TEXT.filtersHeading,
  };
}

export function errorSummary(errors: readonly InputError[]): ErrorSummary | undefined {
  const withField = errors.filter((e): e is InputError & { field: InputField } => e.field !== undefined);
  if (withField.length === 0) return undefined;
  return {
    title: TEXT.errorSummaryTitle,
    items: withField.map((e) => ({ href: `#${e.field}`, text: e.message })),
  };
}
