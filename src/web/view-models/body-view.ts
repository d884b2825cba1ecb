/**
 * The structured body → view data for `partials/release-body.hbs`. Every text stays text (the
 * template escapes it); a link is kept only when its target passes the link filter again (the
 * record may come from an older or foreign ingest) and gets its address beside it where its text
 * does not say where it goes. Nodes of an unknown shape are left out, not shown half.
 */
import type { BodyNode, TableCell, TextRun } from '../../archive/body-structure.js';
import { displayAddress, safeHref, textNamesTarget } from '../../archive/safe-link.js';
import { TEXT } from '../texts/site-texts.js';

export interface RunView {
  text: string;
  href?: string;
  /** The link's address, shown beside a text that does not name it. */
  address?: string;
  /** A passage in another language (BCP 47), marked with `lang`. */
  lang?: string;
  /** A footnote mark: a link to its note, named „Fußnote 1“; the first mark of a note has the id the note links back to. */
  note?: { href: string; id?: string; label: string };
}

/** Ids of a footnote and of its first mark in the text, shared by the body and the list of notes. */
export const footnoteId = (n: number): string => `fussnote-${n}`;
export const footnoteMarkId = (n: number): string => `fussnote-${n}-text`;

export interface CellView {
  header: boolean;
  scope?: 'col' | 'row';
  colspan?: number;
  rowspan?: number;
  text: RunView[];
}

export interface TableView {
  /** Id of the caption, which labels the scrolling region. */
  captionId: string;
  caption?: string;
  /** The region's name when the table has no caption („Tabelle 2“). */
  label?: string;
  rows: CellView[][];
}

export type BodyBlockView =
  | { paragraph: RunView[]; lang?: string }
  | { h2: RunView[]; lang?: string }
  | { h3: RunView[]; lang?: string }
  | { h4: RunView[]; lang?: string }
  | { list: RunView[][]; ordered: boolean }
  | { details: Array<{ term: string; text: RunView[] }> }
  | { table: TableView };

const isText = (value: unknown): value is string => typeof value === 'string';

/** A language tag as ingest writes it („en“, „fr“, „pt-BR“); anything else is left out. */
export const langOf = (value: unknown): { lang?: string } =>
  isText(value) && /^[a-z]{2,3}(?:-[A-Z]{2})?$/.test(value) ? { lang: value } : {};

/** Footnote marks of one body: a note number within the release's notes, and the marks seen so far. */
interface NoteMarks {
  count: number;
  linked: Set<number>;
}

function noteView(note: unknown, marks: NoteMarks): RunView['note'] {
  if (typeof note !== 'number' || !Number.isInteger(note) || note < 1 || note > marks.count) return undefined;
  const first = !marks.linked.has(note);
  marks.linked.add(note);
  return {
    href: `#${footnoteId(note)}`,
    ...(first ? { id: footnoteMarkId(note) } : {}),
    label: TEXT.release.footnoteMark(note),
  };
}

function runsOf(runs: unknown, marks: NoteMarks): RunView[] {
  if (!Array.isArray(runs)) return [];
  return (runs as Array<Partial<TextRun>>).flatMap((run): RunView[] => {
    if (!run || !isText(run.text) || run.text.length === 0) return [];
    const note = noteView(run.note, marks);
    if (note) return [{ text: run.text, note }];
    if (!isText(run.href) && langOf(run.lang).lang) return [{ text: run.text, ...langOf(run.lang) }];
    const href = isText(run.href) ? safeHref(run.href) : undefined;
    if (!href) return [{ text: run.text }];
    return [{ text: run.text, href, ...(textNamesTarget(run.text, href) ? {} : { address: displayAddress(href) }) }];
  });
}

function cellView(cell: Partial<TableCell>, marks: NoteMarks): CellView {
  const span = (n: unknown): number | undefined =>
    typeof n === 'number' && Number.isInteger(n) && n > 1 && n <= 50 ? n : undefined;
  const [colspan, rowspan] = [span(cell.colspan), span(cell.rowspan)];
  const header = cell.header === true;
  return {
    header,
    ...(header ? { scope: cell.scope === 'row' ? 'row' : 'col' } : {}),
    ...(colspan ? { colspan } : {}),
    ...(rowspan ? { rowspan } : {}),
    text: runsOf(cell.text, marks),
  };
}

/**
 * `footnotes`: how many notes the release has (marks of other numbers stay text); `linked` receives
 * the numbers of the notes whose marks were linked, so their notes can link back.
 */
export function bodyView(nodes: readonly BodyNode[], footnotes = 0, linked = new Set<number>()): BodyBlockView[] {
  const marks: NoteMarks = { count: footnotes, linked };
  const runsView = (runs: unknown): RunView[] => runsOf(runs, marks);
  let tables = 0;
  return nodes.flatMap((node): BodyBlockView[] => {
    switch (node?.type) {
      case 'paragraph':
        return [{ paragraph: runsView(node.text), ...langOf(node.lang) }];
      case 'heading':
        if (node.level === 3) return [{ h3: runsView(node.text), ...langOf(node.lang) }];
        if (node.level === 4) return [{ h4: runsView(node.text), ...langOf(node.lang) }];
        return [{ h2: runsView(node.text), ...langOf(node.lang) }];
      case 'list':
        return Array.isArray(node.items) ? [{ list: node.items.map(runsView), ordered: node.ordered === true }] : [];
      case 'details':
        return Array.isArray(node.items)
          ? [
              {
                details: node.items.map((item) => ({
                  term: isText(item.term) ? item.term : '',
                  text: runsView(item.text),
                })),
              },
            ]
          : [];
      case 'table': {
        if (!Array.isArray(node.rows)) return [];
        tables++;
        const caption = isText(node.caption) && node.caption.length > 0 ? node.caption : undefined;
        const rows = node.rows.filter(Array.isArray).map((row) => row.map((cell) => cellView(cell, marks)));
        return [
          {
            table: {
              captionId: `tabelle-${tables}`,
              ...(caption ? { caption } : { label: TEXT.release.tableLabel(tables) }),
              rows,
            },
          },
        ];
      }
      default:
        return [];
    }
  });
}
