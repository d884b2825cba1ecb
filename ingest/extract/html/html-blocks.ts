/**
 * Main-content DOM → text blocks. Block elements (p, div, li, h1–h6 …) end a block; a single
 * <br> ends a line, an empty line (<br><br>) ends a paragraph. Lines separated by <br> become
 * blocks of their own, unless a line plainly continues the previous one (lower-case start).
 */
import type { AnyNode } from 'domhandler';
import { cleanLine } from '../../text/clean-text.js';
import type { TextBlock } from '../extracted-document.js';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const HEADING = /^h([1-6])$/;
const TERMINAL = /[.!?:;]$/;

class BlockCollector {
  readonly blocks: TextBlock[] = [];
  private lines: string[] = [];
  private line = '';

  text(value: string): void {
    this.line += value.replace(/[\s]+/g, ' ');
  }

  lineBreak(): void {
    const line = cleanLine(this.line);
    this.line = '';
    if (line.length > 0) this.lines.push(line);
    else this.paragraphBreak(); // an empty line: <br><br>
  }

  paragraphBreak(): void {
    const last = cleanLine(this.line);
    this.line = '';
    const lines = last.length > 0 ? [...this.lines, last] : this.lines;
    this.lines = [];
    for (const text of joinContinuations(lines)) this.blocks.push({ kind: 'paragraph', text, lines: [text] });
  }

  heading(level: number, text: string): void {
    this.paragraphBreak();
    const clean = cleanLine(text.replace(/\s+/g, ' '));
    if (clean.length > 0) this.blocks.push({ kind: 'heading', text: clean, lines: [clean], level });
  }
}

/** Joins "<br>"-lines that continue a sentence: "…ein Satz, der" + "weitergeht." */
function joinContinuations(lines: readonly string[]): string[] {
  const groups: string[][] = [];
  for (const line of lines) {
    const previous = groups.at(-1);
    const lastLine = previous?.at(-1);
    if (previous && lastLine !== undefined && !TERMINAL.test(lastLine) && /^\p{Ll}/u.test(line)) previous.push(line);
    else groups.push([line]);
  }
  return groups.map((group) => group.join(' '));
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (node.type === 'tag' && node.name === 'br') return ' ';
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function walk(node: AnyNode, out: BlockCollector): void {
  if (node.type === 'text') {
    out.text(node.data);
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
  const isBlock = BLOCK_TAGS.has(name);
  if (isBlock) out.paragraphBreak();
  for (const child of node.children) walk(child, out);
  if (isBlock) out.paragraphBreak();
}

export function htmlToBlocks(root: AnyNode): TextBlock[] {
  const collector = new BlockCollector();
  walk(root, collector);
  collector.paragraphBreak();
  return collector.blocks;
}
