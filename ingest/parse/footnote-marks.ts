/**
 * Footnote marks in the structured body: a superscript number („Freistaat.¹“) or asterisks
 * („Kinder*“) right after a word or a sign, whose note the release has, becomes a run of its own
 * with the note's number, so the page links the mark to its note and back. Numbered marks in
 * brackets („(1)“) are left alone: they also number lists and paragraphs.
 */
import type { BodyNode, TextRun } from '../../src/archive/body-structure.js';

const SUPERSCRIPT = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u;

function markPattern(mark: string): RegExp | undefined {
  // Not the power of a unit („50 m²“, „3 km²“).
  if (SUPERSCRIPT.test(mark))
    return new RegExp(`(?<=\\S)(?<![¹²³⁴⁵⁶⁷⁸⁹⁰]|\\b[mk]?m|\\b[cd]m)${mark}(?![¹²³⁴⁵⁶⁷⁸⁹⁰])`, 'u');
  // Not the gender star inside a word („Lehrer*innen“).
  if (/^\*{1,3}$/.test(mark))
    return new RegExp(`(?<=[\\p{L}\\p{N}.,;:!?)»«“”"'’])(?<!\\*)${mark.replace(/\*/g, '\\*')}(?![\\p{L}*])`, 'u');
  return undefined;
}

function splitRuns(runs: readonly TextRun[], patterns: ReadonlyArray<{ re: RegExp; note: number }>): TextRun[] {
  return runs.flatMap((run) => {
    if (run.href || run.note) return [run];
    const out: TextRun[] = [];
    let rest = run.text;
    for (;;) {
      const found = patterns
        .map(({ re, note }) => ({ match: re.exec(rest), note }))
        .filter((f): f is { match: RegExpExecArray; note: number } => f.match !== null)
        .sort((a, b) => a.match.index - b.match.index)[0];
      if (!found) break;
      const { match, note } = found;
      if (match.index > 0) out.push({ ...run, text: rest.slice(0, match.index) });
      out.push({ text: match[0], note });
      rest = rest.slice(match.index + match[0].length);
    }
    if (rest.length > 0) out.push({ ...run, text: rest });
    return out;
  });
}

/** The body with its footnote marks as runs that name their note (`marks[i]` is note i + 1's marker). */
export function linkFootnoteMarks(nodes: BodyNode[], marks: readonly string[]): BodyNode[] {
  const patterns = marks.flatMap((mark, i) => {
    const re = markPattern(mark);
    return re ? [{ re, note: i + 1 }] : [];
  });
  if (patterns.length === 0) return nodes;
  const link = (runs: readonly TextRun[]): TextRun[] => splitRuns(runs, patterns);
  return nodes.map((node): BodyNode => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        return { ...node, text: link(node.text) };
      case 'list':
        return { ...node, items: node.items.map(link) };
      case 'details':
        return { ...node, items: node.items.map((item) => ({ ...item, text: link(item.text) })) };
      case 'table':
        return { ...node, rows: node.rows.map((row) => row.map((cell) => ({ ...cell, text: link(cell.text) }))) };
    }
  });
}
