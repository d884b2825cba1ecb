/**
 * Runs a SearchPlan against the search service: a plain plan as one multi-search request, a
 * federated plan as one federated request per part (in parallel). Returns hits, total and the
 * facet counts with each selected facet's counts taken from its own disjunctive query.
 */
import type { FacetDistribution, Hits } from 'meilisearch';
import { facetByKey, type FacetKeyOf, type FacetRegistry } from './facets/facet-definition.js';
import { siteFacets, type Facets } from './facets/facet-registry.js';
import { hasSelection } from './facets/facet-selections.js';
import { meiliQueryText, readings, withReading, type QueryPart, type SearchPlan } from './search-query.js';
import { readQuery } from './query-reading.js';
import type { Release } from '../../archive/release.js';
import type { SearchRequest } from './search-request.js';
import type { SearchService } from '../search-service.js';
import { chooseCorrections, correctionCandidates, possiblyMisspelt, type Correction } from './spelling-suggestion.js';
import { readWords, type ReadingChoice, type WordReading } from './word-reading.js';

/** Value → number of hits, per facet key, in the registry's order. */
export type FacetCounts<R extends FacetRegistry = Facets> = Record<FacetKeyOf<R>, Record<string, number>>;

export interface SearchOutcome<R extends FacetRegistry = Facets> {
  total: number;
  /** How many of `total` contain every word of the query; absent when the plan did not count them (all do). */
  allWords?: number;
  hits: Hits<Release>;
  facets: FacetCounts<R>;
  /** A weak result's words and the words of the archive offered for them („Meinten Sie …?“); only when asked for. */
  corrections?: Correction[];
}

/** Each facet's counts from the hits query, those of a selected facet from its own count query. */
function facetCounts<R extends FacetRegistry>(
  facets: R,
  plan: SearchPlan<R>,
  main: FacetDistribution | undefined,
  counts: ReadonlyArray<FacetDistribution | undefined>,
): FacetCounts<R> {
  const result = {} as FacetCounts<R>;
  for (const facet of facets) result[facet.key as FacetKeyOf<R>] = main?.[facet.attribute] ?? {};
  plan.counts.forEach(({ facet }, i) => (result[facet] = counts[i]?.[facetByKey(facets, facet).attribute] ?? {}));
  return result;
}

function withoutFacets(part: QueryPart): Omit<QueryPart, 'facets'> {
  const { facets: _facets, ...rest } = part;
  return rest;
}

/** What Meilisearch says of the `words` ranking rule for a hit (showRankingScoreDetails). */
interface WordsDetail {
  matchingWords?: number;
  maxMatchingWords?: number;
}

function wordsDetail(hit: object): WordsDetail | undefined {
  return (hit as { _rankingScoreDetails?: { words?: WordsDetail } })._rankingScoreDetails?.words;
}

/**
 * The number of hits with every word, read from one page of hits in relevance order (the index's
 * first ranking rule without a sort is `words`, so the hits with every word come first, and they are
 * exactly those a search with `matchingStrategy: 'all'` finds); undefined when the page cannot tell
 * (every hit of a full page has every word, a later page begins with a hit short of a word, or is empty).
 */
export function allWordsFromPage(hits: readonly object[], offset: number, total: number): number | undefined {
  // A page past the last hit tells nothing.
  if (hits.length === 0) return offset === 0 ? 0 : undefined;
  const details = hits.map(wordsDetail);
  if (details.some((d) => d?.matchingWords === undefined || d.maxMatchingWords === undefined)) return undefined;
  const short = details.findIndex((d) => d!.matchingWords! < d!.maxMatchingWords!);
  if (short > 0 || (short === 0 && offset === 0)) return offset + short;
  if (short === 0) return undefined;
  // Every hit shown has every word: all hits do when the page is the last, or the query has one word.
  if (offset + hits.length >= total || details[0]?.maxMatchingWords === 1) return total;
  return undefined;
}

/** The hits without the ranking details asked for to read the all-words count. */
function withoutDetails(hits: Hits<Release>): Hits<Release> {
  return hits.map(({ _rankingScoreDetails: _details, ...hit }) => hit) as Hits<Release>;
}

async function runPlain<R extends FacetRegistry>(
  service: SearchService,
  plan: SearchPlan<R>,
  facets: R,
): Promise<SearchOutcome<R>> {
  const hitsPerPage = plan.limit;
  const page = plan.offset / plan.limit + 1;
  const results = await service.multiSearch([
    // With an all-words count to make, the ranking details tell it for most pages (allWordsFromPage).
    { ...plan.hits, page, hitsPerPage, ...(plan.allWords ? { showRankingScoreDetails: true } : {}) },
    ...plan.counts.map(({ part }) => ({ ...part, hitsPerPage: 0 })),
  ]);
  const [main, ...counts] = results;
  const total = main?.totalHits ?? 0;
  const hits = main?.hits ?? [];
  let allWords: number | undefined;
  if (plan.allWords) {
    allWords = allWordsFromPage(hits, plan.offset, total);
    // Only a page whose hits all have every word, with more hits after it, needs the count.
    if (allWords === undefined) {
      const [count] = await service.multiSearch([{ ...withoutFacets(plan.allWords), hitsPerPage: 0 }]);
      allWords = count?.totalHits ?? 0;
    }
  }
  return {
    total,
    ...(allWords !== undefined ? { allWords: Math.min(total, allWords) } : {}),
    hits: plan.allWords ? withoutDetails(hits) : hits,
    facets: facetCounts(
      facets,
      plan,
      main?.facetDistribution,
      counts.map((c) => c.facetDistribution),
    ),
  };
}

async function runFederated<R extends FacetRegistry>(
  service: SearchService,
  plan: SearchPlan<R>,
  facets: R,
): Promise<SearchOutcome<R>> {
  const run = (part: QueryPart, offset: number, limit: number) =>
    service.federatedSearch(readings(withoutFacets(part), plan.germanWeight), {
      offset,
      limit,
      facets: part.facets,
    });
  const [main, allWords, ...counts] = await Promise.all([
    run(plan.hits, plan.offset, plan.limit),
    plan.allWords ? run(plan.allWords, 0, 0) : undefined,
    ...plan.counts.map(({ part }) => run(part, 0, 0)),
  ]);
  return {
    total: main!.total,
    // At most the total: the two counts come from two searches of an index that may change between them.
    ...(allWords ? { allWords: Math.min(main!.total, allWords.total) } : {}),
    hits: main!.hits,
    facets: facetCounts(
      facets,
      plan,
      main!.facetDistribution,
      counts.map((c) => c!.facetDistribution),
    ),
  };
}

/**
 * How the word list reads a query text (word-reading.ts); undefined: no list, read both ways. With
 * `suggest`, the similar words of the words that may be misspelt are asked for at once (beside the
 * search), for the suggestion of a weak result.
 */
async function readText(service: SearchService, text: string, suggest = false): Promise<WordReading | undefined> {
  return service.wordList
    ? readWords(
        text,
        (words) => service.wordCounts(words),
        (words) => service.similarWords(words),
        suggest ? (counts) => possiblyMisspelt(text, counts) : undefined,
      )
    : undefined;
}

/** The reading of a query text the word list chooses; undefined: read both ways. */
async function chooseReading(service: SearchService, text: string): Promise<ReadingChoice | undefined> {
  return (await readText(service, text))?.choice;
}

export interface RunOptions {
  /** Look up spelling suggestions for a weak result (spelling-suggestion.ts): the results page and the API. */
  suggest?: boolean;
}

/**
 * `facets`: the registry the plan was made from. The word list chooses how a text is read; the plain
 * reading, which most queries get, is sent at the same time as the lookup (one turn of the fair queue
 * for the page, and no lookup before the search), and sent again read otherwise only when the list
 * says so: a word the archive lacks that splits into known words, a spelling replaced, or no list.
 * With `suggest`, a query with a word the list lacks or knows from few releases gets one more lookup,
 * of similar words, sent as soon as the counts are known and answered while the search runs (never
 * for a query whose words the list knows from many releases); a weak result offers a suggestion from it.
 */
export async function runSearch<R extends FacetRegistry = Facets>(
  service: SearchService,
  plan: SearchPlan<R>,
  facets: R = siteFacets(),
  { suggest = false }: RunOptions = {},
): Promise<SearchOutcome<R>> {
  const run = (read: SearchPlan<R>) =>
    read.federated ? runFederated(service, read, facets) : runPlain(service, read, facets);
  if (plan.hits.q.trim() === '' || !service.wordList) return run(plan);
  const plain = withReading(plan, { reading: 'plain', text: plan.hits.q });
  const asPlain = run(plain);
  // Settled below in every case; not left to reject unobserved while the lookup runs.
  asPlain.catch(() => undefined);
  const reading = await readText(service, plan.hits.q, suggest);
  const choice = reading?.choice;
  const read = withReading(plan, choice);
  const outcome =
    (choice?.reading === 'plain' && choice.text === plan.hits.q) ||
    (plain.federated === read.federated && sameText(plain, read))
      ? await asPlain
      : await run(read);
  return suggest && reading ? withCorrections(service, plan.hits.q, reading, outcome) : outcome;
}

/** `outcome` with the spelling suggestions of its query's words, when it is weak and a word may be misspelt. */
async function withCorrections<R extends FacetRegistry>(
  service: SearchService,
  text: string,
  reading: WordReading,
  outcome: SearchOutcome<R>,
): Promise<SearchOutcome<R>> {
  const candidates = correctionCandidates(text, reading.counts, outcome.total);
  if (candidates.length === 0) return outcome;
  const asked = await reading.similar;
  const similar = asked && candidates.every((word) => asked.has(word)) ? asked : await service.similarWords(candidates);
  const corrections = similar ? chooseCorrections(candidates, similar, reading.counts, outcome.total) : [];
  return corrections.length > 0 ? { ...outcome, corrections } : outcome;
}

function sameText<R extends FacetRegistry>(a: SearchPlan<R>, b: SearchPlan<R>): boolean {
  return a.hits.q === b.hits.q && a.hits.locales?.join() === b.hits.locales?.join();
}

export function hasFilters<R extends FacetRegistry = Facets>(
  request: SearchRequest<R>,
  facets: R = siteFacets(),
): boolean {
  return hasSelection(request, facets) || request.from.input !== '' || request.to.input !== '';
}

/** Number of hits of a query without any filter (for the "no hits" advice). */
export async function countHits(service: SearchService, q: string): Promise<number> {
  if (q === '') return (await service.search('', { limit: 0 })).estimatedTotalHits ?? 0;
  const choice = await chooseReading(service, readQuery(meiliQueryText(q)).text);
  const text = choice?.text ?? readQuery(meiliQueryText(q)).text;
  if (choice?.reading === 'plain')
    return (await service.search(text, { locales: ['eng'], limit: 0 })).estimatedTotalHits ?? 0;
  return (
    await service.federatedSearch(readings({ q: text, attributesToRetrieve: [] }), { offset: 0, limit: 0, facets: [] })
  ).total;
}
