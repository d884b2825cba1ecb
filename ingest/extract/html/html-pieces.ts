/**
 * Pieces of inline text with their style (link target, bold, underlined), as the HTML walk
 * collects them: whitespace collapsed across pieces, the ends trimmed, neighbours of one link
 * merged into the runs of the structured body.
 */
import type { TextRun } from '../../../src/archive/body-structure.js';

export interface Piece {
  text: string;
  href?: string;
  bold: boolean;
  underline: boolean;
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/** Cleans a line of pieces the way cleanLine cleans a string (NFC, invisible characters, spaces). */
export function cleanPieces(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  let endsInSpace = true; // at the start of the line, leading spaces go
  for (const piece of pieces) {
    let text = piece.text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').replace(/ {2,}/g, ' ');
    if (endsInSpace) text = text.replace(/^ /, '');
    if (text.length === 0) continue;
    endsInSpace = text.endsWith(' ');
    out.push({ ...piece, text });
  }
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    const trimmed = last.text.replace(/ $/, '');
    if (trimmed.length > 0) {
      out[out.length - 1] = { ...last, text: trimmed };
      break;
    }
    out.pop();
  }
  return out;
}

/** Runs of text: neighbouring pieces with the same target merged, spaces at a link's edges moved out. */
export function piecesToRuns(pieces: readonly Piece[]): TextRun[] {
  const runs: TextRun[] = [];
  const add = (text: string, href?: string): void => {
    if (text.length === 0) return;
    const last = runs.at(-1);
    if (last && last.href === href) last.text += text;
    else runs.push(href ? { text, href } : { text });
  };
  for (const piece of pieces) {
    if (!piece.href) {
      add(piece.text);
      continue;
    }
    const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(piece.text) ?? [];
    add(lead);
    add(core, core.length > 0 ? piece.href : undefined);
    add(trail);
  }
  return runs;
}
