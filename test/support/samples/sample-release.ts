/**
 * A press release as data: the input of the sample renderers (PDF and HTML) and of the corpus
 * generator. Independent of the archive record (`src/archive/release.ts`): this is what a ministry
 * publishes, not what the archive extracts.
 */

export type SampleFormat = 'pdf' | 'html';

export interface SampleContact {
  /** Press officer as printed, e.g. "Mareike Sommer". */
  name: string;
  /** As printed after "Telefon", e.g. "+49 351 564 10421". */
  phone: string;
  /** E-mail address, e.g. "mareike.sommer@sk.sachsen.de". */
  email: string;
}

export interface SampleRelease {
  /** Stable key and base of the file names: "YYYY-MM-DD-<sender>-<slug>", lower-case ASCII. */
  key: string;
  /** Sender exactly as printed: the name the ministry or authority had on that date. */
  sender: string;
  /** Abbreviation of the sender as printed, e.g. "SMWK", "SMEKUL", "PD Leipzig". */
  senderShort: string;
  /** Publication date, ISO YYYY-MM-DD. */
  date: string;
  /** Place in the HTML dateline ("Dresden, 2. Juni 2026"); "Dresden" when absent. */
  place?: string;
  /** Headline. */
  title: string;
  /** Sub-headline. */
  subtitle?: string;
  contact: SampleContact;
  /** Body paragraphs, plain text without markup, in order. */
  body: string[];
  /** Footnotes that belong to the release (the e-signature notice is layout, not data). */
  footnotes?: string[];
  /** Formats in which the release is published; both = one release, two files. */
  formats: SampleFormat[];
  /** Expected topics (German names), a hint for classification tests. */
  topics: string[];
  /**
   * Compounds with allowed break points, e.g. "Forschungs|ein|rich|tungen": the PDF renderer may
   * hyphenate these words at line ends (as word processors do).
   */
  hyphenation?: string[];
  /** Provenance of a real (not invented) release. Absent for invented sample data. */
  source?: string;
  /**
   * A real release: the portal it was published in (its start page; the release's own address is
   * not known, and none is invented). Written to the manifest; invented samples are marked there.
   */
  publishedIn?: { name: string; url: string };
}
