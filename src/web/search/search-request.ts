/**
 * URL parameters of /suche and /api/suche → a validated SearchRequest. Pure: no I/O, the current
 * year is passed in. Repeated parameters are lists; a parameter that must occur once but repeats, or
 * an object from bracket syntax (`ministerium[x]=…`), is an error — never silently ignored.
 */
import { MAX_YEAR, MIN_YEAR, parseGermanDate } from './german-date-range.js';

/** The facets of the search page (their index attributes: FACET_ATTRIBUTES in search-filter.ts). */
export type FacetKey = 'ministry' | 'topic' | 'year';

export type SortOrder = 'relevanz' | 'neueste' | 'aelteste';
export const SORT_ORDERS: readonly SortOrder[] = ['relevanz', 'neueste', 'aelteste'];

export const MAX_QUERY_LENGTH = 500;
export const MAX_VALUES_PER_FACET = 50;
export const MAX_VALUE_LENGTH = 200;
export const MAX_PAGE = 100_000;
export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

/** URL parameter of each facet (its selected values) and the value of `alle` that shows it in full. */
export const FACET_PARAMS: Readonly<Record<FacetKey, string>> = {
  ministry: 'ministerium',
  topic: 'thema',
  year: 'jahr',
};

export interface DateInput {
  /** What the user typed (trimmed), shown again in the form. */
  input: string;
  /** The resolved day (dateNum); undefined when empty or invalid. */
  day?: number;
}

export interface SearchRequest {
  q: string;
  /** `ministerium` values as given (abbreviations or names; see canonicalMinistries). */
  ministries: string[];
  topics: string[];
  years: number[];
  from: DateInput;
  to: DateInput;
  /** The effective order: without a query, "relevanz" means nothing, so it becomes "neueste". */
  sort: SortOrder;
  /** True when `sortierung` was given (links keep it; otherwise the default is left implicit). */
  sortGiven: boolean;
  page: number;
  perPage: number;
  /** Facets whose long option lists are shown in full (`alle=ministerium`); the others are shortened. */
  expanded: FacetKey[];
}

export type InputField = 'q' | 'von' | 'bis';

export interface InputError {
  /** The form field the error belongs to; undefined for errors that only a hand-made URL can cause. */
  field?: InputField;
  message: string;
}

export interface ParseOptions {
  currentYear: number;
  /** Accept `proSeite` (JSON API only). */
  allowPerPage?: boolean;
}

export const MESSAGES = {
  once: (name: string) => `Der Parameter „${name}“ darf nur einmal angegeben werden.`,
  invalidList: (name: string) => `Der Parameter „${name}“ hat ein ungültiges Format.`,
  tooManyValues: (name: string) => `Für „${name}“ sind höchstens ${MAX_VALUES_PER_FACET} Werte erlaubt.`,
  valueTooLong: (name: string) => `Ein Wert für „${name}“ ist zu lang.`,
  queryTooLong: `Suchbegriff zu lang: Bitte verwenden Sie höchstens ${MAX_QUERY_LENGTH} Zeichen.`,
  year: `„jahr“ muss eine Jahreszahl von ${MIN_YEAR} bis ${MAX_YEAR} sein.`,
  from: '„Von“ muss ein Datum sein, zum Beispiel 2024, 3.2024 oder 21.11.2024.',
  to: '„Bis“ muss ein Datum sein, zum Beispiel 2024, 3.2024 oder 21.11.2024.',
  reversed: '„Bis“ muss gleich oder nach „Von“ liegen.',
  sort: '„sortierung“ muss „relevanz“, „neueste“ oder „aelteste“ sein.',
  page: `„seite“ muss eine ganze Zahl von 1 bis ${MAX_PAGE} sein.`,
  perPage: `„proSeite“ muss eine ganze Zahl von 1 bis ${MAX_PER_PAGE} sein.`,
  expanded: '„alle“ muss „ministerium“, „thema“ oder „jahr“ sein.',
} as const;

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

/** A repeatable parameter: the non-empty, distinct strings, or an error. */
function list(raw: Raw, name: string, errors: InputError[]): string[] {
  const value = raw[name];
  if (value === undefined) return [];
  const items = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(items) || items.some((item) => typeof item !== 'string')) {
    errors.push({ message: MESSAGES.invalidList(name) });
    return [];
  }
  const values = [...new Set((items as string[]).map((item) => item.trim()).filter((item) => item !== ''))];
  if (values.length > MAX_VALUES_PER_FACET) errors.push({ message: MESSAGES.tooManyValues(name) });
  else if (values.some((item) => item.length > MAX_VALUE_LENGTH)) errors.push({ message: MESSAGES.valueTooLong(name) });
  else return values;
  return [];
}

function integer(text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined || !/^\d{1,9}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

function years(raw: Raw, errors: InputError[]): number[] {
  const values = list(raw, 'jahr', errors);
  const parsed = values.map((v) => integer(v, MIN_YEAR, MAX_YEAR));
  if (parsed.some((y) => y === undefined)) {
    errors.push({ message: MESSAGES.year });
    return [];
  }
  return [...new Set(parsed as number[])];
}

function dates(raw: Raw, errors: InputError[], currentYear: number): { from: DateInput; to: DateInput } {
  const fromText = single(raw, 'von', errors, 'von') ?? '';
  const toText = single(raw, 'bis', errors, 'bis') ?? '';
  const from: DateInput = { input: fromText };
  const to: DateInput = { input: toText };
  if (fromText !== '') {
    const resolved = parseGermanDate(fromText, 'start', currentYear);
    if (resolved) from.day = resolved.day;
    else errors.push({ field: 'von', message: MESSAGES.from });
  }
  if (toText !== '') {
    const resolved = parseGermanDate(toText, 'end', currentYear);
    if (resolved) to.day = resolved.day;
    else errors.push({ field: 'bis', message: MESSAGES.to });
  }
  if (from.day !== undefined && to.day !== undefined && to.day < from.day) {
    errors.push({ field: 'bis', message: MESSAGES.reversed });
  }
  return { from, to };
}

function expandedFacets(raw: Raw, errors: InputError[]): FacetKey[] {
  const values = list(raw, 'alle', errors);
  const keys = (Object.keys(FACET_PARAMS) as FacetKey[]).filter((key) => values.includes(FACET_PARAMS[key]));
  if (keys.length < values.length) errors.push({ message: MESSAGES.expanded });
  return keys;
}

export type ParseResult = { request: SearchRequest; errors: InputError[] };

export function parseSearchRequest(raw: Raw, options: ParseOptions): ParseResult {
  const errors: InputError[] = [];
  let q = single(raw, 'q', errors, 'q') ?? '';
  if (q.length > MAX_QUERY_LENGTH) errors.push({ field: 'q', message: MESSAGES.queryTooLong });
  const ministries = list(raw, 'ministerium', errors);
  const topics = list(raw, 'thema', errors);
  const yearList = years(raw, errors);
  const { from, to } = dates(raw, errors, options.currentYear);
  const expanded = expandedFacets(raw, errors);

  const sortText = single(raw, 'sortierung', errors);
  const sortGiven = sortText !== undefined && sortText !== '';
  let sort: SortOrder = q === '' ? 'neueste' : 'relevanz';
  if (sortGiven) {
    if ((SORT_ORDERS as readonly string[]).includes(sortText)) sort = sortText as SortOrder;
    else errors.push({ message: MESSAGES.sort });
  }
  if (q === '' && sort === 'relevanz') sort = 'neueste';

  const pageText = single(raw, 'seite', errors);
  const page = pageText === undefined || pageText === '' ? 1 : integer(pageText, 1, MAX_PAGE);
  if (page === undefined) errors.push({ message: MESSAGES.page });

  let perPage = DEFAULT_PER_PAGE;
  if (options.allowPerPage) {
    const perPageText = single(raw, 'proSeite', errors);
    const parsed =
      perPageText === undefined || perPageText === '' ? DEFAULT_PER_PAGE : integer(perPageText, 1, MAX_PER_PAGE);
    if (parsed === undefined) errors.push({ message: MESSAGES.perPage });
    else perPage = parsed;
  }
  if (q.length > MAX_QUERY_LENGTH) q = q.slice(0, MAX_QUERY_LENGTH);
  return {
    request: { q, ministries, topics, years: yearList, from, to, sort, sortGiven, page: page ?? 1, perPage, expanded },
    errors,
  };
}

/** `ministerium` accepts the abbreviation or the full name (any case); values stay as given when unknown. */
export function canonicalMinistries(values: readonly string[], names: ReadonlyMap<string, string>): string[] {
  const byKey = new Map<string, string>();
  for (const [short, name] of names) {
    byKey.set(short.toLocaleLowerCase('de'), short);
    byKey.set(name.toLocaleLowerCase('de'), short);
  }
  return [...new Set(values.map((value) => byKey.get(value.toLocaleLowerCase('de')) ?? value))];
}
