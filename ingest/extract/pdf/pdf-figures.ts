/**
 * Alternative texts of a tagged PDF's figures (Word's „Barrierefreies PDF“): Figure elements of the
 * page's structure tree that carry /Alt, placed where the content they mark is drawn. They become
 * lines of their own („Bild: …“, as HTML images do), set into the page's lines before the first
 * line below the figure's top edge that overlaps it; a figure whose content is not found comes
 * at the end of its page. An untagged PDF, or a figure without /Alt (decorative), gives nothing.
 */
import { cleanLine } from '../../text/clean-text.js';
import { IMAGE_LABEL } from '../extracted-document.js';
import { objectBoxes } from './pdf-image-cover.js';
import type { PdfLine } from './pdf-lines.js';
import { readWideString, type Pdfium } from './pdfium-library.js';

export interface PdfFigure {
  alt: string;
  /** The box of the content the figure marks (absent when none was found on the page). */
  box?: { left: number; right: number; top: number };
}

/** Structure trees nest; a hostile file may nest without end. */
const MAX_DEPTH = 64;

function figuresOf(pdfium: Pdfium, tree: number): Array<{ alt: string; mcids: Set<number> }> {
  const m = pdfium.module;
  const figures: Array<{ alt: string; mcids: Set<number> }> = [];
  const visit = (element: number, depth: number): void => {
    const type = readWideString(pdfium, (buffer, bytes) => m.FPDF_StructElement_GetType(element, buffer, bytes));
    if (type === 'Figure') {
      const alt = cleanLine(
        readWideString(pdfium, (buffer, bytes) => m.FPDF_StructElement_GetAltText(element, buffer, bytes)) ?? '',
      );
      const mcids = new Set<number>();
      for (let i = 0; i < m.FPDF_StructElement_GetMarkedContentIdCount(element); i++)
        mcids.add(m.FPDF_StructElement_GetMarkedContentIdAtIndex(element, i));
      if (alt.length > 0) figures.push({ alt, mcids });
      return;
    }
    if (depth >= MAX_DEPTH) return;
    for (let i = 0; i < m.FPDF_StructElement_CountChildren(element); i++) {
      const child = m.FPDF_StructElement_GetChildAtIndex(element, i);
      if (child) visit(child, depth + 1);
    }
  };
  for (let i = 0; i < m.FPDF_StructTree_CountChildren(tree); i++) {
    const child = m.FPDF_StructTree_GetChildAtIndex(tree, i);
    if (child) visit(child, 0);
  }
  return figures;
}

/** The figures of `page` that have an alternative text, in the structure tree's order. */
export function readFigures(pdfium: Pdfium, page: number): PdfFigure[] {
  const m = pdfium.module;
  const tree = m.FPDF_StructTree_GetForPage(page);
  if (!tree) return [];
  try {
    const figures = figuresOf(pdfium, tree);
    if (figures.length === 0) return [];
    const wanted = new Set(figures.flatMap((f) => [...f.mcids]));
    const marked = objectBoxes(pdfium, page, (o) => wanted.has(m.FPDFPageObj_GetMarkedContentID(o))).map((box) => ({
      ...box,
      mcid: m.FPDFPageObj_GetMarkedContentID(box.object),
    }));
    return figures.map(({ alt, mcids }) => {
      const boxes = marked.filter((box) => mcids.has(box.mcid));
      if (boxes.length === 0) return { alt };
      return {
        alt,
        box: {
          left: Math.min(...boxes.map((b) => b.left)),
          right: Math.max(...boxes.map((b) => b.right)),
          top: Math.max(...boxes.map((b) => b.top)),
        },
      };
    });
  } finally {
    m.FPDF_StructTree_Close(tree);
  }
}

/** The page's lines with a „Bild: …“ line for each figure, where the figure stands. */
export function withFigures(lines: readonly PdfLine[], figures: readonly PdfFigure[], page: number): PdfLine[] {
  const out = [...lines];
  for (const { alt, box } of figures) {
    const text = `${IMAGE_LABEL} ${alt}`;
    const line: PdfLine = {
      text,
      x: box?.left ?? 0,
      y: box?.top ?? 0,
      right: box?.right ?? 0,
      size: 0,
      page,
      image: true,
    };
    const at = box ? out.findIndex((l) => !l.image && l.y < box.top && l.right > box.left && l.x < box.right) : -1;
    out.splice(at < 0 ? out.length : at, 0, line);
  }
  return out;
}
