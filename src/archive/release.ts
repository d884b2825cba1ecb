/**
 * The archive record: one press release ("Medieninformation", "Pressemitteilung").
 * Shared by ingest/ (writes it) and src/web (reads it). Field names are part of the JSON API.
 */
import type { BodyNode } from './body-structure.js';

export type SourceType = 'pdf' | 'html' | 'tiff' | 'png' | 'jpeg';

/** Pages of a source whose text was read by OCR (text recognition), with Tesseract's confidence (0–100). */
export interface SourceOcr {
  /** Each page read by OCR (numbered from 1) with its mean word confidence. */
  pages: Array<{ page: number; confidence: number }>;
  /** Mean confidence over those pages. */
  confidence: number;
}

/** One original file a release was extracted from. The preferred source (PDF, image, then HTML) comes first. */
export interface Source {
  type: SourceType;
  /** File name of the original as handed to ingest (base name, no folders). */
  filename: string;
  /** SHA-256 of the file's bytes, lower-case hex; also the key of the kept original in DATA_DIR. */
  sha256: string;
  bytes: number;
  /** Number of pages (PDF and TIFF). */
  pages?: number;
  /** Set when text of this source was read by OCR (a scanned PDF or an image file). */
  ocr?: SourceOcr;
  /**
   * Where this original was published (http/https only, through the link filter): given at ingest
   * (`--source-url`, a `quellen.csv` beside the file), else as the file says (canonical link,
   * og:url, the "saved from url" comment, a PDF's XMP metadata).
   */
  sourceUrl?: string;
  /**
   * The portal a release was published in when its exact address is not known (the one real
   * sample release, re-created by the project from its published text).
   */
  publishedIn?: { name: string; url: string };
}

/** The event a Medieneinladung invites to (ingest/classify/types/invitation-event.ts). */
export interface ReleaseEvent {
  /** ISO date YYYY-MM-DD, a day in Germany. */
  date: string;
  /** Local time in Germany (Europe/Berlin), HH:MM; absent when the release names none. */
  time?: string;
  /** The place as printed („Rathaus, Dr.-Külz-Ring 19, 01067 Dresden“). */
  place: string;
}

export interface Contact {
  name?: string;
  phone?: string;
  email?: string;
}

/** What extraction finds in one file: everything of a release except identity and provenance. */
export interface ParsedRelease {
  title: string;
  /** The title's language when it is not German (BCP 47: „en“, „fr“). */
  titleLang?: string;
  subtitle?: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  /** Canonical sender name (a ministry's current name, another authority, or "Sonstige"). */
  ministry: string;
  /** Abbreviation or short slug of the sender, e.g. "SMWK"; "sonstige" for unknown senders. */
  ministryShort: string;
  /** The sender's name as printed in the release, when it differs from the canonical one. */
  ministryPrinted?: string;
  /** Topic names from search-config/topics.json; at least one. */
  topics: string[];
  /**
   * The release type („Art“) from search-config/release-types.json: Medieninformation,
   * Medieneinladung, Polizeibericht, Rede, Interview, Sonstiges. Records ingested before
   * 2026-12-02.6 have none (no type is shown; `--rebuild` gives them one).
   */
  type?: string;
  /** A Medieneinladung's event, when its day and place were recognised. */
  event?: ReleaseEvent;
  contact: Contact;
  /** Lead paragraph (or first paragraph), used for snippets. */
  summary: string;
  /** Body paragraphs in order (without headline, contact block and boilerplate); a table row is one. */
  body: string[];
  /**
   * The body with its structure (paragraphs, headings, lists, tables, links), beside `body`.
   * Records ingested before 2026-12-02.4 have none: the page then shows `body`.
   */
  structuredBody?: BodyNode[];
  /**
   * Set when the body has no sensible reading order (a table-heavy statistics PDF whose cells came
   * out one by one): the page says so and points to the original instead of showing `body`, which
   * stays for the search.
   */
  noReadingVersion?: true;
  /** Footnotes that belong to the release (not boilerplate such as e-signature notices). */
  footnotes?: string[];
}

export interface Release extends ParsedRelease {
  /** Stable id: survives re-ingest and corrected files; joins the PDF and HTML of one release. */
  id: string;
  /** Days since 1970-01-01 (UTC) of `date`: numeric for range filters and sorting. */
  dateNum: number;
  year: number;
  sources: Source[];
  sample: boolean;
  /**
   * Sample releases only: true for invented sample data, false for a real release the project
   * re-created from its published text (listed in the sitemap, indexable). Sample records written
   * before it existed have none and count as invented.
   */
  invented?: boolean;
  /** ISO timestamp of the last ingest that changed this record. */
  ingestedAt: string;
  /**
   * The archivists' corrections of its metadata, oldest first (ingest/run/corrections.ts): when,
   * which fields, why — never the values extraction found, which may be what had to go.
   */
  corrections?: CorrectionNote[];
}

/** The fields a correction can change (ingest/store/corrections-store.ts). */
export const CORRECTABLE_FIELDS = [
  'title',
  'subtitle',
  'date',
  'sender',
  'topics',
  'type',
  'sourceUrl',
  'contact',
] as const;

export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** One correction as the public sees it. */
export interface CorrectionNote {
  /** ISO time of the correction. */
  at: string;
  fields: CorrectableField[];
  reason: string;
}

/**
 * An invented sample release (not a real statement of its sender): a sample not marked as the real
 * one. Sample records written before the mark existed count as invented.
 */
export function isInventedSample(release: Pick<Release, 'sample' | 'invented'>): boolean {
  return release.sample === true && release.invented !== false;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since the epoch for an ISO date, or undefined when it is not a real calendar date. */
export function isoDateToDayNumber(iso: string): number | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round(ms / 86_400_000);
}

/** Release ids are minted by ingest: lower-case letters, digits and hyphens only (safe in URLs and filters). */
export const RELEASE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;

export function isReleaseId(value: string): boolean {
  return RELEASE_ID_PATTERN.test(value);
}
