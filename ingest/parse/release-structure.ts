/**
 * The layout of a release in its text blocks: head (labels, sender, contact, date), headline,
 * sub-headline, body, footnotes and a contact block at the end. Boilerplate is set aside.
 * Works for the Saxon "Medieninformation" layout and generic ones (title first, contact last).
 */
import type { TextBlock } from '../extract/extracted-document.js';
import { footnoteMark, footnoteText, isBoilerplate, isFootnote } from './boilerplate.js';
import { startsWithContactLabel } from './contact-lines.js';
import { joinWrappedLines } from '../text/join-lines.js';
import { isHeadInfo, type SenderShare } from './line-roles.js';

export interface ReleaseStructure {
  title?: string;
  subtitle?: string;
  /** Lines before the body other than headline and sub-headline: sender, contact, date, labels. */
  headLines: string[];
  body: TextBlock[];
  /** Lines of the contact block at the end of the release. */
  tailLines: string[];
  footnotes: string[];
  /** The marker of each footnote as printed („¹“, „*“). */
  footnoteMarks: string[];
  /** Boilerplate that was set aside (it may still name the sender, e.g. "Hausanschrift: …"). */
  boilerplate: string[];
}

/** The headline is among the first blocks, the contact block among the last ones. */
const HEAD_LIMIT = 40;
const TAIL_LIMIT = 30;

const TERMINAL = /[.!?…]["“”»«’')]*$/u;

const isProse = (b: TextBlock): boolean => b.kind !== 'heading' && b.text.length >= 100 && TERMINAL.test(b.text);
const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function titleLike(b: TextBlock): boolean {
  if (b.image) return false;
  const words = b.kind === 'heading' ? /\p{L}{4}/u : /\p{L}+\s+\p{L}+/u; // a heading may be one word
  return b.text.length >= 4 && b.text.length <= 250 && words.test(b.text) && !/[.,;:]$/.test(b.text);
}

function subtitleLike(b: TextBlock, title: TextBlock): boolean {
  if (isProse(b) || b.text.length > 300) return false;
  if (b.kind === 'heading') return title.level === undefined || b.level === undefined || b.level > title.level;
  return b.kind === 'paragraph' && b.text.length >= 15 && !/[.,;:!?]$/.test(b.text);
}

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

interface HeadEntry {
  block: TextBlock;
  index: number;
}

/**
 * The head's candidates in runs that head information (sender, contact, date, a type heading such
 * as „Medieneinladung“) separates: letter paper puts logo words above the sender block, the title
 * comes after it, right above the body.
 */
function candidateRuns(head: readonly TextBlock[], isInfo: (b: TextBlock) => boolean): HeadEntry[][] {
  const runs: HeadEntry[][] = [[]];
  head.forEach((block, index) => {
    if (isInfo(block)) {
      if ((runs.at(-1) ?? []).length > 0) runs.push([]);
    } else if (titleLike(block)) runs.at(-1)?.push({ block, index });
  });
  return runs.filter((run) => run.length > 0);
}

/** An HTML heading level, or 7 (below all) for blocks without one. */
const levelOf = (run: readonly HeadEntry[]): number =>
  Math.min(...run.map(({ block }) => (block.kind === 'heading' ? (block.level ?? 7) : 7)));

/**
 * The run the title is in: the last one with a heading, or with a headline of three words or more
 * where all before it are shorter (logo words in body type). Earlier runs are letterhead, unless
 * the source marks one of them as the more important heading (an HTML <h1> before an <h2>).
 */
function titleRun(runs: readonly HeadEntry[][]): HeadEntry[] | undefined {
  const first = runs[0];
  for (let i = runs.length - 1; i > 0; i--) {
    const run = runs[i] ?? [];
    const earlier = runs.slice(0, i).flat();
    const hasHeading = run.some(({ block }) => block.kind === 'heading');
    const longer = wordCount(run[0]?.block.text ?? '') >= 3 && earlier.every(({ block }) => wordCount(block.text) < 3);
    if ((hasHeading || longer) && levelOf(run) <= levelOf(runs.slice(0, i).flat())) return run;
  }
  return first;
}

function findTitle(blocks: readonly TextBlock[], isInfo: (b: TextBlock) => boolean, hint?: string): number {
  const proseAt = blocks.findIndex(isProse);
  const head = blocks.slice(0, Math.min(proseAt < 0 ? blocks.length : proseAt, HEAD_LIMIT));
  const runs = candidateRuns(head, isInfo);
  const wanted = hint ? norm(hint) : '';
  const byHint = wanted.length > 0 ? runs.flat().find(({ block }) => norm(block.text) === wanted) : undefined;
  const run = titleRun(runs) ?? [];
  const heading = run.find(({ block }) => block.kind === 'heading');
  return (byHint ?? heading ?? run[0])?.index ?? -1;
}

/** A block of footnotes set one under the other ("¹ …" / "² …") becomes one block per footnote. */
function splitFootnotes(block: TextBlock): TextBlock[] {
  if (!isFootnote(block.text) || block.lines.length < 2) return [block];
  const groups: string[][] = [];
  for (const line of block.lines) {
    if (isFootnote(line) || groups.length === 0) groups.push([line]);
    else groups.at(-1)?.push(line);
  }
  return groups.map((lines) => ({ ...block, lines, text: joinWrappedLines(lines) }));
}

/** „Termin: …“, „Ort: …“: a line that starts with a short label. */
const LABELLED_LINE = /^\p{Lu}[\p{L} .-]{0,24}:\s+\S/u;

/** A block whose every line is labelled („Termin: …“ / „Ort: …“) becomes one block per line. */
function splitLabelledLines(block: TextBlock): TextBlock[] {
  if (block.lines.length < 2 || block.table || block.runs || !block.lines.every((l) => LABELLED_LINE.test(l)))
    return [block];
  return block.lines.map((line) => ({ ...block, lines: [line], text: line }));
}

/** The contact block at the end: from its label ("Pressekontakt:", "Rückfragen an:") to the end. */
function tailStart(body: readonly TextBlock[]): number {
  let start = body.length;
  for (let i = body.length - 1; i >= Math.max(0, body.length - TAIL_LIMIT); i--) {
    const block = body[i];
    if (!block || isProse(block) || block.text.length > 300) {
      if (block && startsWithContactLabel(block.lines[0] ?? '')) start = i;
      break;
    }
    if (startsWithContactLabel(block.lines[0] ?? '')) start = i;
  }
  return start;
}

export function analyseStructure(
  blocks: readonly TextBlock[],
  senderShare: SenderShare,
  hintTitle?: string,
): ReleaseStructure {
  const boilerplate: string[] = [];
  const setAside =
    (isFurniture: (b: TextBlock) => boolean) =>
    (b: TextBlock): boolean =>
      isFurniture(b) ? (boilerplate.push(b.text), false) : true;
  const kept = blocks.filter(setAside((b) => !b.image && isBoilerplate(b.text)));
  const isInfo = (b: TextBlock): boolean => isHeadInfo(b.lines, senderShare);
  /** "1)" / "(1)" may also number a list: as footnote markers they count in small type only. */
  const isFootnoteBlock = (b: TextBlock): boolean =>
    isFootnote(b.text) && (b.kind === 'small' || !/^\(?\d/.test(b.text));
  /** Small print after the headline that names the sender or an address: the letter's footer. */
  const isLetterFooter = (b: TextBlock): boolean =>
    b.kind === 'small' && !isFootnote(b.text) && (senderShare(b.text) >= 0.4 || /\b\d{5} \p{Lu}\p{L}+/u.test(b.text));

  const titleAt = findTitle(kept, isInfo, hintTitle);
  const titleBlock = kept[titleAt];
  const next = kept[titleAt + 1];
  const hasSubtitle =
    titleBlock !== undefined &&
    next !== undefined &&
    !isInfo(next) &&
    kept.length > titleAt + 2 &&
    subtitleLike(next, titleBlock);
  let bodyStart = titleAt < 0 ? 0 : titleAt + (hasSubtitle ? 2 : 1);
  const headBlocks = kept.slice(0, Math.max(titleAt, 0));
  while (kept[bodyStart] && isInfo(kept[bodyStart] as TextBlock)) headBlocks.push(kept[bodyStart++] as TextBlock);

  const footnotes: string[] = [];
  const footnoteMarks: string[] = [];
  // Footnotes leave the text wherever they stand: a PDF's notes at the foot of its last page come
  // after the contact block.
  const rest = kept
    .slice(bodyStart)
    .filter(setAside(isLetterFooter))
    .flatMap(splitFootnotes)
    .flatMap(splitLabelledLines)
    .filter((b) => {
      if (!isFootnoteBlock(b)) return true;
      footnotes.push(footnoteText(b.text));
      footnoteMarks.push(footnoteMark(b.text) ?? '');
      return false;
    });
  const tailAt = tailStart(rest);
  const body = rest.slice(0, tailAt);
  while (body.at(-1)?.kind === 'heading') body.pop(); // a heading with nothing below it
  return {
    title: titleBlock?.text,
    subtitle: hasSubtitle ? next?.text : undefined,
    headLines: headBlocks.flatMap((b) => b.lines),
    body,
    tailLines: rest.slice(tailAt).flatMap((b) => b.lines),
    footnotes,
    footnoteMarks,
    boilerplate,
  };
}
