/** One hit of the result list: plain fields for Handlebars to escape, the snippet with highlight sentinels. */
import type { Hit } from 'meilisearch';
import { isInventedSample, type Release } from '../../archive/release.js';
import { formatDate } from './german-format.js';
import { releaseUrl } from './search-url.js';
import { TEXT } from '../texts/site-texts.js';

export interface ResultItem {
  id: string;
  url: string;
  title: string;
  subtitle?: string;
  date: string;
  dateText: string;
  ministry: string;
  ministryShort: string;
  topics: string[];
  /** The release type („Art“); absent on records from before the types. */
  type?: string;
  topicsLabel: string;
  topicsText: string;
  /** Cropped summary; matched words between the highlight sentinels (see highlight.ts). */
  snippet: string;
  /** An invented sample release (isInventedSample). */
  invented: boolean;
  /** „Beispieldaten – keine echte Mitteilung“ on an invented sample release. */
  sampleLabel?: string;
}

export function resultItem(hit: Hit<Release>, base: string): ResultItem {
  const formatted = hit._formatted as Partial<Record<keyof Release, unknown>> | undefined;
  const snippet = typeof formatted?.summary === 'string' ? formatted.summary : (hit.summary ?? '');
  return {
    id: hit.id,
    url: releaseUrl(base, hit.id),
    title: hit.title,
    ...(hit.subtitle ? { subtitle: hit.subtitle } : {}),
    date: hit.date,
    dateText: formatDate(hit.date),
    ministry: hit.ministry,
    ministryShort: hit.ministryShort,
    topics: hit.topics ?? [],
    ...(hit.type ? { type: hit.type } : {}),
    topicsLabel: TEXT.topicsLabel,
    topicsText: (hit.topics ?? []).join(', '),
    snippet,
    invented: isInventedSample(hit),
    ...(isInventedSample(hit) ? { sampleLabel: TEXT.sampleLabel } : {}),
  };
}
