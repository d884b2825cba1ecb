/**
 * The format-neutral result of the PDF and HTML extractors, and the input of the release parser:
 * text blocks in reading order plus hints taken from metadata.
 */
import type { TableCell, TextRun } from '../../src/archive/body-structure.js';
import type { SourceOcr, SourceType } from '../../src/archive/release.js';

/** heading: larger type or an HTML heading; small: smaller type (footnotes, small print). */
export type BlockKind = 'heading' | 'paragraph' | 'small';

/** What an image's text starts with on the release page („Bild: …“). */
export const IMAGE_LABEL = 'Bild:';

export interface TextBlock {
  kind: BlockKind;
  /** The block as one line of text (wrapped lines joined, end-of-line hyphenation repaired). */
  text: string;
  /** The block's lines as printed (PDF lines, or HTML lines separated by <br>). */
  lines: string[];
  /** HTML heading level 1–6 (headings only). */
  level?: number;
  /**
   * The rank of a heading the source marks by its type rather than an element (a whole paragraph
   * in bold, a PDF line in larger type): 1 is the most prominent. Ranks of one document compare.
   */
  rank?: number;
  /** The text with its links, when it has any (the runs' texts joined are `text`). */
  runs?: TextRun[];
  /** An item of a list: consecutive items with the same `id` form one list. */
  list?: { id: number; ordered: boolean };
  /** An image's alternative text and caption as text („Bild: …“): never boilerplate, never the title. */
  image?: true;
  /** A data table: `lines` holds its rows as text („Zelle | Zelle“), `text` them joined. */
  table?: { caption?: string; rows: TableCell[][] };
}

export interface DocumentHints {
  /** Title from metadata (og:title, DC.title, <title>, PDF Title): used when the text has no headline. */
  title?: string;
  /** ISO date from metadata (meta date, <time>, article:published_time, DC.date). */
  date?: string;
  /** Where `date` came from, for warnings ("meta date", "og:article:published_time" …). */
  dateSource?: string;
  /** ISO date of last resort (PDF CreationDate): used only when nothing else names a date. */
  fallbackDate?: string;
  /** Running header/footer lines of a PDF (a letterhead names the sender). */
  letterhead?: string[];
  /** Metadata that may name the sender: publisher / author / site name meta, <title> parts. */
  senders: string[];
  /**
   * Where the original was published, from the file itself (canonical link, og:url, the "saved
   * from url" comment, a PDF's XMP metadata), already through the link filter.
   */
  sourceUrl?: string;
}

export interface ExtractedDocument {
  type: SourceType;
  blocks: TextBlock[];
  hints: DocumentHints;
  /** Number of pages (PDF and TIFF). */
  pages?: number;
  /** The pages read by OCR and its confidence. */
  ocr?: SourceOcr;
  warnings: string[];
}
