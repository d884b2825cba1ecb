/**
 * Main-content DOM → text blocks. Block elements (p, div, li, h1–h6 …) end a block; a single
 * <br> ends a line, an empty line (<br><br>) ends a paragraph. Lines separated by <br> become
 * blocks of their own, unless a line plainly continues the previous one (lower-case start).
 * Links keep their (filtered) targets as runs, list items their list, data tables their cells
 * (html-table.ts); a short paragraph set wholly in bold is a heading the source marks by its type.
 */
import type { AnyNode, Element } from 'domhandler';
import { safeHref } from '../../../src/archive/safe-link.js';
import { cleanLine } from '../../text/clean-text.js';
import { IMAGE_LABEL, type TextBlock } from '../extracted-document.js';
import { BLOCK_TAGS, isDataTable, readTable, tableLines } from './html-table.js';
import { cleanPieces, piecesToRuns, type Piece } from './html-pieces.js';

const HEADING = /^h([1-6])$/;
const TERMINAL = /[.!?:;]$/;
/** Rank of a heading set in bold and underlined, and of one set in bold only (below any h1–h6). */
const BOLD_UNDERLINED_RANK = 11;
const BOLD_RANK = 12;

interface Style {
  href?: string;
  bold: boolean;
  underline: boolean;
}

class BlockCollector {
  readonly blocks: TextBlock[] = [];
  private lines: Piece[][] = [];
  private line: Piece[] = [];
  private readonly listStack: Array<{ id: number; ordered: boolean }> = [];
  private nextListId = 1;

  text(value: string, style: Style): void {
    this.line.push({ text: value.replace(/\s+/g, ' '), ...style });
  }

  lineBreak(): void {
    const line = cleanPieces(this.line);
    this.line = [];
    if (line.length > 0) this.lines.push(line);
    else this.paragraphBreak(); // an empty line: <br><br>
  }

  paragraphBreak(): void {
    const last = cleanPieces(this.line);
    this.line = [];
    const lines = last.length > 0 ? [...this.lines, last] : this.lines;
    this.lines = [];
    for (const pieces of joinContinuations(lines)) this.push(pieces);
  }

  heading(level: number, text: string): void {
    this.paragraphBreak();
    const clean = cleanLine(text.replace(/\s+/g, ' '));
    if (clean.length > 0) this.blocks.push({ kind: 'heading', text: clean, lines: [clean], level });
  }

  image(text: string): void {
    this.paragraphBreak();
    const clean = cleanLine(text.replace(/\s+/g, ' '));
    if (clean.length > 0) this.blocks.push({ kind: 'paragraph', text: clean, lines: [clean], image: true });
  }

  table(block: TextBlock): void {
    this.paragraphBreak();
    this.blocks.push(block);
  }

  enterList(ordered: boolean): number {
    return this.nextListId++ * (ordered ? -1 : 1);
  }

  inItem<T>(listId: number, run: () => T): T {
    this.paragraphBreak();
    this.listStack.push({ id: Math.abs(listId), ordered: listId < 0 });
    try {
      return run();
    } finally {
      this.paragraphBreak();
      this.listStack.pop();
    }
  }

  private push(pieces: Piece[]): void {
    const text = cleanLine(pieces.map((p) => p.text).join(''));
    if (text.length === 0) return;
    const block: TextBlock = { kind: 'paragraph', text, lines: [text] };
    const runs = piecesToRuns(pieces);
    if (runs.some((run) => run.href) && runs.map((run) => run.text).join('') === text) block.runs = runs;
    const list = this.listStack.at(-1);
    if (list) block.list = { ...list };
    else if (isBoldHeading(pieces, text))
      block.rank = pieces.every((p) => p.underline) ? BOLD_UNDERLINED_RANK : BOLD_RANK;
    this.blocks.push(block);
  }
}

/** A short paragraph wholly in bold, with words, not ending like a sentence or a label. */
function isBoldHeading(pieces: readonly Piece[], text: string): boolean {
  return (
    pieces.every((p) => p.bold || p.text.trim() === '') &&
    text.length <= 200 &&
    (text.match(/\p{L}/gu)?.length ?? 0) >= 3 &&
    !/[.,;:]$/.test(text)
  );
}

/** Joins "<br>"-lines that continue a sentence: "…ein Satz, der" + "weitergeht." */
function joinContinuations(lines: readonly Piece[][]): Piece[][] {
  const groups: Piece[][] = [];
  let lastText = '';
  for (const line of lines) {
    const text = line.map((p) => p.text).join('');
    const previous = groups.at(-1);
    if (previous && !TERMINAL.test(lastText) && /^\p{Ll}/u.test(text))
      previous.push({ ...line[0]!, text: ' ' }, ...line);
    else groups.push([...line]);
    lastText = text;
  }
  return groups;
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (node.type === 'tag' && node.name === 'br') return ' ';
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function styleOf(element: Element, style: Style, base: string | undefined): Style {
  const name = element.name.toLowerCase();
  if (name === 'a') {
    const href = element.attribs['href'];
    const safe = href === undefined ? undefined : safeHref(href, base);
    return { ...style, ...(safe ? { href: safe } : {}) };
  }
  if (name === 'strong' || name === 'b') return { ...style, bold: true };
  if (name === 'u') return { ...style, underline: true };
  return style;
}

function walk(node: AnyNode, out: BlockCollector, style: Style, base: string | undefined): void {
  if (node.type === 'text') {
    out.text(node.data, style);
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const name = node.type === 'tag' ? node.name.toLowerCase() : '';
  const heading = HEADING.exec(name);
  if (heading) {
    out.heading(Number(heading[1]), node.children.map(textOf).join(' '));
    return;
  }
  if (name === 'br') {
    out.lineBreak();
    return;
  }
  // An image, or a figure around one (a figure around a quotation is read as text).
  if (node.type === 'tag' && (name === 'img' || (name === 'figure' && findImage(node)))) {
    const text = imageText(node, style);
    if (text) out.image(text);
    if (name === 'figure') {
      // What else the figure holds (a table or a quotation beside the image) is read as usual.
      const img = findImage(node);
      for (const child of node.children) {
        const tag = child.type === 'tag' ? child.name.toLowerCase() : '';
        if (tag === 'figcaption' || child === img || (child.type === 'tag' && findImage(child) === img)) continue;
        walk(child, out, style, base);
      }
    }
    return;
  }
  if (node.type === 'tag' && name === 'table' && isDataTable(node)) {
    const table = readTable(node, base);
    const lines = tableLines(table.rows);
    if (lines.length > 0) out.table({ kind: 'paragraph', text: lines.join(' '), lines, table });
    return;
  }
  const inner = node.type === 'tag' ? styleOf(node, style, base) : style;
  const children = (): void => {
    for (const child of node.children) walk(child, out, inner, base);
  };
  if (name === 'ul' || name === 'ol') {
    const listId = out.enterList(name === 'ol');
    out.paragraphBreak();
    for (const child of node.children) {
      if (child.type === 'tag' && child.name.toLowerCase() === 'li')
        out.inItem(listId, () => child.children.forEach((c) => walk(c, out, inner, base)));
      else walk(child, out, inner, base);
    }
    out.paragraphBreak();
    return;
  }
  const isBlock = BLOCK_TAGS.has(name);
  if (isBlock) out.paragraphBreak();
  children();
  if (isBlock) out.paragraphBreak();
}

/**
 * A photo credit at the end of a caption („Foto: Name | flickr | CC BY 2.0“, „© Name“): not read. Only
 * the word itself: „Vorher-Nachher-Bild: …“ is part of the caption.
 */
const CREDIT = /\s*(?<![\p{L}\p{N}-])(?:(?:Foto|Fotos|Bild|Bildquelle|Quelle|Credits?)\s*:|©).*$/su;

/** An icon or a spacer (width or height under 48 px) has no text worth reading. */
function isIcon(img: Element): boolean {
  return ['width', 'height'].some((side) => {
    const value = Number.parseInt(img.attribs[side] ?? '', 10);
    return Number.isFinite(value) && value < 48;
  });
}

function findImage(node: Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'tag') continue;
    if (child.name.toLowerCase() === 'img') return child;
    const inner = findImage(child);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * „Bild: <alternative text> – <caption>“ for an image the source describes (a figure's first image
 * and its figcaption without the photo credit, or an image on its own); nothing for decorative
 * images (empty alt), icons and images inside links. The figure's caption is read here, so the walk leaves the figure out.
 */
function imageText(node: Element, style: Style): string | undefined {
  const img = node.name.toLowerCase() === 'img' ? node : findImage(node);
  const caption =
    node.name.toLowerCase() === 'figure'
      ? node.children
          .filter((c): c is Element => c.type === 'tag' && c.name.toLowerCase() === 'figcaption')
          .map((c) => cleanLine(textOf(c).replace(/\s+/g, ' ').replace(CREDIT, '')))
          .join(' ')
      : '';
  const alt = img && !style.href && !isIcon(img) ? cleanLine((img.attribs['alt'] ?? '').replace(/\s+/g, ' ')) : '';
  const parts = [alt, caption].filter((part, i, all) => part.length > 0 && all.indexOf(part) === i);
  return parts.length > 0 ? `${IMAGE_LABEL} ${parts.join(' – ')}` : undefined;
}

/** `base`: the page's own address, against which relative links are resolved (none: they are dropped). */
export function htmlToBlocks(root: AnyNode, base?: string): TextBlock[] {
  const collector = new BlockCollector();
  walk(root, collector, { bold: false, underline: false }, base);
  collector.paragraphBreak();
  return collector.blocks;
}
