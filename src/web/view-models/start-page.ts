/** The start page: search field, ministries and topics with counts (links into the search), newest releases. */
import type { Hit } from 'meilisearch';
import { isInventedSample, type Release } from '../../archive/release.js';
import { ministryAbbreviation, ministryLabel } from '../search/facets/sender-facet.js';
import { withAbbreviation } from './facet-groups.js';
import { formatDate, formatNumber } from './german-format.js';
import { EMPTY_STATE, feedUrl, releaseUrl, searchUrl } from './search-url.js';
import { SITE_NAME, TEXT } from '../texts/site-texts.js';

export interface StartData {
  total: number;
  /** Invented sample releases in the archive: the start page says so when there are any. */
  inventedSamples: number;
  ministries: Record<string, number>;
  topics: Record<string, number>;
  newest: Array<Hit<Release>>;
}

interface FacetLink {
  label: string;
  count: string;
  unit: string;
  url: string;
}

function byLabel(a: FacetLink, b: FacetLink): number {
  return a.label.localeCompare(b.label, 'de');
}

export function startPage(data: StartData, names: ReadonlyMap<string, string>, base: string) {
  return {
    base,
    pageTitle: `${SITE_NAME} – ${TEXT.searchHeading}`,
    heading: TEXT.searchHeading,
    totalText: formatNumber(data.total),
    ...(data.inventedSamples > 0
      ? { samplesNotice: TEXT.start.samplesNotice(formatNumber(data.inventedSamples), data.inventedSamples === 1) }
      : {}),
    form: {
      action: `${base}/suche`,
      query: { id: 'q', name: 'q', label: TEXT.queryLabel, value: '' },
      buttonText: TEXT.searchButton,
    },
    ministries: Object.entries(data.ministries)
      .map(([short, count]) => ({
        label: ministryLabel(short, names),
        ...withAbbreviation(ministryAbbreviation(short, names)),
        count: formatNumber(count),
        unit: TEXT.countUnit(count),
        url: searchUrl(base, EMPTY_STATE, { ministries: [short] }),
      }))
      .sort(byLabel),
    topics: Object.entries(data.topics)
      .map(([topic, count]) => ({
        label: topic,
        count: formatNumber(count),
        unit: TEXT.countUnit(count),
        url: searchUrl(base, EMPTY_STATE, { topics: [topic] }),
      }))
      .sort(byLabel),
    newest: data.newest.map((hit) => ({
      url: releaseUrl(base, hit.id),
      title: hit.title,
      date: hit.date,
      dateText: formatDate(hit.date),
      ministry: hit.ministry,
      ...(isInventedSample(hit) ? { sampleLabel: TEXT.sampleLabel } : {}),
    })),
    allUrl: `${base}/suche`,
    /** The feed of all releases: a visible link and <link rel="alternate"> in the layout. */
    feed: { url: feedUrl(base, EMPTY_STATE), label: TEXT.feed.subscribeAll },
    helpUrl: `${base}/suchhilfe`,
    easyLanguageUrl: `${base}/leichte-sprache`,
    accessibilityUrl: `${base}/barrierefreiheit`,
  };
}
