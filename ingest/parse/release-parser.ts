/**
 * Text blocks + metadata hints → the fields of a release (ParsedRelease): headline, sub-headline,
 * date, sender (ministry), contact, body, footnotes, summary and topics (see
 * text/release-classification.ts for the part that depends on the vocabularies).
 */
import type { ParsedRelease } from '../../src/archive/release.js';
import { ExtractionError } from '../extract/extraction-error.js';
import type { ExtractedDocument, TextBlock } from '../extract/extracted-document.js';
import { findReleaseDate, parseGermanDate, parsePublishedDate } from './german-dates.js';
import { senderCoverage, type SenderEvidence } from '../classify/senders/sender-matching.js';
import { scanContact } from './contact-lines.js';
import { classifyRelease, UNKNOWN_SENDER_WARNING, type Vocabularies } from '../classify/release-classification.js';
import { analyseStructure } from './release-structure.js';
import { bodyNodes } from './body-nodes.js';
import { joinWrappedLines } from '../text/join-lines.js';
import { linkFootnoteMarks } from './footnote-marks.js';
import { foreignLanguage, markLanguages } from './language-parts.js';
import { makeSummary } from './summary.js';

export type ParserVocabularies = Vocabularies;

export interface ParseResult {
  release: ParsedRelease;
  warnings: string[];
  /** The texts the sender was recognised from, in order of trust (for classifying again). */
  senderEvidence: SenderEvidence[];
}

/** A closing date line in the body ("Dresden, 2. Juni 2026"): labelled or with a place. */
const PLACED_DATE = /^(?:\p{Lu}[\p{L} .()-]*,\s|Stand|Datum)/u;
/** An event's day („Mittwoch, 22. April 2026, 11 Uhr“) is no place. */
const WEEKDAY_FIRST = /^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\b/;

const isClosingDate = (text: string): boolean =>
  parseGermanDate(text) !== undefined && PLACED_DATE.test(text) && !WEEKDAY_FIRST.test(text);

/** At least this many paragraphs, of which at least this share are fragments without words … */
const FRAGMENTED_MIN_BLOCKS = 30;
const FRAGMENTED_SHARE = 0.5;

/**
 * … is a table-heavy document (a statistics PDF) whose cells came out one by one: there is no
 * sensible reading version of it, and the page says so instead of showing a fake text.
 */
function hasNoReadingOrder(blocks: readonly TextBlock[]): boolean {
  const fragments = blocks.filter((b) => !b.table && (b.text.match(/\p{L}/gu)?.length ?? 0) < 4).length;
  return blocks.length >= FRAGMENTED_MIN_BLOCKS && fragments >= FRAGMENTED_SHARE * blocks.length;
}

interface ChosenDate {
  iso: string;
  /** A body block that is the date line (left out of the body). */
  block?: TextBlock;
  /** A body block whose first or last line is the date line, and that block without it. */
  within?: { block: TextBlock; rest: TextBlock };
}

/** How many blocks at the end of the body may hold a closing date line among other lines. */
const CLOSING_BLOCKS = 3;

/**
 * A closing date line set without a gap above or below other lines (the contact, a signature), so
 * it is the first or last line of a block at the end of the body: that block, and it without it.
 */
function closingLineWithin(body: readonly TextBlock[]): ChosenDate['within'] {
  for (const block of body.slice(-CLOSING_BLOCKS).reverse()) {
    if (block.table || block.list || block.runs || block.lines.length < 2) continue;
    const at = [0, block.lines.length - 1].find((i) => isClosingDate(block.lines[i] ?? ''));
    if (at === undefined) continue;
    const lines = block.lines.filter((_, i) => i !== at);
    return { block, rest: { ...block, lines, text: joinWrappedLines(lines) } };
  }
  return undefined;
}

/**
 * A line of the body or the tail that says when the document was published („Erschienen am
 * 17.01.2023“, as in a statistics office's imprint on page 1); a body block that is only it.
 */
function publishedLine(body: readonly TextBlock[], tailLines: readonly string[]): ChosenDate | undefined {
  for (const block of body) {
    if (block.table) continue;
    const iso = block.lines.map(parsePublishedDate).find(Boolean);
    if (iso) return block.lines.length === 1 ? { iso, block } : { iso };
  }
  const iso = tailLines.map(parsePublishedDate).find(Boolean);
  return iso ? { iso } : undefined;
}

/**
 * The release date: a date line in the head; else a closing one, a body block that is a place and
 * date (or the last block, a bare date), such a line under the contact block at the end
 * („Dresden, den 15. April 2026“) or one set right above or below other lines at the end of the
 * body; else a publication phrase with a date anywhere („Erschienen am …“); else the metadata's;
 * the file's creation date last.
 */
function chooseDate(
  doc: ExtractedDocument,
  structure: Pick<ReturnType<typeof analyseStructure>, 'headLines' | 'body' | 'tailLines'>,
  warnings: string[],
): ChosenDate {
  const { hints } = doc;
  const { body } = structure;
  const inHead = findReleaseDate(structure.headLines)?.iso;
  const closing = body.find(
    (b, i) => !b.table && (isClosingDate(b.text) || (i === body.length - 1 && parseGermanDate(b.text) !== undefined)),
  );
  const within = inHead || closing ? undefined : closingLineWithin(body);
  const closingLine = structure.tailLines.find(isClosingDate) ?? within?.block.lines.find(isClosingDate);
  const placed =
    inHead ?? (closing ? parseGermanDate(closing.text) : closingLine ? parseGermanDate(closingLine) : undefined);
  const published = placed ? undefined : publishedLine(body, structure.tailLines);
  const inText = placed ?? published?.iso;
  if (inText) {
    if (hints.date && hints.date !== inText)
      warnings.push(
        `date line ${inText} differs from ${hints.dateSource ?? 'metadata'} ${hints.date}; using the date line`,
      );
    if (published) return published;
    if (inHead) return { iso: inText };
    if (closing) return { iso: inText, block: closing };
    return structure.tailLines.some(isClosingDate) || !within ? { iso: inText } : { iso: inText, within };
  }
  if (hints.date) return { iso: hints.date };
  if (hints.fallbackDate) {
    warnings.push(`no date in the text; using the PDF creation date ${hints.fallbackDate}`);
    return { iso: hints.fallbackDate };
  }
  throw new ExtractionError('no-date', 'no release date found (no date line in the text and no date in the metadata)');
}

function senderEvidence(
  doc: ExtractedDocument,
  s: ReturnType<typeof analyseStructure>,
  email?: string,
): SenderEvidence[] {
  return [
    { source: 'letterhead', texts: doc.hints.letterhead ?? [], allowAbbreviations: true },
    { source: 'head', texts: [s.headLines.join('\n')], allowAbbreviations: true },
    { source: 'contact e-mail', texts: email ? [email] : [], allowAbbreviations: true },
    { source: 'metadata', texts: doc.hints.senders, allowAbbreviations: true },
    { source: 'contact block', texts: [[...s.tailLines, ...s.boilerplate].join('\n')], allowAbbreviations: true },
    { source: 'first paragraph', texts: [s.body[0]?.text.slice(0, 300) ?? ''], allowAbbreviations: false },
  ];
}

export function parseRelease(doc: ExtractedDocument, vocab: ParserVocabularies): ParseResult {
  const warnings: string[] = [];
  const structure = analyseStructure(doc.blocks, (text) => senderCoverage(vocab.ministries, text), doc.hints.title);
  const title = structure.title ?? doc.hints.title;
  if (!title)
    throw new ExtractionError('no-title', 'no title found (no headline in the text and no title in the metadata)');
  if (!structure.title) warnings.push('headline taken from the metadata');

  const date = chooseDate(doc, structure, warnings);
  const head = scanContact(structure.headLines).contact;
  const tail = scanContact(structure.tailLines).contact;
  const contact = { ...tail, ...Object.fromEntries(Object.entries(head).filter(([, v]) => v)) };
  const evidence = senderEvidence(doc, structure, contact.email);
  const bodyBlocks = structure.body
    .filter((b) => b !== date.block)
    .map((b) => (b === date.within?.block ? date.within.rest : b));
  // A table's rows are paragraphs of the plain body; the structured body keeps the table.
  const body = bodyBlocks.flatMap((b) => (b.table ? b.lines : [b.text]));
  if (body.length === 0) warnings.push('no body text found');
  const parsed: Parameters<typeof classifyRelease>[0] = {
    title,
    date: date.iso,
    contact,
    summary: makeSummary(bodyBlocks.filter((b) => !b.image && !b.table).map((b) => b.text)) || structure.subtitle || '',
    body,
  };
  if (structure.subtitle) parsed.subtitle = structure.subtitle;
  const titleLang = foreignLanguage(title);
  if (titleLang) parsed.titleLang = titleLang;
  if (structure.footnotes.length > 0) parsed.footnotes = structure.footnotes;
  if (hasNoReadingOrder(bodyBlocks)) {
    parsed.noReadingVersion = true;
    warnings.push(
      'no reading version: the body is mostly table cells read one by one (the page points to the original)',
    );
  } else if (bodyBlocks.length > 0)
    parsed.structuredBody = markLanguages(linkFootnoteMarks(bodyNodes(bodyBlocks), structure.footnoteMarks));
  const { release, unknownSender } = classifyRelease(parsed, evidence, vocab);
  if (unknownSender) warnings.push(UNKNOWN_SENDER_WARNING);
  return { release, warnings, senderEvidence: evidence };
}
