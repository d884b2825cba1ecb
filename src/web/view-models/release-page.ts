/** The release page: record fields as display values, body structure, provenance and similar releases. */
import type { Hit } from 'meilisearch';
import { stripControls } from '../../archive/control-characters.js';
import {
  isInventedSample,
  type CorrectionNote,
  type Release,
  type ReleaseEvent,
  type Source,
  type SourceOcr,
} from '../../archive/release.js';
import { CALENDAR_FILE } from './release-calendar.js';
import { displayAddress, safeHref } from '../../archive/safe-link.js';
import { bodyBlocks } from './body-blocks.js';
import { bodyView, footnoteId, footnoteMarkId, langOf, type BodyBlockView } from './body-view.js';
import { formatBytes, formatDate, formatDay, formatNumber, formatTimestamp } from './german-format.js';
import { EMPTY_STATE, releaseUrl, searchUrl } from './search-url.js';
import { TEXT, titleOf } from '../texts/site-texts.js';

export interface SourceView {
  filename: string;
  typeLabel: string;
  pages?: string;
  /** "47,1 KB (48.213 Byte)", or just "1.000 Byte" for small files. */
  sizeText: string;
  sha256: string;
  url: string;
  downloadLabel: string;
  /** The pages read by OCR and the mean confidence, as a sentence ("Seite 2, mittlere …"). */
  ocrText?: string;
}

export interface ContactView {
  name?: string;
  phone?: string;
  phoneHref?: string;
  email?: string;
  emailHref?: string;
}

/** What a sample release is: invented, or a real release re-created from its published text. */
export interface SampleNotice {
  label: string;
  /** The portal a real release was published in, as a link with its address beside it. */
  portal?: { before: string; name: string; url: string; address: string; after: string };
  text?: string;
}

export interface ReleasePage {
  base: string;
  pageTitle: string;
  title: string;
  /** The title's language when it is not German. */
  titleLang?: string;
  subtitle?: string;
  date: string;
  dateText: string;
  ministry: string;
  ministryUrl: string;
  ministryPrinted?: string;
  topics: Array<{ label: string; url: string }>;
  /** The release type („Art“), linking to its filter; records from before the types have none. */
  type?: { label: string; url: string };
  /** A Medieneinladung's event: day, time and place in words, and its .ics download. */
  event?: { text: string; icsUrl: string };
  contact?: ContactView;
  blocks: BodyBlockView[];
  /** Instead of the body, when the document has no sensible reading version. */
  readingNotice?: string;
  /** The notes, each with its id and, when its mark is linked in the text, a link back to the mark. */
  footnotes: Array<{ text: string; id: string; back?: { href: string; context: string } }>;
  /** The preferred original; its file name is hidden context (with two originals, which one it is). */
  original?: { url: string; label: string; filename: string };
  /** Set on sample releases: „Beispieldaten – keine echte Mitteilung.“, or where the real one was published. */
  sampleNotice?: SampleNotice;
  /** Where the originals were published (their source addresses, each once): „Veröffentlicht unter …“. */
  publishedAt: string[];
  /** The archivists' corrections of the metadata, oldest first: when, which fields, why. */
  corrections: Array<{ when: string; fields: string; reason: string }>;
  /** Set when the text shown was read by OCR from a scan: „Text durch Texterkennung gewonnen …“. */
  ocrNotice?: string;
  provenance?: { multiple: boolean; ingestedText: string; sources: SourceView[] };
  similarHeading: string;
  similar: Array<{
    url: string;
    title: string;
    date: string;
    dateText: string;
    ministry: string;
    sampleLabel?: string;
  }>;
}

function sourceView(source: Source, release: Release, base: string): SourceView {
  const typeLabel = TEXT.sourceTypes[source.type] ?? source.type;
  const size = formatBytes(source.bytes);
  return {
    // A file name may hold a right-to-left override that would show it reversed ("exe.pdf" for "fdp.exe").
    filename: stripControls(source.filename),
    typeLabel,
    ...(source.pages ? { pages: formatNumber(source.pages) } : {}),
    sizeText: source.bytes < 1024 ? size : `${size} (${formatNumber(source.bytes)} Byte)`,
    sha256: source.sha256,
    url: `${releaseUrl(base, release.id)}/original/${source.sha256}`,
    downloadLabel: TEXT.downloadOriginal(typeLabel, size),
    ...(source.ocr ? { ocrText: ocrText(source.ocr) } : {}),
  };
}

/** "Seite 1–2, mittlere Erkennungssicherheit 94 %". */
function ocrText(ocr: SourceOcr): string {
  const pages = ocr.pages.map((p) => p.page).sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    const start = pages[i]!;
    while (i + 1 < pages.length && pages[i + 1] === pages[i]! + 1) i++;
    ranges.push(start === pages[i] ? formatNumber(start) : `${formatNumber(start)}–${formatNumber(pages[i]!)}`);
  }
  return TEXT.provenance.ocrPages(ranges.join(', '), formatNumber(ocr.confidence));
}

/** A real sample names the portal of its sources; a sample without the mark counts as invented. */
function sampleNotice(release: Release): SampleNotice | undefined {
  if (!release.sample) return undefined;
  const portal = release.sources?.find((s) => s.publishedIn)?.publishedIn;
  const url = portal && safeHref(portal.url, undefined, 'web');
  if (isInventedSample(release) || !portal || !url) return { ...TEXT.release.inventedSample };
  const { label, before, after } = TEXT.release.recreatedSample;
  return { label, portal: { before, name: portal.name, url, address: displayAddress(url), after } };
}

/** „Dienstag, 3. Juni 2026, 10:30 Uhr – Rathaus Dresden“ */
function eventView(event: ReleaseEvent, icsUrl: string): { text: string; icsUrl: string } {
  const day = new Date(`${event.date}T12:00:00Z`).toLocaleDateString('de-DE', { weekday: 'long', timeZone: 'UTC' });
  const when = `${day}, ${formatDate(event.date)}${event.time ? `, ${event.time} Uhr` : ''}`;
  return { text: `${when} – ${event.place}`, icsUrl };
}

/** „Metadaten korrigiert am 2. Dezember 2026: Datum, Behörde.“ and the reason; never the old values. */
export function correctionViews(notes: readonly CorrectionNote[] = []): ReleasePage['corrections'] {
  const names = TEXT.release.correctableFields;
  return notes.map((note) => ({
    when: TEXT.release.corrected(formatDay(note.at)),
    fields: `${note.fields.map((field) => names[field] ?? field).join(', ')}.`,
    reason: note.reason,
  }));
}

function contactView(release: Release): ContactView | undefined {
  const { name, phone, email } = release.contact ?? {};
  if (!name && !phone && !email) return undefined;
  return {
    ...(name ? { name } : {}),
    ...(phone ? { phone, phoneHref: `tel:${phone.replace(/[^\d+]/g, '')}` } : {}),
    ...(email ? { email, emailHref: `mailto:${email}` } : {}),
  };
}

export function releasePage(release: Release, similar: ReadonlyArray<Hit<Release>>, base: string): ReleasePage {
  const sources = (release.sources ?? []).map((s) => sourceView(s, release, base));
  const contact = contactView(release);
  const preferred = sources[0];
  const titleLang = langOf(release.titleLang).lang;
  const footnotes = (release.footnotes ?? []).filter((note) => typeof note === 'string');
  const linked = new Set<number>();
  // Records ingested before the structured body existed are shown from their plain paragraphs.
  const blocks = release.noReadingVersion
    ? []
    : bodyView(release.structuredBody ?? bodyBlocks(release.body ?? []), footnotes.length, linked);
  return {
    base,
    pageTitle: titleOf(release.title),
    title: release.title,
    ...(titleLang ? { titleLang } : {}),
    ...(release.subtitle ? { subtitle: release.subtitle } : {}),
    date: release.date,
    dateText: formatDate(release.date),
    ministry: release.ministry,
    ministryUrl: searchUrl(base, EMPTY_STATE, { ministries: [release.ministryShort] }),
    ...(release.ministryPrinted && release.ministryPrinted !== release.ministry
      ? { ministryPrinted: release.ministryPrinted }
      : {}),
    topics: (release.topics ?? []).map((t) => ({ label: t, url: searchUrl(base, EMPTY_STATE, { topics: [t] }) })),
    ...(release.type
      ? { type: { label: release.type, url: searchUrl(base, EMPTY_STATE, { types: [release.type] }) } }
      : {}),
    ...(release.event ? { event: eventView(release.event, `${releaseUrl(base, release.id)}/${CALENDAR_FILE}`) } : {}),
    ...(contact ? { contact } : {}),
    ...(release.sample ? { sampleNotice: sampleNotice(release) } : {}),
    blocks,
    ...(release.noReadingVersion ? { readingNotice: TEXT.release.noReadingVersion } : {}),
    footnotes: footnotes.map((text, i) => ({
      text,
      id: footnoteId(i + 1),
      ...(linked.has(i + 1)
        ? { back: { href: `#${footnoteMarkId(i + 1)}`, context: TEXT.release.footnoteBackContext(i + 1) } }
        : {}),
    })),
    ...(preferred
      ? {
          original: {
            url: `${releaseUrl(base, release.id)}/original`,
            label: preferred.downloadLabel,
            filename: preferred.filename,
          },
        }
      : {}),
    // Filtered again, as links of the body are: the record may come from an older ingest or elsewhere.
    publishedAt: [
      ...new Set(
        (release.sources ?? []).flatMap((s) => {
          const safe = s.sourceUrl === undefined ? undefined : safeHref(s.sourceUrl, undefined, 'web');
          return safe === undefined ? [] : [safe];
        }),
      ),
    ],
    corrections: correctionViews(release.corrections),
    // The text comes from the first source (record-builder.ts); it was read by OCR when that source was.
    ...(release.sources?.[0]?.ocr ? { ocrNotice: TEXT.release.ocrNotice } : {}),
    ...(sources.length > 0
      ? { provenance: { multiple: sources.length > 1, ingestedText: formatTimestamp(release.ingestedAt), sources } }
      : {}),
    similarHeading: TEXT.similarHeading,
    similar: similar.map((hit) => ({
      url: releaseUrl(base, hit.id),
      title: hit.title,
      date: hit.date,
      dateText: formatDate(hit.date),
      ministry: hit.ministry,
      ...(isInventedSample(hit) ? { sampleLabel: TEXT.sampleLabel } : {}),
    })),
  };
}
