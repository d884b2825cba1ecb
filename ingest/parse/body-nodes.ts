/**
 * The body's text blocks → the structured body (src/archive/body-structure.ts). Headings only
 * where the source has them: an HTML heading element, a paragraph the page sets wholly in bold, a
 * PDF line in larger type; their levels follow their prominence (2–4). List items of the source
 * and runs of bullet paragraphs („• …“, „1. …“) become lists, tables stay tables, and the „Zeit:“ /
 * „Ort:“ lines of a police report become a description list.
 */
import type { BodyNode, TextRun } from '../../src/archive/body-structure.js';
import type { TextBlock } from '../extract/extracted-document.js';

const BULLET = /^[•▪●◦\-–*]\s+(.*\p{L}.*)$/su;
const NUMBERED = /^\d{1,2}[.)]\s+(.*\p{L}.*)$/su;
/** Labels of the facts of an incident in police reports. */
const DETAIL =
  /^(Zeit|Ort|Tatzeit|Tatort|Unfallzeit|Unfallort|Einsatzzeit|Einsatzort|Ereigniszeit|Ereignisort)\s*:\s*(\S.*)$/su;

const runsOf = (block: TextBlock): TextRun[] => block.runs ?? [{ text: block.text }];

/** The heading's prominence, lower is more prominent; undefined for text. */
function headingKey(block: TextBlock): number | undefined {
  if (block.table || block.list) return undefined;
  if (block.kind === 'heading') return block.level ?? block.rank ?? 1;
  return block.rank;
}

/** Drops a bullet or number the text starts with (runs keep their links). */
function withoutMarker(runs: readonly TextRun[], marker: RegExp): TextRun[] {
  const [first, ...rest] = runs;
  if (!first) return [];
  const match = marker.exec(first.text);
  const text = match ? (match[1] ?? '') : first.text;
  return [...(text.length > 0 ? [{ ...first, text }] : []), ...rest];
}

export function bodyNodes(blocks: readonly TextBlock[]): BodyNode[] {
  const keys = [...new Set(blocks.map(headingKey).filter((k): k is number => k !== undefined))].sort((a, b) => a - b);
  const levelOf = (key: number): 2 | 3 | 4 => Math.min(4, 2 + keys.indexOf(key)) as 2 | 3 | 4;
  const nodes: BodyNode[] = [];
  let listId: number | undefined;
  for (const block of blocks) {
    const last = nodes.at(-1);
    const key = headingKey(block);
    const detail = DETAIL.exec(block.text);
    const bullet =
      !block.list && !block.table && key === undefined ? (BULLET.exec(block.text) ?? NUMBERED.exec(block.text)) : null;
    if (block.table) {
      nodes.push({
        type: 'table',
        ...(block.table.caption ? { caption: block.table.caption } : {}),
        rows: block.table.rows,
      });
    } else if (block.list) {
      if (last?.type === 'list' && listId === block.list.id) last.items.push(runsOf(block));
      else nodes.push({ type: 'list', ordered: block.list.ordered, items: [runsOf(block)] });
      listId = block.list.id;
      continue;
    } else if (key !== undefined) {
      nodes.push({ type: 'heading', level: levelOf(key), text: runsOf(block) });
    } else if (detail && !block.runs) {
      const item = { term: detail[1] ?? '', text: [{ text: (detail[2] ?? '').trim() }] };
      if (last?.type === 'details') last.items.push(item);
      else nodes.push({ type: 'details', items: [item] });
    } else if (bullet) {
      const ordered = NUMBERED.test(block.text);
      const item = withoutMarker(runsOf(block), ordered ? NUMBERED : BULLET);
      if (last?.type === 'list' && listId === undefined && last.ordered === ordered) last.items.push(item);
      else nodes.push({ type: 'list', ordered, items: [item] });
    } else {
      nodes.push({ type: 'paragraph', text: runsOf(block) });
    }
    listId = undefined;
  }
  return nodes;
}
