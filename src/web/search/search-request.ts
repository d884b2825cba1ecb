/**
 * URL parameters of /suche and /api/suche → a validated SearchRequest. Pure: no I/O, the current
 * year is passed in. Repeated parameters are lists; a parameter that must occur once but repeats, or
 * an object from bracket syntax (`ministerium[x]=…`), is an error — never silently ignored.
 * The facets' parameters and values come from the registry (facets/facet-registry.ts).
 */
import type { FacetKeyOf, FacetRegistry, FacetSelections, FacetValue } from './facets/facet-definition.js';
import { FACETS, siteFacets, YEAR_FACET, type Facets } from './facets/facet-registry.js';
import { integerInRange } from './facets/integer-facet.js';
import { dateMessage } from './date-message.js';
import { readGermanDate } from './german-date-range.js';
import { firstWords } from './query-words.js';
import { SEARCH_INPUT_MESSAGES } from '../texts/error-texts.js';

export type SortOrder = 'relevanz' | 'neueste' | 'aelteste';
export const SORT_ORDERS: readonly SortOrder[] = ['relevanz', 'neueste', 'aelteste'];

export const MAX_QUERY_LENGTH = 500;
/** Values of a list parameter that is not a facet (`alle`); each facet has its own `maxValues`. */
export const MAX_VALUES_PER_FACET = 50;
export const MAX_VALUE_LENGTH = 200;
export const MAX_PAGE = 100_000;
/**
 * With a query text, only the first results can be paged through: Meilisearch must rank every
 * result before the page it returns, and a federated search of the two readings does so for both
 * (on 66,000 Berlin releases a page at result 20,000 took 2.5–3 s, at 1,000 about 0.25 s). Without a
 * text the results are sorted by date, and any page is cheap.
 */
export const MAX_RESULT_DEPTH = 1000;
export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

export interface DateInput {
  /** What the user typed (trimmed), shown again in the form. */
  input: string;
  /** The resolved day (dateNum); undefined when empty or invalid. */
  day?: number;
}

/**
 * A request: the facets' selections under their `field` (`ministries`, `topics`, `years` …, values as
 * given until canonicalSelections resolves names) and the rest of the search.
 */
export type SearchRequest<R extends FacetRegistry = Facets> = FacetSelections<R> & SearchRequestBase<R>;

interface SearchRequestBase<R extends FacetRegistry = Facets> {
  /** The query as searched: at most its first ten words (query-words.ts). */
  q: string;
  /** The words of the query after the tenth, which were not searched (shown in a notice); absent when none. */
  ignoredWords?: string;
  from: DateInput;
  to: DateInput;
  /** The effective order: without a query, "relevanz" means nothing, so it becomes "neueste". */
  sort: SortOrder;
  /** True when `sortierung` was given (links keep it; otherwise the default is left implicit). */
  sortGiven: boolean;
  page: number;
  perPage: number;
  /** Facets whose long option lists are shown in full (`alle=ministerium`); the others are shortened. */
  expanded: Array<FacetKeyOf<R>>;
}

export type InputField = 'q' | 'von' | 'bis';

export interface InputError {
  /** The form field the error belongs to; undefined for errors that only a hand-made URL can cause. */
  field?: InputField;
  message: string;
}

export interface ParseOptions<R extends FacetRegistry = Facets> {
  currentYear: number;
  /** Accept `proSeite` (JSON API only). */
  allowPerPage?: boolean;
  /** The facets to read (tests pass their own registry). */
  facets?: R;
}

/** `„a“, „b“ oder „c“` */
function alternatives(names: readonly string[]): string {
  const quoted = names.map((name) => `„${name}“`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} oder ${quoted.at(-1)}`;
}

export function expandedMessage(facets: FacetRegistry): string {
  return SEARCH_INPUT_MESSAGES.expanded(alternatives(facets.map((facet) => facet.param)));
}

/** The messages of invalid parameters (texts in src/web/texts/error-texts.ts), with this module's limits. */
export const MESSAGES = {
  once: SEARCH_INPUT_MESSAGES.once,
  invalidList: SEARCH_INPUT_MESSAGES.invalidList,
  tooManyValues: (name: string, max: number = MAX_VALUES_PER_FACET) => SEARCH_INPUT_MESSAGES.tooManyValues(name, max),
  valueTooLong: SEARCH_INPUT_MESSAGES.valueTooLong,
  queryTooLong: SEARCH_INPUT_MESSAGES.queryTooLong(MAX_QUERY_LENGTH),
  /** The year facet's message (defined with the facet). */
  year: YEAR_FACET.invalid,
  from: SEARCH_INPUT_MESSAGES.from,
  to: SEARCH_INPUT_MESSAGES.to,
  reversed: SEARCH_INPUT_MESSAGES.reversed,
  sort: SEARCH_INPUT_MESSAGES.sort,
  page: SEARCH_INPUT_MESSAGES.page(MAX_PAGE),
  tooDeep: (perPage: number) => SEARCH_INPUT_MESSAGES.tooDeep(MAX_RESULT_DEPTH, deepestPage(perPage)),
  perPage: SEARCH_INPUT_MESSAGES.perPage(MAX_PER_PAGE),
  expanded: expandedMessage(FACETS),
} as const;

/** The page that holds result MAX_RESULT_DEPTH. */
function deepestPage(perPage: number): number {
  return Math.ceil(MAX_RESULT_DEPTH / perPage);
}

/** The last page that may be asked for: any with an empty query, else the one holding result MAX_RESULT_DEPTH. */
export function lastPageFor(q: string, perPage: number): number {
  return q === '' ? MAX_PAGE : deepestPage(perPage);
}

type Raw = Record<string, unknown>;

/** A parameter that may occur once: undefined when absent, the string, or an error. */
function single(raw: Raw, name: string, errors: InputError[], field?: InputField): string | undefined {
  const value = raw[name];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value.trim();
  errors.push({
    ...(field ? { field } : {}),
    message: Array.isArray(value) ? MESSAGES.once(name) : MESSAGES.invalidList(name),
  });
  return undefined;
}

/** A repeatable parameter: the non-empty, distinct strings (at most `max`), or an error. */
function list(raw: Raw, name: string, errors: InputError[], max: number = MAX_VALUES_PER_FACET): string[] {
  const value = raw[name];
  if (value === undefined) return [];
  const items = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(items) || items.some((item) => typeof item !== 'string')) {
    errors.push({ message: MESSAGES.invalidList(name) });
    return [];
  }
  const values = [...new Set((items as string[]).map((item) => item.trim()).filter((item) => item !== ''))];
  if (values.length > max) errors.push({ message: MESSAGES.tooManyValues(name, max) });
  else if (values.some((item) => item.length > MAX_VALUE_LENGTH)) errors.push({ message: MESSAGES.valueTooLong(name) });
  else return values;
  return [];
}

/** Each facet's selection, read from its parameter and checked by its kind. */
function selections<R extends FacetRegistry>(raw: Raw, errors: InputError[], facets: R): FacetSelections<R> {
  const selected: Record<string, FacetValue[]> = {};
  for (const facet of facets) {
    const parsed = facet.parse(list(raw, facet.param, errors, facet.maxValues));
    if ('error' in parsed) errors.push({ message: parsed.error });
    selected[facet.field] = 'error' in parsed ? [] : parsed.values;
  }
  return selected as FacetSelections<R>;
}

function dates(raw: Raw, errors: InputError[], currentYear: number): { from: DateInput; to: DateInput } {
  const fromText = single(raw, 'von', errors, 'von') ?? '';
  const toText = single(raw, 'bis', errors, 'bis') ?? '';
  const from: DateInput = { input: fromText };
  const to: DateInput = { input: toText };
  if (fromText !== '') {
    const read = readGermanDate(fromText, 'start', currentYear);
    if ('date' in read) from.day = read.date.day;
    else errors.push({ field: 'von', message: dateMessage('von', read.problem) });
  }
  if (toText !== '') {
    const read = readGermanDate(toText, 'end', currentYear);
    if ('date' in read) to.day = read.date.day;
    else errors.push({ field: 'bis', message: dateMessage('bis', read.problem) });
  }
  if (from.day !== undefined && to.day !== undefined && to.day < from.day) {
    errors.push({ field: 'bis', message: MESSAGES.reversed });
  }
  return { from, to };
}

function expandedFacets<R extends FacetRegistry>(raw: Raw, errors: InputError[], facets: R): Array<FacetKeyOf<R>> {
  const values = list(raw, 'alle', errors);
  const keys = facets.filter((facet) => values.includes(facet.param)).map((facet) => facet.key);
  if (keys.length < values.length) errors.push({ message: expandedMessage(facets) });
  return keys;
}

export type ParseResult<R extends FacetRegistry = Facets> = { request: SearchRequest<R>; errors: InputError[] };

export function parseSearchRequest<R extends FacetRegistry = Facets>(
  raw: Raw,
  options: ParseOptions<R>,
): ParseResult<R> {
  const facets = options.facets ?? siteFacets<R>();
  const errors: InputError[] = [];
  const q = single(raw, 'q', errors, 'q') ?? '';
  if (q.length > MAX_QUERY_LENGTH) errors.push({ field: 'q', message: MESSAGES.queryTooLong });
  const selected = selections(raw, errors, facets);
  const { from, to } = dates(raw, errors, options.currentYear);
  const expanded = expandedFacets(raw, errors, facets);

  const sortText = single(raw, 'sortierung', errors);
  const sortGiven = sortText !== undefined && sortText !== '';
  let sort: SortOrder = q === '' ? 'neueste' : 'relevanz';
  if (sortGiven) {
    if ((SORT_ORDERS as readonly string[]).includes(sortText)) sort = sortText as SortOrder;
    else errors.push({ message: MESSAGES.sort });
  }
  if (q === '' && sort === 'relevanz') sort = 'neueste';

  const pageText = single(raw, 'seite', errors);
  const page = pageText === undefined || pageText === '' ? 1 : integerInRange(pageText, 1, MAX_PAGE);
  if (page === undefined) errors.push({ message: MESSAGES.page });

  let perPage = DEFAULT_PER_PAGE;
  if (options.allowPerPage) {
    const perPageText = single(raw, 'proSeite', errors);
    const parsed =
      perPageText === undefined || perPageText === '' ? DEFAULT_PER_PAGE : integerInRange(perPageText, 1, MAX_PER_PAGE);
    if (parsed === undefined) errors.push({ message: MESSAGES.perPage });
    else perPage = parsed;
  }
  if (page !== undefined && q !== '' && page > lastPageFor(q, perPage))
    errors.push({ message: MESSAGES.tooDeep(perPage) });
  // A query too long is shown again as typed (cut to the limit), with its error; otherwise searched up to its tenth word.
  const words = q.length > MAX_QUERY_LENGTH ? { q: q.slice(0, MAX_QUERY_LENGTH), ignored: '' } : firstWords(q);
  return {
    request: {
      q: words.q,
      ...(words.ignored === '' ? {} : { ignoredWords: words.ignored }),
      ...selected,
      from,
      to,
      sort,
      sortGiven,
      page: page ?? 1,
      perPage,
      expanded,
    },
    errors,
  };
}
