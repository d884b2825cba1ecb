/**
 * The structured body of a record that has none (ingested before the structured body existed):
 * its plain paragraphs, with runs of bullet paragraphs („• …“, „– …“, „1. …“) as lists. No
 * headings: a short line is not a heading, and only the source can say what is one.
 */
import type { BodyNode } from '../../archive/body-structure.js';

const BULLET = /^[•▪●◦\-–*]\s+(.*\p{L}.*)$/su;
const NUMBERED = /^\d{1,2}[.)]\s+(.*\p{L}.*)$/su;

export function bodyBlocks(paragraphs: readonly string[]): BodyNode[] {
  const blocks: BodyNode[] = [];
  for (const raw of paragraphs) {
    const text = raw.trim();
    if (text === '') continue;
    const bullet = BULLET.exec(text) ?? NUMBERED.exec(text);
    if (!bullet) {
      blocks.push({ type: 'paragraph', text: [{ text }] });
      continue;
    }
    const ordered = NUMBERED.test(text);
    const item = [{ text: bullet[1]!.trim() }];
    const last = blocks.at(-1);
    if (last?.type === 'list' && last.ordered === ordered) last.items.push(item);
    else blocks.push({ type: 'list', ordered, items: [item] });
  }
  return blocks;
}
