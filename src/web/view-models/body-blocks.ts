/**
 * Body paragraphs → accessible structure: consecutive bullet paragraphs ("• …", "- …", "– …",
 * "1. …") become a list, a short line without closing punctuation followed by more text becomes a
 * sub-heading, everything else a paragraph. Text stays text: the template escapes it.
 */
export type BodyBlock = { paragraph: string } | { heading: string } | { list: string[]; ordered: boolean };

const BULLET = /^[•▪●◦\-–*]\s+(.*)$/s;
const NUMBERED = /^\d{1,2}[.)]\s+(.*)$/s;

function looksLikeHeading(text: string, next: string | undefined): boolean {
  return (
    next !== undefined &&
    text.length <= 80 &&
    /^\p{Lu}/u.test(text) &&
    !/[.:;,!?»«“”"'‘’)…-]$/.test(text) &&
    !BULLET.test(text) &&
    !NUMBERED.test(text)
  );
}

export function bodyBlocks(paragraphs: readonly string[]): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  paragraphs.forEach((raw, i) => {
    const text = raw.trim();
    if (text === '') return;
    const bullet = BULLET.exec(text) ?? NUMBERED.exec(text);
    if (bullet) {
      const ordered = NUMBERED.test(text);
      const last = blocks[blocks.length - 1];
      if (last && 'list' in last && last.ordered === ordered) last.list.push(bullet[1]!.trim());
      else blocks.push({ list: [bullet[1]!.trim()], ordered });
      return;
    }
    blocks.push(looksLikeHeading(text, paragraphs[i + 1]) ? { heading: text } : { paragraph: text });
  });
  return blocks;
}
