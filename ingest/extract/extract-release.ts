/**
 * The extraction layer of ingest: one file's bytes → one structured release. Pure (bytes in, result
 * out; the only state is the vocabularies, loaded once per process or worker thread), so it can run
 * in a worker pool. Failures are ExtractionErrors with a stable code and an English message.
 */
import type { ParsedRelease, SourceOcr, SourceType } from '../../src/archive/release.js';
import { ExtractionError } from './extraction-error.js';
import type { ExtractedDocument } from './extracted-document.js';
import { extractHtml } from './html/html-extractor.js';
import { extractImage } from './image/image-extractor.js';
import type { OcrSupply } from './ocr/ocr-page.js';
import { extractPdf } from './pdf/pdf-extractor.js';
import { sniffType } from './sniff-type.js';
import type { SenderEvidence } from '../classify/senders/sender-matching.js';
import { parseRelease, type ParserVocabularies } from '../parse/release-parser.js';
import { classifyRelease, UNKNOWN_SENDER_WARNING } from '../classify/release-classification.js';
import { loadDefaultVocabularies } from '../classify/vocabularies.js';

export { ExtractionError, type ExtractionErrorCode } from './extraction-error.js';
export { OcrNeededError } from './ocr/ocr-needed-error.js';
export type { ParserVocabularies } from '../parse/release-parser.js';

/**
 * Changes whenever extraction results for the same bytes may change (parser rules, vocabularies'
 * format): a cache of extraction results should be keyed by it.
 */
export const EXTRACTOR_VERSION = '2026-12-03.14';

export interface ExtractionResult {
  /** The type found in the content (not the file name). */
  type: SourceType;
  release: ParsedRelease;
  /** Number of pages (PDF and TIFF). */
  pages?: number;
  /** The pages read by OCR and its confidence (scanned PDFs and images). */
  ocr?: SourceOcr;
  /** Where the file says it was published (canonical link, og:url, saved-from comment, XMP), filtered. */
  sourceUrl?: string;
  /** Things a person may want to check (repaired encoding, date from metadata, unknown sender …). */
  warnings: string[];
  /** The texts the sender was recognised from: lets `applyVocabularies` classify a cached result again. */
  senderEvidence?: SenderEvidence[];
}

export interface ExtractOptions {
  /** Vocabularies to use instead of search-config/ministries.json and topics.json. */
  vocabularies?: ParserVocabularies;
  /** Stop PDF text extraction after this many milliseconds (checked between pages). Default 60 s. */
  timeoutMs?: number;
  /**
   * OCR results of this file's scanned pages read so far (none at first). When a page that needs
   * OCR is missing, extraction throws an `OcrNeededError` naming the pages. Absent: OCR is off, and
   * scans fail (`no-text-layer`) or their pages are left out with a warning.
   */
  ocr?: OcrSupply;
}

const extensionOf = (filename: string): string => /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';

async function extractDocument(
  bytes: Uint8Array,
  filename: string,
  timeoutMs: number,
  ocr: OcrSupply | undefined,
): Promise<ExtractedDocument> {
  const sniffed = sniffType(bytes);
  if (sniffed.type === 'empty')
    throw new ExtractionError('empty-file', `empty file (${bytes.length} bytes, no content)`);
  if (sniffed.type === 'unsupported') {
    throw new ExtractionError(
      'unsupported-type',
      `unsupported type: ${sniffed.description} (only PDF, HTML and scanned TIFF, PNG or JPEG images can be ingested)`,
    );
  }
  if (sniffed.type === 'image') return extractImage(bytes, sniffed.format, ocr);
  const extension = extensionOf(filename);
  const mismatch =
    (sniffed.type === 'html' && extension === 'pdf') ||
    (sniffed.type === 'pdf' && ['html', 'htm', 'xhtml'].includes(extension));
  const doc =
    sniffed.type === 'pdf'
      ? await extractPdf(bytes, { deadline: Date.now() + timeoutMs, ...(ocr ? { ocr } : {}) })
      : extractHtml(bytes);
  if (mismatch)
    doc.warnings.unshift(
      `file is named .${extension} but contains ${sniffed.type.toUpperCase()}; extracted as ${sniffed.type.toUpperCase()}`,
    );
  return doc;
}

export async function extractRelease(
  bytes: Buffer,
  filename: string,
  options: ExtractOptions = {},
): Promise<ExtractionResult> {
  const doc = await extractDocument(bytes, filename, options.timeoutMs ?? 60_000, options.ocr);
  const { release, warnings, senderEvidence } = parseRelease(doc, options.vocabularies ?? loadDefaultVocabularies());
  const result: ExtractionResult = {
    type: doc.type,
    release,
    warnings: [...doc.warnings, ...warnings],
    senderEvidence,
  };
  if (doc.pages !== undefined) result.pages = doc.pages;
  if (doc.ocr) result.ocr = doc.ocr;
  if (doc.hints.sourceUrl) result.sourceUrl = doc.hints.sourceUrl;
  return result;
}

/**
 * Sender and topics of an earlier result again, with the current vocabularies: for extraction
 * results taken from a cache after search-config/ministries.json or topics.json changed.
 * Results without sender evidence keep their sender; their topics are assigned again.
 */
export function applyVocabularies(
  result: ExtractionResult,
  vocabularies: ParserVocabularies = loadDefaultVocabularies(),
): ExtractionResult {
  const { ministry, ministryShort, ministryPrinted, topics: _topics, ...rest } = result.release;
  const evidence: SenderEvidence[] = result.senderEvidence ?? [
    { source: 'printed sender', texts: ministryPrinted ? [ministryPrinted] : [], allowAbbreviations: false },
    { source: 'sender', texts: [ministry, ministryShort], allowAbbreviations: true },
  ];
  const { release, unknownSender } = classifyRelease(rest, evidence, vocabularies);
  const warnings = result.warnings.filter((w) => w !== UNKNOWN_SENDER_WARNING);
  if (unknownSender) warnings.push(UNKNOWN_SENDER_WARNING);
  return { ...result, release, warnings };
}
