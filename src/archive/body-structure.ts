/**
 * The structured body of a release: paragraphs, headings, lists, description lists and tables,
 * with links inside their text. Written by ingest (`ingest/parse/body-nodes.ts`) beside the plain
 * `body` paragraphs, read by the release page and the API. Text is plain text; a link's `href` has
 * passed `safeHref` (safe-link.ts) at ingest and is checked again where it is shown.
 */

/** A piece of text, a link when `href` is set. */
export interface TextRun {
  text: string;
  href?: string;
  /** A footnote mark („¹“, „*“): the number of the note it refers to, counted from 1 in `footnotes`. */
  note?: number;
  /** A passage in another language than German (BCP 47: „en“, „fr“). */
  lang?: string;
}

export interface TableCell {
  /** A header cell (`<th>`): `scope` says whether it heads its column or its row. */
  header: boolean;
  scope?: 'col' | 'row';
  text: TextRun[];
  colspan?: number;
  rowspan?: number;
}

export type BodyNode =
  /** `lang`: the whole paragraph or heading is in another language than German (BCP 47). */
  | { type: 'paragraph'; text: TextRun[]; lang?: string }
  /** Levels 2–4: the release's title is the page's only level 1. */
  | { type: 'heading'; level: 2 | 3 | 4; text: TextRun[]; lang?: string }
  | { type: 'list'; ordered: boolean; items: TextRun[][] }
  /** Label and value pairs such as „Zeit: …“ / „Ort: …“ of a police report. */
  | { type: 'details'; items: Array<{ term: string; text: TextRun[] }> }
  | { type: 'table'; caption?: string; rows: TableCell[][] };

/** The plain text of runs. */
export function runsText(runs: readonly TextRun[]): string {
  return runs.map((run) => run.text).join('');
}
