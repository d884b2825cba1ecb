/**
 * The facets of the search page, each defined once, in their order on the page (which is also the
 * order of their URL parameters, filters and counts, and of the API's `facets`). Request parsing,
 * filters, facet distributions, facet groups, active filters, links and the JSON API all read this
 * list; the kind of a facet (text-facet.ts, sender-facet.ts, integer-facet.ts) says how its values
 * are read, filtered, shown and ordered.
 *
 * Adding a facet: add its definition here (of a kind in this folder, or of a new kind next to them),
 * give the record its field (src/archive/release.ts, and search-document.ts if the document differs)
 * and make the attribute filterable in search-config/index-settings.json. No other code changes (the
 * help pages, views/pages/search-help.hbs and leichte-sprache.hbs, name the filters in their text).
 *
 * The date range („Von“/„Bis“) is a filter but not a facet and is not listed here: it is one range,
 * not a set of values, so it has no counts, no facet distribution and no disjunctive count query; its
 * two fields belong to the form (their errors link to them from the error summary) and keep the text
 * as typed. As a kind of its own it would share only "URL parameter → filter" with the facets, and
 * every reader of this list would have to skip it. It stays in search-request.ts (parsing),
 * search-filter.ts (its two comparisons), search-url.ts (`von`, `bis`) and active-filters.ts.
 */
import { MAX_YEAR, MIN_YEAR } from '../german-date-range.js';
import { defineRegistry, type FacetKeyOf, type FacetRegistry } from './facet-definition.js';
import { integerFacet } from './integer-facet.js';
import { senderFacet } from './sender-facet.js';
import { textFacet } from './text-facet.js';
import { typeFacet } from './type-facet.js';

/** The sender of a release (called „Behörde“ on the site: most senders are not ministries). */
export const SENDER_FACET = senderFacet({
  key: 'ministry',
  field: 'ministries',
  param: 'ministerium',
  attribute: 'ministryShort',
  legend: 'Behörde',
  showAll: (n) => `Alle ${n} Behörden anzeigen`,
  // Senders have no fixed list (patterns in search-config/ministries.json make new ones): Berlin's
  // corpus has 71, a Saxon archive about 20; every one of them can be ticked.
  maxValues: 200,
});

export const TOPIC_FACET = textFacet({
  key: 'topic',
  field: 'topics',
  param: 'thema',
  attribute: 'topics',
  legend: 'Thema',
  showAll: (n) => `Alle ${n} Themen anzeigen`,
  // search-config/topics.json has 20 topics.
  maxValues: 50,
});

/** The release type („Medieneinladung“, „Rede“ …): search-config/release-types.json. */
export const TYPE_FACET = typeFacet({
  key: 'type',
  field: 'types',
  param: 'art',
  attribute: 'type',
  legend: 'Art',
  showAll: (n) => `Alle ${n} Arten anzeigen`,
});

export const YEAR_FACET = integerFacet({
  key: 'year',
  field: 'years',
  param: 'jahr',
  attribute: 'year',
  legend: 'Jahr',
  showAll: (n) => `Alle ${n} Jahre anzeigen`,
  min: MIN_YEAR,
  max: MAX_YEAR,
  invalid: `„jahr“ muss eine Jahreszahl von ${MIN_YEAR} bis ${MAX_YEAR} sein.`,
});

export const FACETS = defineRegistry([SENDER_FACET, TOPIC_FACET, TYPE_FACET, YEAR_FACET]);

export type Facets = typeof FACETS;
export type FacetKey = FacetKeyOf<Facets>;

/**
 * FACETS as the registry type of a generic function's caller: the default of every `facets`
 * parameter. R is Facets unless the caller passes a registry of its own.
 */
export function siteFacets<R extends FacetRegistry>(): R {
  return FACETS as FacetRegistry as R;
}
