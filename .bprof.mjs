// ../../../tmp/h19b/bprof.ts
import { readFile } from "node:fs/promises";

// ingest/extract/extraction-error.ts
var ExtractionError = class extends Error {
  name = "ExtractionError";
  code;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.code = code;
  }
};

// ingest/text/clean-text.ts
var INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
var SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
function cleanLine(text) {
  const softHyphenAtEnd = /\u00ad\s*$/.test(text);
  const cleaned = text.normalize("NFC").replace(INVISIBLE, "").replace(SPACES, " ").replace(/ {2,}/g, " ").trim();
  return softHyphenAtEnd && cleaned.length > 0 ? `${cleaned}\xAD` : cleaned;
}
function collapseWhitespace(text) {
  return cleanLine(text.replace(/\s+/g, " "));
}
function countLetters(text) {
  return text.match(new RegExp("\\p{L}", "gu"))?.length ?? 0;
}

// ingest/extract/ocr/ocr-needed-error.ts
var OcrNeededError = class extends Error {
  constructor(request) {
    super(`OCR needed for page(s) ${request.pages.join(", ")}`);
    this.request = request;
  }
  request;
  name = "OcrNeededError";
};

// ingest/extract/ocr/ocr-page.ts
function summariseOcr(pages) {
  const confidence = pages.reduce((sum, p) => sum + p.confidence, 0) / Math.max(1, pages.length);
  return {
    pages: pages.map((p) => ({ page: p.page, confidence: Math.round(p.confidence) })),
    confidence: Math.round(confidence)
  };
}

// ingest/extract/ocr/ocr-text-lines.ts
function ocrPageLines(page) {
  return page.lines.map((line) => ({ ...line, page: page.page }));
}
function pageList(pages) {
  const ranges = [];
  const sorted = [...pages].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i];
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i] + 1) i++;
    ranges.push(start === sorted[i] ? String(start) : `${start}\u2013${sorted[i]}`);
  }
  return ranges.join(", ");
}

// ingest/extract/pdf/pdf-image-cover.ts
var IMAGE_OBJECT = 3;
function objectBoxes({ module: m }, page, keep) {
  const count = m.FPDFPage_CountObjects(page);
  if (count <= 0) return [];
  const box = m.pdfium.wasmExports.malloc(16);
  if (!box) return [];
  try {
    const boxes = [];
    for (let i = 0; i < count; i++) {
      const object = m.FPDFPage_GetObject(page, i);
      if (!object || !keep(object)) continue;
      if (!m.FPDFPageObj_GetBounds(object, box, box + 4, box + 8, box + 12)) continue;
      const f = m.pdfium.HEAPF32;
      const at = box >> 2;
      boxes.push({ object, left: f[at] ?? 0, bottom: f[at + 1] ?? 0, right: f[at + 2] ?? 0, top: f[at + 3] ?? 0 });
    }
    return boxes;
  } finally {
    m.pdfium.wasmExports.free(box);
  }
}
function imageCover(pdfium, page) {
  const m = pdfium.module;
  const width = m.FPDF_GetPageWidthF(page);
  const height = m.FPDF_GetPageHeightF(page);
  if (!(width > 0 && height > 0)) return 0;
  let covered = 0;
  for (const { left, bottom, right, top } of objectBoxes(
    pdfium,
    page,
    (o) => m.FPDFPageObj_GetType(o) === IMAGE_OBJECT
  )) {
    const w = Math.min(width, right) - Math.max(0, left);
    const h = Math.min(height, top) - Math.max(0, bottom);
    if (w > 0 && h > 0) covered += w * h;
  }
  return Math.min(1, covered / (width * height));
}

// ingest/extract/extracted-document.ts
var IMAGE_LABEL = "Bild:";

// ingest/extract/pdf/pdfium-library.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
var TEXT_EXPORTS = [
  "FPDF_GetPageCount",
  "FPDF_LoadPage",
  "FPDF_ClosePage",
  "FPDFText_LoadPage",
  "FPDFText_ClosePage",
  "FPDFText_CountChars",
  "FPDFText_GetUnicode",
  "FPDFText_IsGenerated",
  "FPDFText_GetTextObject",
  "FPDFText_GetCharOrigin",
  "FPDFText_GetFontSize",
  "FPDFText_GetMatrix",
  "FPDFText_GetLooseCharBox",
  "FPDFText_IsHyphen"
];
var PDFIUM_ERROR = { unknown: 1, file: 2, format: 3, password: 4, security: 5, page: 6 };
var PdfiumError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "PdfiumError";
  }
  code;
};
var ERROR_TEXT = {
  [PDFIUM_ERROR.file]: "file not readable",
  [PDFIUM_ERROR.format]: "not a PDF or damaged",
  [PDFIUM_ERROR.password]: "password required",
  [PDFIUM_ERROR.security]: "unsupported security handler",
  [PDFIUM_ERROR.page]: "page not found or damaged"
};
var MAX_KEPT_MEMORY = 512 * 1024 * 1024;
var loading;
var current;
async function load() {
  const { init } = await import("@embedpdf/pdfium");
  const wasmPath = createRequire(import.meta.url).resolve("@embedpdf/pdfium/pdfium.wasm");
  const file = readFileSync(wasmPath);
  const wasmBinary = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
  const wrapped = await init({ wasmBinary });
  wrapped.PDFiumExt_Init();
  const exports = wrapped.pdfium.wasmExports;
  const missing = TEXT_EXPORTS.filter((name) => typeof exports[name] !== "function");
  if (missing.length > 0) throw new Error(`this PDFium build lacks ${missing.join(", ")}`);
  current = { module: wrapped, text: exports };
  return current;
}
function loadPdfium() {
  loading ??= load().catch((error) => {
    loading = void 0;
    throw error;
  });
  return loading;
}
function retire(pdfium) {
  if (current !== pdfium) return;
  current = void 0;
  loading = void 0;
}
function withPdfDocument(pdfium, bytes2, use) {
  const m = pdfium.module;
  const { wasmExports } = m.pdfium;
  let trapped = false;
  const data = wasmExports.malloc(bytes2.length);
  if (!data) throw new PdfiumError(PDFIUM_ERROR.unknown, `out of memory for a PDF of ${bytes2.length} bytes`);
  try {
    m.pdfium.HEAPU8.set(bytes2, data);
    const doc = m.FPDF_LoadMemDocument(data, bytes2.length, "");
    if (!doc) {
      const code = m.FPDF_GetLastError();
      throw new PdfiumError(code, ERROR_TEXT[code] ?? `PDFium error ${code}`);
    }
    try {
      return use(doc);
    } catch (error) {
      trapped = error instanceof WebAssembly.RuntimeError;
      throw error;
    } finally {
      if (!trapped) m.FPDF_CloseDocument(doc);
    }
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) trapped = true;
    throw error;
  } finally {
    if (!trapped) wasmExports.free(data);
    if (trapped || m.pdfium.HEAPU8.byteLength > MAX_KEPT_MEMORY) retire(pdfium);
  }
}
function readWideString({ module: pdfium }, call) {
  const bytes2 = call(0, 0);
  if (bytes2 <= 2) return void 0;
  const buffer = pdfium.pdfium.wasmExports.malloc(bytes2);
  if (!buffer) return void 0;
  try {
    call(buffer, bytes2);
    return pdfium.pdfium.UTF16ToString(buffer);
  } finally {
    pdfium.pdfium.wasmExports.free(buffer);
  }
}
function readMetaText(pdfium, doc, tag) {
  return readWideString(pdfium, (buffer, bytes2) => pdfium.module.FPDF_GetMetaText(doc, tag, buffer, bytes2));
}

// ingest/extract/pdf/pdf-figures.ts
var MAX_DEPTH = 64;
function figuresOf(pdfium, tree) {
  const m = pdfium.module;
  const figures = [];
  const visit = (element, depth) => {
    const type = readWideString(pdfium, (buffer, bytes2) => m.FPDF_StructElement_GetType(element, buffer, bytes2));
    if (type === "Figure") {
      const alt = cleanLine(
        readWideString(pdfium, (buffer, bytes2) => m.FPDF_StructElement_GetAltText(element, buffer, bytes2)) ?? ""
      );
      const mcids = /* @__PURE__ */ new Set();
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
function readFigures(pdfium, page) {
  const m = pdfium.module;
  const tree = m.FPDF_StructTree_GetForPage(page);
  if (!tree) return [];
  try {
    const figures = figuresOf(pdfium, tree);
    if (figures.length === 0) return [];
    const wanted = new Set(figures.flatMap((f) => [...f.mcids]));
    const marked = objectBoxes(pdfium, page, (o) => wanted.has(m.FPDFPageObj_GetMarkedContentID(o))).map((box) => ({
      ...box,
      mcid: m.FPDFPageObj_GetMarkedContentID(box.object)
    }));
    return figures.map(({ alt, mcids }) => {
      const boxes = marked.filter((box) => mcids.has(box.mcid));
      if (boxes.length === 0) return { alt };
      return {
        alt,
        box: {
          left: Math.min(...boxes.map((b) => b.left)),
          right: Math.max(...boxes.map((b) => b.right)),
          top: Math.max(...boxes.map((b) => b.top))
        }
      };
    });
  } finally {
    m.FPDF_StructTree_Close(tree);
  }
}
function withFigures(lines, figures, page) {
  const out = [...lines];
  for (const { alt, box } of figures) {
    const text = `${IMAGE_LABEL} ${alt}`;
    const line = {
      text,
      x: box?.left ?? 0,
      y: box?.top ?? 0,
      right: box?.right ?? 0,
      size: 0,
      page,
      image: true
    };
    const at = box ? out.findIndex((l) => !l.image && l.y < box.top && l.right > box.left && l.x < box.right) : -1;
    out.splice(at < 0 ? out.length : at, 0, line);
  }
  return out;
}

// ingest/text/join-lines.ts
var COORDINATION = /^(?:und|oder|sowie|bzw\.|beziehungsweise|als auch|noch)(?=[\s,.;:]|$)/;
var LINE_END_HYPHEN = /[-\u2010\u00ad]$/;
function joinPair(left, right) {
  if (left.length === 0) return right;
  if (right.length === 0) return left;
  if (left.endsWith("\xAD")) return left.slice(0, -1) + right;
  if (/(?:https?:\/\/|www\.)\S*[/.\-_]$/.test(left)) return left + right;
  if (!LINE_END_HYPHEN.test(left)) return `${left} ${right}`;
  const beforeHyphen = left.slice(0, -1);
  const lastChar = beforeHyphen.slice(-1);
  if (!new RegExp("\\p{L}|\\d", "u").test(lastChar)) return `${left} ${right}`;
  if (COORDINATION.test(right)) return `${beforeHyphen}- ${right}`;
  if (new RegExp("^\\p{Ll}", "u").test(right) && new RegExp("\\p{L}", "u").test(lastChar)) return beforeHyphen + right;
  return `${beforeHyphen}-${right}`;
}
function joinWrappedLines(lines) {
  let result = "";
  for (const raw of lines) {
    const line = raw.trim();
    result = result.length === 0 ? line : joinPair(result, line);
  }
  return result.replace(/\u00ad/g, "");
}

// src/archive/safe-link.ts
var MAX_LENGTH = 2048;
var INVISIBLE2 = /[\u0000-\u001F\u007F-\u00A0\u00AD\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u2064\u3000\uFEFF]/u;
var CHARACTER_REFERENCE = /&(?:#x?[0-9a-f]+|colon|tab|newline|sol|lpar|rpar|period);?/i;
var SCHEME = /^([a-z][a-z0-9+.-]*):/i;
var WEB_SCHEMES = /* @__PURE__ */ new Set(["http:", "https:"]);
var MAILBOX = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/u;
function safeHref(raw, base, kinds = "web-and-mail") {
  const value = raw.trim();
  if (value.length === 0 || value.length > MAX_LENGTH) return void 0;
  if (INVISIBLE2.test(value) || CHARACTER_REFERENCE.test(value) || /\s/u.test(value)) return void 0;
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === "mailto") return kinds === "web-and-mail" ? safeMailto(value) : void 0;
  if (scheme !== void 0) return safeWeb(value);
  if (/^[\\/][\\/]/.test(value) || value.includes("\\")) return void 0;
  const firstSegment = value.split(/[/?#]/, 1)[0] ?? "";
  if (decodeSafely(firstSegment)?.includes(":") !== false) return void 0;
  if (base === void 0 || safeWeb(base) === void 0) return void 0;
  try {
    return safeWeb(new URL(value, base).href);
  } catch {
    return void 0;
  }
}
function decodeSafely(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return void 0;
  }
}
function safeWeb(value) {
  if (!/^https?:\/\/[^\\/]/i.test(value) || value.includes("\\")) return void 0;
  let url;
  try {
    url = new URL(value);
  } catch {
    return void 0;
  }
  if (!WEB_SCHEMES.has(url.protocol) || url.hostname === "" || url.username !== "" || url.password !== "")
    return void 0;
  return url.href;
}
function safeMailto(value) {
  const address = decodeSafely(value.slice("mailto:".length).split("?", 1)[0] ?? "");
  if (address === void 0 || !MAILBOX.test(address) || INVISIBLE2.test(address)) return void 0;
  return `mailto:${address}`;
}

// ingest/extract/html/html-table.ts
function tableLines(rows) {
  return rows.map(
    (cells) => cells.map((cell2) => cell2.text.map((run) => run.text).join("")).filter((text) => text.length > 0).join(" | ")
  ).filter((line) => line.length > 0);
}

// ingest/extract/pdf/pdf-table-headers.ts
var MAX_GAP = 4;
var SLACK = 0.5;
var PROSE_WIDTH = 0.6;
var piecesOf = (line) => (line.parts ?? [line]).map((p) => ({ text: p.text, x: p.x, right: p.right, y: line.y }));
function stackedHeader(columns, top, candidates, isFigure2) {
  const { size } = top;
  const left = Math.min(...columns.map((c) => c.x)) - size;
  const right = Math.max(...columns.map((c) => c.right)) + size;
  const slots = columns.map((column, i) => ({
    from: i === 0 ? left : columns[i - 1].right,
    to: column.right
  }));
  const above = candidates.filter((l) => l.page === top.page && l.y > top.y + 0.5 * size && !l.image).sort((a, b) => a.y - b.y);
  const stacks = columns.map(() => []);
  const used = [];
  let lastY = top.y;
  for (const line of above) {
    if (line.y - lastY > MAX_GAP * size) break;
    if (line.x < left || line.right > right || line.size > 1.2 * size) break;
    const pieces = piecesOf(line);
    if (pieces.some((p) => isFigure2(p.text))) return void 0;
    lastY = line.y;
    const placed = pieces.map((p) => {
      const centre = (p.x + p.right) / 2;
      return slots.findIndex(
        (s) => centre > s.from && centre <= s.to && p.x >= s.from - SLACK * size && p.right <= s.to + SLACK * size
      );
    });
    if (placed.some((slot) => slot < 0)) {
      if (line.right - line.x > PROSE_WIDTH * (right - left)) break;
      continue;
    }
    pieces.forEach((p, i) => stacks[placed[i]]?.push(p));
    used.push(line);
  }
  if (stacks.some((stack) => stack.length === 0)) return void 0;
  const texts = stacks.map(
    (stack) => joinWrappedLines(stack.sort((a, b) => b.y - a.y || a.x - b.x).map((p) => p.text))
  );
  return { texts, lines: used };
}

// ingest/extract/pdf/pdf-tables.ts
var MIN_ROWS = 3;
var MIN_CELLS = 3;
var FIGURE = /^[-–—+±.,%€$()\d\s/x×]*\d[-–—+±.,%€$()\d\s/x×]*$|^[-–—.x/]$/u;
var isFigure = (text) => FIGURE.test(text.trim());
var cellOf = (line, span) => ({
  text: span.text,
  x: span.x,
  right: span.right,
  y: line.y,
  size: line.size,
  page: line.page,
  source: line
});
var cellsOf = (line) => line.parts ? line.parts.map((part) => cellOf(line, part)) : [cellOf(line, line)];
function firstAtOrAbove(sorted, y) {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = low + high >> 1;
    if (sorted[middle].y < y) low = middle + 1;
    else high = middle;
  }
  return low;
}
function rowsOf(lines) {
  const rows = [];
  const byPage = /* @__PURE__ */ new Map();
  for (const line of lines.flatMap(cellsOf)) {
    const onPage = byPage.get(line.page) ?? [];
    byPage.set(line.page, onPage);
    const tolerance = 0.3 * line.size;
    let row;
    for (let i = firstAtOrAbove(onPage, line.y - tolerance - 1); i < onPage.length; i++) {
      const candidate = onPage[i];
      if (candidate.y > line.y + tolerance + 1) break;
      if (Math.abs(candidate.y - line.y) <= tolerance && (!row || candidate.made < row.made)) row = candidate;
    }
    if (row) row.cells.push(line);
    else {
      const created = { cells: [line], page: line.page, y: line.y, made: rows.length };
      onPage.splice(firstAtOrAbove(onPage, line.y), 0, created);
      rows.push(created);
    }
  }
  for (const row of rows) row.cells.sort((a, b) => a.x - b.x);
  return rows.sort((a, b) => a.page - b.page || b.y - a.y);
}
var Alignment = class {
  columns = [];
  constructor(rows) {
    for (const row of rows) this.add(row);
  }
  /** Adds a row (of the same number of cells as the others) and tells whether all are still aligned. */
  add(row) {
    let aligned = true;
    row.cells.forEach((cell2, i) => {
      const column = this.columns[i] ?? { x: [cell2.x, cell2.x], right: [cell2.right, cell2.right], size: cell2.size };
      this.columns[i] = column;
      column.x = [Math.min(column.x[0], cell2.x), Math.max(column.x[1], cell2.x)];
      column.right = [Math.min(column.right[0], cell2.right), Math.max(column.right[1], cell2.right)];
      column.size = Math.max(column.size, cell2.size);
      const tolerance = 1.5 * column.size;
      if (column.x[1] - column.x[0] > tolerance && column.right[1] - column.right[0] > tolerance) aligned = false;
    });
    return aligned;
  }
};
function fitsAsHeader(header, body) {
  if (header.page !== body.page || header.cells.length !== body.cells.length) return false;
  if (header.cells.some((cell2) => isFigure(cell2.text))) return false;
  return header.cells.every((cell2, i) => {
    const below = body.cells[i];
    const next = body.cells[i + 1];
    return cell2.right > below.x - 2 * cell2.size && (!next || cell2.x < next.x);
  });
}
function cell(line, header, scope) {
  const text = [{ text: line.text }];
  return scope ? { header, scope, text } : { header, text };
}
function tableBlock(rows, hasHeader) {
  const bodyRows = hasHeader ? rows.slice(1) : rows;
  const rowHeads = bodyRows.every((row) => !isFigure(row.cells[0]?.text ?? "")) && bodyRows.some((row) => row.cells.slice(1).some((c) => isFigure(c.text)));
  const cells = rows.map(
    (row, r) => row.cells.map((line, c) => {
      if (hasHeader && r === 0) return cell(line, true, "col");
      return rowHeads && c === 0 ? cell(line, true, "row") : cell(line, false);
    })
  );
  const lines = tableLines(cells);
  return { kind: "paragraph", text: lines.join(" "), lines, table: { rows: cells } };
}
function headerAbove(run, pageLines2, taken) {
  const [first] = run;
  if (!first) return void 0;
  const columns = first.cells.map((_, i) => {
    const cells = run.map((row2) => row2.cells[i]);
    return { x: Math.min(...cells.map((c) => c.x)), right: Math.max(...cells.map((c) => c.right)) };
  });
  const size = Math.max(...first.cells.map((c) => c.size));
  const floor = first.y + 0.5 * size;
  let [low, high] = [0, pageLines2.length];
  while (low < high) {
    const middle = low + high >> 1;
    if (pageLines2[middle].y > floor) high = middle;
    else low = middle + 1;
  }
  const above = pageLines2.slice(low).filter((l) => !taken.has(l));
  const found = stackedHeader(columns, { page: first.page, y: first.y, size }, above, isFigure);
  const source = found?.lines[0];
  if (!found || !source) return void 0;
  const row = {
    page: first.page,
    y: source.y,
    cells: found.texts.map((text, i) => cellOf(source, { text, ...columns[i] }))
  };
  return { row, lines: found.lines };
}
function findTables(lines) {
  const rows = rowsOf(lines);
  const order = new Map(lines.map((line, i) => [line, i]));
  const byPage = /* @__PURE__ */ new Map();
  for (const line of lines) {
    const onPage = byPage.get(line.page) ?? [];
    byPage.set(line.page, onPage);
    onPage.push(line);
  }
  for (const onPage of byPage.values()) onPage.sort((a, b) => a.y - b.y);
  const tables = [];
  const taken = /* @__PURE__ */ new Set();
  let start = 0;
  while (start < rows.length) {
    const first = rows[start];
    let end = start + 1;
    if (first.cells.length >= MIN_CELLS) {
      const from = first.cells.every((c) => !isFigure(c.text)) ? start + 1 : start;
      const sameShape = (row) => row !== void 0 && row.page === first.page && row.cells.length === first.cells.length;
      const alignment = new Alignment(rows.slice(from, end));
      while (end < rows.length && sameShape(rows[end]) && alignment.add(rows[end])) end++;
    }
    const run = rows.slice(start, end);
    if (run.length >= MIN_ROWS && run.slice(1).some((r) => r.cells.some((c) => isFigure(c.text)))) {
      const [head, second] = run;
      const hasHeader = head !== void 0 && second !== void 0 && fitsAsHeader(head, second) && run.slice(1).some((r) => r.cells.some((c) => isFigure(c.text)));
      const stacked = hasHeader ? void 0 : headerAbove(run, byPage.get(first.page) ?? [], taken);
      const used = [.../* @__PURE__ */ new Set([...run.flatMap((r) => r.cells.map((c) => c.source)), ...stacked?.lines ?? []])];
      for (const line of used) taken.add(line);
      const firstLine = used.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))[0];
      const block = stacked ? tableBlock([stacked.row, ...run], true) : tableBlock(run, hasHeader);
      tables.push({ lines: new Set(used), first: firstLine, block });
    }
    start = end;
  }
  return tables;
}

// ingest/extract/pdf/pdf-blocks.ts
var TERMINAL = /[.!?:;»«“”"')]$/;
var SENTENCE_END = /[.!?…]["“”»«’')]*$/u;
var sizeKey = (size) => Math.round(size * 2) / 2;
function bodySize(lines) {
  const chars = /* @__PURE__ */ new Map();
  for (const line of lines.filter((l) => !l.image))
    chars.set(sizeKey(line.size), (chars.get(sizeKey(line.size)) ?? 0) + line.text.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 10;
}
function percentile90(values) {
  if (values.length < 3) return void 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.floor(sorted.length * 0.9)];
}
var rightEdge = (lines) => percentile90(lines.map((l) => l.right));
function columnEdges(bodyLines, textRight) {
  const byX = [...bodyLines].sort((a, b) => a.x - b.x);
  const xs = Float64Array.from(byX, (l) => l.x);
  const sizes = Float64Array.from(byX, (l) => l.size);
  const rights = Float64Array.from(byX, (l) => l.right);
  const reach = 2 * sizes.reduce((max, size) => Math.max(max, size), 0);
  const edges = /* @__PURE__ */ new Map();
  return (left) => {
    let edge = edges.get(left);
    if (edge !== void 0) return edge;
    let [low, high] = [0, xs.length];
    while (low < high) {
      const middle = low + high >> 1;
      if (xs[middle] < left - reach) low = middle + 1;
      else high = middle;
    }
    const column = [];
    for (let i = low; i < xs.length && xs[i] <= left + reach; i++)
      if (Math.abs(xs[i] - left) <= 2 * sizes[i]) column.push(rights[i]);
    edge = percentile90(column) ?? textRight;
    edges.set(left, edge);
    return edge;
  };
}
function linePitches(lines) {
  const counts = /* @__PURE__ */ new Map();
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1], lines[i]];
    if (!a || !b || a.page !== b.page || sizeKey(a.size) !== sizeKey(b.size)) continue;
    const dy = a.y - b.y;
    if (dy < 0.8 * a.size || dy > 2.5 * a.size) continue;
    const perSize = counts.get(sizeKey(a.size)) ?? /* @__PURE__ */ new Map();
    perSize.set(Math.round(dy * 4) / 4, (perSize.get(Math.round(dy * 4) / 4) ?? 0) + 1);
    counts.set(sizeKey(a.size), perSize);
  }
  const pitches = /* @__PURE__ */ new Map();
  for (const [size, perSize] of counts) {
    const [pitch] = [...perSize.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [size * 1.2];
    pitches.set(size, pitch);
  }
  return pitches;
}
function kindOf(size, body) {
  if (size >= body * 1.12) return "heading";
  return size <= body * 0.9 ? "small" : "paragraph";
}
var NOTE = /^[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]* /u;
function breaksBetween(a, b, pitch, textRight, left) {
  if (NOTE.test(b.text)) return true;
  if (a.page !== b.page || Math.abs(a.size - b.size) > 0.1 * a.size) return true;
  const dy = a.y - b.y;
  if (dy <= 0 || dy > pitch * 1.3) return true;
  if (Math.abs(b.x - left) > 2 * a.size) return true;
  const width = textRight - left;
  return TERMINAL.test(a.text) && width > 0 && a.right - left < 0.8 * width;
}
function toBlock(lines, body, headingSizes) {
  const [first] = lines;
  if (first?.image) return { kind: "paragraph", text: first.text, lines: [first.text], image: true };
  const size = lines[0]?.size ?? body;
  const texts = lines.map((line) => line.text);
  const kind = kindOf(size, body);
  return {
    kind,
    text: joinWrappedLines(texts),
    lines: texts.map((t) => t.replace(/\u00ad$/, "-")),
    ...kind === "heading" ? { rank: Math.max(1, headingSizes.indexOf(sizeKey(size)) + 1) } : {}
  };
}
function nextWordWouldFit(last, next, textRight) {
  const word = next.text.split(" ")[0] ?? "";
  const charWidth = (next.right - next.x) / Math.max(1, next.text.length);
  return last.right + charWidth * (word.length + 1) <= textRight;
}
function joinAcrossPages(groups, body, textRight, pageBottom) {
  const result = [];
  let index = -1;
  const add = (group) => {
    result.push(group);
    if (kindOf(group.lines[0]?.size ?? body, body) !== "small") index = result.length - 1;
  };
  for (const group of groups) {
    const first = group.lines[0];
    if (group.table) {
      add(group);
      continue;
    }
    const previous = result[index];
    const last = previous?.lines.at(-1);
    const floor = () => {
      let top = -Infinity;
      for (const g of result.slice(index + 1))
        for (const l of g.lines) if (l.page === last?.page) top = Math.max(top, l.y + l.size);
      return top === -Infinity ? pageBottom : top;
    };
    const full = (l, next) => l.y - floor() < 3.75 * l.size && !nextWordWouldFit(l, next, textRight);
    const nextPage = first && last && last.page === first.page - 1;
    const nextColumn = first && last && last.page === first.page && first.y > last.y + last.size && first.x > last.right;
    const continues = first && last && previous && !previous.table && (nextPage || nextColumn) && kindOf(first.size, body) === "paragraph" && sizeKey(last.size) === sizeKey(first.size) && (!SENTENCE_END.test(last.text) || nextPage && full(last, first));
    if (continues && previous) previous.lines.push(...group.lines);
    else add(group);
  }
  return result;
}
function buildBlocks(all) {
  const lines = all.filter((l) => !l.image);
  const body = bodySize(lines);
  const pitches = linePitches(lines);
  const bodyLines = lines.filter((l) => sizeKey(l.size) === body);
  const textRight = rightEdge(bodyLines) ?? 0;
  const columnRight = columnEdges(bodyLines, textRight);
  const tables = /* @__PURE__ */ new Map();
  for (const table of findTables(lines)) for (const line of table.lines) tables.set(line, table);
  const groups = [];
  let current2;
  for (const line of all) {
    if (line.image) {
      groups.push({ lines: [line] });
      current2 = void 0;
      continue;
    }
    const table = tables.get(line);
    if (table) {
      if (table.first === line) groups.push({ lines: [...table.lines], table: table.block });
      current2 = void 0;
      continue;
    }
    const previous = current2?.lines.at(-1);
    const left = current2?.lines[0]?.x ?? line.x;
    const pitch = pitches.get(sizeKey(line.size)) ?? line.size * 1.2;
    if (!current2 || !previous || breaksBetween(previous, line, pitch, columnRight(left), left)) {
      current2 = { lines: [line] };
      groups.push(current2);
    } else {
      current2.lines.push(line);
    }
  }
  const pageBottom = Math.min(...lines.filter((l) => sizeKey(l.size) === body).map((l) => l.y));
  const joined = joinAcrossPages(groups, body, textRight, pageBottom);
  const headingSizes = [...new Set(joined.filter((g) => !g.table).map((g) => sizeKey(g.lines[0]?.size ?? body)))].filter((size) => kindOf(size, body) === "heading").sort((a, b) => b - a);
  return joined.map((group) => group.table ?? toBlock(group.lines, body, headingSizes));
}

// ingest/extract/pdf/pdf-errors.ts
function pdfError(error) {
  if (error instanceof ExtractionError) return error;
  if (error instanceof PdfiumError && error.code === PDFIUM_ERROR.password) {
    return new ExtractionError(
      "password-protected",
      "password-protected PDF: the text cannot be read without the password",
      { cause: error }
    );
  }
  if (error instanceof PdfiumError && error.code === PDFIUM_ERROR.security) {
    return new ExtractionError(
      "password-protected",
      "password-protected PDF with an unsupported kind of encryption: the text cannot be read",
      { cause: error }
    );
  }
  const detail = error instanceof Error ? error.message || error.name : String(error);
  const reason = error instanceof WebAssembly.RuntimeError ? `the PDF reader failed: ${detail}` : detail;
  return new ExtractionError("corrupt-pdf", `corrupt or truncated PDF (${reason || "unknown error"})`, {
    cause: error
  });
}

// ingest/extract/pdf/pdf-info.ts
var JUNK_TITLE = /^(?:microsoft\s+\w+\s+-|untitled|unbenannt|dokument\s*\d*$|document\s*\d*$|folie\s*\d*$)|\.(?:docx?|odt|rtf|pdf|indd|qxd)$/i;
var berlinDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Berlin",
  year: "numeric",
  month: "2-digit",
  day: "2-digit"
});
var PDF_DATE = /^(?:D:|(?=\d{14}))(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?$/;
var isoDate = (year, month, day) => `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
function pdfDateInGermany(value) {
  const m = PDF_DATE.exec(value.trim());
  if (!m) return void 0;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map(
    (i, k) => Number(m[i] ?? (k === 1 || k === 2 ? "01" : "00"))
  );
  const [offsetHours, offsetMinutes] = [Number(m[8] ?? 0), Number(m[9] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return void 0;
  const instant = /* @__PURE__ */ new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  if (instant.getUTCFullYear() !== year || instant.getUTCMonth() !== month - 1 || instant.getUTCDate() !== day)
    return void 0;
  if (!m[7]) return isoDate(year, month, day);
  const sign = m[7] === "-" ? -1 : m[7] === "+" ? 1 : 0;
  instant.setUTCHours(hour, minute - sign * (offsetHours * 60 + offsetMinutes), second);
  return berlinDate.format(instant);
}
function usableTitle(value) {
  if (value === void 0) return void 0;
  const title = cleanLine(value);
  return title.length >= 8 && !JUNK_TITLE.test(title) ? title : void 0;
}
function readPdfInfo(pdfium, doc) {
  const title = usableTitle(readMetaText(pdfium, doc, "Title"));
  const created = readMetaText(pdfium, doc, "CreationDate");
  const creationDate = created === void 0 ? void 0 : pdfDateInGermany(created);
  return { pages: pdfium.text.FPDF_GetPageCount(doc), title, creationDate };
}

// ingest/extract/pdf/pdf-xmp.ts
var START = "<x:xmpmeta";
var END = "</x:xmpmeta>";
var MAX_PACKETS = 8;
var MAX_PACKET_BYTES = 256 * 1024;
var KEYS = ["prism:url", "dc:source", "dc:identifier"];
var unescapeXml = (text) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
function valuesOf(packet, key) {
  const name = key.replace(".", "\\.");
  const attributes = [...packet.matchAll(new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, "g"))].map((m) => m[1]);
  const elements = [...packet.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, "g"))].map(
    (m) => m[1]
  );
  return [...attributes, ...elements];
}
function packets(bytes2) {
  const buffer = Buffer.from(bytes2.buffer, bytes2.byteOffset, bytes2.byteLength);
  const found = [];
  for (let at = buffer.indexOf(START); at >= 0 && found.length < MAX_PACKETS; at = buffer.indexOf(START, at + 1)) {
    const end = buffer.indexOf(END, at);
    if (end < 0) break;
    if (end - at <= MAX_PACKET_BYTES) found.push(buffer.toString("utf8", at, end + END.length));
  }
  return found;
}
function xmpSourceUrl(bytes2) {
  for (const packet of packets(bytes2)) {
    for (const key of KEYS) {
      for (const value of valuesOf(packet, key)) {
        const words = unescapeXml(value.replace(/<[^>]*>/g, " ")).trim().split(/\s+/);
        for (const word of words) {
          const safe = /^https?:/i.test(word) ? safeHref(word, void 0, "web") : void 0;
          if (safe) return safe;
        }
      }
    }
  }
  return void 0;
}

// ingest/extract/pdf/pdf-lines.ts
var PART_GAP = 1.5;
function startsNewLine(line, item) {
  const size = Math.max(line.size, item.size);
  if (Math.abs(item.y - line.y) > 0.5 * size) return true;
  if (item.x < line.right - size) return true;
  return item.x > line.right + 3 * size && !LABEL.test(line.text);
}
var LABEL = new RegExp("^\\p{L}[\\p{L} .-]{0,28}:$", "u");
function append(line, item) {
  if (item.str.trim().length === 0) {
    line.pendingSpace = true;
    return;
  }
  const gap = item.x - line.right;
  const piece = line.pieces.at(-1);
  if (!piece || gap > PART_GAP * item.size) line.pieces.push({ text: item.str, x: item.x, right: item.x + item.width });
  else {
    piece.text += (line.pendingSpace || gap > 0.15 * item.size ? " " : "") + item.str;
    piece.right = Math.max(piece.right, item.x + item.width);
  }
  const needsSpace = (line.pendingSpace || gap > 0.15 * item.size) && !/\s$/.test(line.text) && !/^\s/.test(item.str);
  line.pendingSpace = false;
  line.text += (needsSpace ? " " : "") + item.str;
  line.right = Math.max(line.right, item.x + item.width);
  const chars = item.str.trim().length;
  if (chars > line.mainChars) {
    line.mainChars = chars;
    line.size = item.size;
    line.y = item.y;
  }
}
function buildLines(items, page) {
  const lines = [];
  let current2;
  for (const item of items) {
    if (item.str.length === 0) continue;
    if (current2 && !startsNewLine(current2, item)) {
      append(current2, item);
      continue;
    }
    if (item.str.trim().length === 0) continue;
    current2 = {
      text: item.str,
      x: item.x,
      y: item.y,
      right: item.x + item.width,
      size: item.size,
      page,
      mainChars: item.str.trim().length,
      pendingSpace: false,
      pieces: [{ text: item.str, x: item.x, right: item.x + item.width }]
    };
    lines.push(current2);
  }
  return lines.map(({ mainChars: _mainChars, pendingSpace: _pendingSpace, pieces, ...line }) => {
    const parts = pieces.map((p) => ({ ...p, text: cleanLine(p.text) })).filter((p) => p.text.length > 0);
    return { ...line, text: cleanLine(line.text), ...parts.length > 1 ? { parts } : {} };
  }).filter((line) => line.text.length > 0);
}

// ingest/extract/pdf/pdf-links.ts
var PDFACTION_URI = 3;
var MAX_LINKS_PER_PAGE = 500;
var MAX_URI_BYTES = 4096;
function readPageLinks(pdfium, doc, page, textPage, scratch) {
  const m = pdfium.module;
  const heap = () => m.pdfium.HEAP32;
  const links = [];
  heap()[scratch >> 2] = 0;
  for (let n2 = 0; n2 < MAX_LINKS_PER_PAGE && m.FPDFLink_Enumerate(page, scratch, scratch + 4); n2++) {
    const link = heap()[scratch + 4 >> 2] ?? 0;
    const action = link ? m.FPDFLink_GetAction(link) : 0;
    if (!action || m.FPDFAction_GetType(action) !== PDFACTION_URI) continue;
    const uri = readUri(pdfium, doc, action);
    if (!uri || !m.FPDFLink_GetAnnotRect(link, scratch + 8)) continue;
    const [left, top, right, bottom] = [0, 1, 2, 3].map((i) => m.pdfium.HEAPF32[(scratch + 8 >> 2) + i] ?? 0);
    const href = safeHref(uri);
    const text = href ? boundedText(pdfium, textPage, left, Math.max(top, bottom), right, Math.min(top, bottom)) : "";
    if (href && text) links.push({ text, href });
  }
  return links;
}
function readUri(pdfium, doc, action) {
  const m = pdfium.module;
  const length = m.FPDFAction_GetURIPath(doc, action, 0, 0);
  if (length <= 1 || length > MAX_URI_BYTES) return void 0;
  const buffer = m.pdfium.wasmExports.malloc(length);
  if (!buffer) return void 0;
  try {
    m.FPDFAction_GetURIPath(doc, action, buffer, length);
    return Buffer.from(m.pdfium.HEAPU8.subarray(buffer, buffer + length - 1)).toString("latin1");
  } finally {
    m.pdfium.wasmExports.free(buffer);
  }
}
function boundedText(pdfium, textPage, left, top, right, bottom) {
  const m = pdfium.module;
  const chars = m.FPDFText_GetBoundedText(textPage, left, top, right, bottom, 0, 0);
  if (chars <= 0 || chars > 2e3) return "";
  const buffer = m.pdfium.wasmExports.malloc((chars + 1) * 2);
  if (!buffer) return "";
  try {
    m.FPDFText_GetBoundedText(textPage, left, top, right, bottom, buffer, chars + 1);
    return collapseWhitespace(m.pdfium.UTF16ToString(buffer).replaceAll(String.fromCharCode(2), "-"));
  } finally {
    m.pdfium.wasmExports.free(buffer);
  }
}
function markLink(runs, link) {
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    const at = run.href ? -1 : run.text.indexOf(link.text);
    if (at < 0) continue;
    const pieces = [
      { text: run.text.slice(0, at) },
      { text: link.text, href: link.href },
      { text: run.text.slice(at + link.text.length) }
    ].filter((piece) => piece.text.length > 0);
    return [...runs.slice(0, i), ...pieces, ...runs.slice(i + 1)];
  }
  return void 0;
}
function attachLinks(blocks, links) {
  let from = 0;
  for (const link of links) {
    for (let i = from; i < blocks.length; i++) {
      const block = blocks[i];
      if (block.table || !block.text.includes(link.text)) continue;
      const runs = markLink(block.runs ?? [{ text: block.text }], link);
      if (!runs) continue;
      block.runs = runs;
      from = i;
      break;
    }
  }
}

// ingest/extract/pdf/pdf-running-lines.ts
var ZONE = 4;
var PAGE_NUMBER = [
  /^(?:seite|page|s\.)\s*#+(?:\s*(?:von|of|aus|\/)\s*#+)?$/,
  /^[-–—]\s*#+\s*[-–—]$/,
  /^#+\s*(?:\/|von|of)\s*#+$/,
  /^#+$/
];
var BARE_NUMBER = /^#+$/;
function keyOf(text) {
  return text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
}
function isPageNumber(key) {
  return PAGE_NUMBER.some((pattern) => pattern.test(key));
}
function zoneLines(lines) {
  const byHeight = [...lines].sort((a, b) => b.y - a.y);
  return /* @__PURE__ */ new Set([...byHeight.slice(0, ZONE), ...byHeight.slice(-ZONE)]);
}
function removeRunningLines(pages) {
  const zones = pages.map(zoneLines);
  const pagesWithKey = /* @__PURE__ */ new Map();
  for (const zone of zones) {
    for (const key of new Set([...zone].map((line) => keyOf(line.text)))) {
      pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const isRepeated = (key) => pages.length >= 2 && (pagesWithKey.get(key) ?? 0) >= needed;
  const running = [];
  const result = pages.map((lines, index) => {
    const zone = zones[index];
    const isFurniture = (line) => {
      const key = keyOf(line.text);
      return zone?.has(line) === true && !BARE_NUMBER.test(key) && (isPageNumber(key) || isRepeated(key));
    };
    return lines.filter((line) => {
      if (!zone?.has(line)) return true;
      const key = keyOf(line.text);
      const besideText = BARE_NUMBER.test(key) && lines.some((other) => other !== line && Math.abs(other.y - line.y) < 0.3 * line.size && !isFurniture(other));
      if (isPageNumber(key) && !besideText) return false;
      if (!isRepeated(key)) return true;
      if (!running.some((text) => keyOf(text) === key)) running.push(line.text);
      return false;
    });
  });
  return { pages: result, running };
}

// ingest/extract/pdf/pdf-superscripts.ts
var DIGITS = /^\d{1,3}$/;
var SUPERSCRIPT_DIGITS = "\u2070\xB9\xB2\xB3\u2074\u2075\u2076\u2077\u2078\u2079";
var MAX_SIZE = 0.8;
var MIN_RISE = 0.15;
var MAX_RISE = 0.75;
var TOUCH = 0.35;
var toSuperscript = (digits) => [...digits].map((d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d).join("");
var isBlank = (item) => item.str.trim().length === 0;
function raisedBeside(mark, text) {
  const rise = mark.y - text.y;
  return mark.size <= MAX_SIZE * text.size && rise >= MIN_RISE * text.size && rise <= MAX_RISE * text.size;
}
function markSuperscripts(items) {
  const out = [];
  items.forEach((item, index) => {
    if (!DIGITS.test(item.str)) {
      out.push(item);
      return;
    }
    const blanks = out.length - out.findLastIndex((o) => !isBlank(o)) - 1;
    const before = out[out.length - 1 - blanks];
    if (before && /[\p{L}\p{N}.,;:!?)»«“”"'’]$/u.test(before.str) && raisedBeside(item, before) && item.x - (before.x + before.width) <= TOUCH * before.size && item.x >= before.x + before.width - TOUCH * before.size) {
      out.splice(out.length - blanks, blanks);
      out.push({ ...item, str: toSuperscript(item.str), y: before.y });
      return;
    }
    let next = index + 1;
    while (next < items.length && isBlank(items[next])) next++;
    const after = items[next];
    const startsLine = !before || Math.abs(before.y - item.y) > before.size;
    const gap = after ? after.x - (item.x + item.width) : Infinity;
    if (startsLine && after && raisedBeside(item, after) && gap >= 0 && gap <= after.size) {
      out.push({ ...item, str: toSuperscript(item.str), y: after.y });
      return;
    }
    out.push(item);
  });
  return out;
}
var NOTE_START = /^(\d{1,3}) (?=\S)/;
var SMALL = 0.9;
var MARKS_IN = /(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;
function markNoteNumbers(pages, bodySize2) {
  const marks = /* @__PURE__ */ new Set();
  return pages.map((lines) => {
    const top = Math.max(...lines.map((l) => l.y));
    const bottom = Math.min(...lines.map((l) => l.y));
    return lines.map((line) => {
      const number = NOTE_START.exec(line.text)?.[1];
      const mark = number ? toSuperscript(number) : void 0;
      const isNote = mark !== void 0 && marks.has(mark) && line.size <= SMALL * bodySize2 && line.y < (top + bottom) / 2;
      for (const found of line.text.matchAll(MARKS_IN)) marks.add(found[0]);
      if (!isNote || !number || !mark) return line;
      const renumber = (text) => text.replace(NOTE_START, `${mark} `);
      return {
        ...line,
        text: renumber(line.text),
        ...line.parts ? { parts: line.parts.map((p, i) => i === 0 ? { ...p, text: renumber(p.text) } : p) } : {}
      };
    });
  });
}

// ingest/extract/pdf/pdf-extractor.ts
var SCAN_COVER = 0.5;
var SCAN_MAX_LETTERS = 30;
var MIN_LETTERS = 20;
var lettersOf = (lines) => lines.reduce((sum, line) => sum + countLetters(line.text), 0);
var LINE_BREAK = /* @__PURE__ */ new Set([10, 13]);
var HYPHEN_MARK = 2;
var REPLACEMENT = "\uFFFD";
var PageReader = class {
  constructor(pdfium) {
    this.pdfium = pdfium;
    this.t = pdfium.text;
    this.scratch = pdfium.module.pdfium.wasmExports.malloc(32);
    if (!this.scratch) throw new PdfiumError(PDFIUM_ERROR.unknown, "out of memory");
  }
  pdfium;
  t;
  scratch;
  close() {
    this.pdfium.module.pdfium.wasmExports.free(this.scratch);
  }
  /** The page's text as lines (`pdf-lines.ts`) and the share of it its images cover; `n` counts from 1. */
  readPage(doc, n2) {
    const page = this.t.FPDF_LoadPage(doc, n2 - 1);
    if (!page) throw new PdfiumError(PDFIUM_ERROR.page, `page ${n2} cannot be read`);
    try {
      const text = this.t.FPDFText_LoadPage(page);
      if (!text) throw new PdfiumError(PDFIUM_ERROR.page, `text of page ${n2} cannot be read`);
      try {
        const lines = withFigures(
          buildLines(markSuperscripts(this.readItems(text)), n2),
          readFigures(this.pdfium, page),
          n2
        );
        const links = readPageLinks(this.pdfium, doc, page, text, this.scratch);
        const letters = lettersOf(lines);
        return { lines, links, letters, cover: letters < SCAN_MAX_LETTERS ? imageCover(this.pdfium, page) : 0 };
      } finally {
        this.t.FPDFText_ClosePage(text);
      }
    } finally {
      this.t.FPDF_ClosePage(page);
    }
  }
  // The memory views are read on every use: growing the module's memory replaces them.
  f64(index) {
    return this.pdfium.module.pdfium.HEAPF64[(this.scratch >> 3) + index] ?? 0;
  }
  f32(index) {
    return this.pdfium.module.pdfium.HEAPF32[(this.scratch >> 2) + index] ?? 0;
  }
  /** The positioned text items of one page, in PDFium's reading order. */
  readItems(text) {
    const t = this.t;
    const items = [];
    let run;
    const count = t.FPDFText_CountChars(text);
    for (let index = 0; index < count; index++) {
      const code = t.FPDFText_GetUnicode(text, index);
      if (t.FPDFText_IsGenerated(text, index)) {
        if (run) {
          this.endRun(text, run, items);
          if (!LINE_BREAK.has(code) && !run.rotated)
            items.push({ str: " ", x: run.lastX, y: run.y, width: 0, size: run.size });
        }
        run = void 0;
        continue;
      }
      if (code === 0 || LINE_BREAK.has(code)) continue;
      const object = t.FPDFText_GetTextObject(text, index);
      t.FPDFText_GetCharOrigin(text, index, this.scratch, this.scratch + 8);
      const [x, y] = [this.f64(0), this.f64(1)];
      if (run && !continuesRun(run, object, x, y)) {
        this.endRun(text, run, items);
        run = void 0;
      }
      run ??= this.startRun(text, index, object, x, y);
      run.str += this.character(text, index, code);
      run.last = index;
      run.lastX = x;
    }
    if (run) this.endRun(text, run, items);
    return items;
  }
  /**
   * The character as text. Without a Unicode mapping PDFium passes the glyph's code on, which can
   * be beyond Unicode (and arrives as a signed 32-bit number).
   */
  character(text, index, code) {
    if (code === HYPHEN_MARK) return this.t.FPDFText_IsHyphen(text, index) ? "-" : "";
    const unsigned = code >>> 0;
    return unsigned > 1114111 ? REPLACEMENT : String.fromCodePoint(unsigned);
  }
  startRun(text, index, object, x, y) {
    const fontSize = this.t.FPDFText_GetFontSize(text, index);
    let size = fontSize;
    let rotated = false;
    if (this.t.FPDFText_GetMatrix(text, index, this.scratch)) {
      const [a, b, c, d] = [this.f32(0), this.f32(1), this.f32(2), this.f32(3)];
      rotated = Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d);
      size = fontSize * (Math.hypot(c, d) || Math.abs(a) || 1);
    }
    return { object, str: "", x, y, size, rotated, last: index, lastX: x };
  }
  endRun(text, run, items) {
    if (run.rotated || run.str.length === 0) return;
    const right = this.t.FPDFText_GetLooseCharBox(text, run.last, this.scratch) ? this.f32(2) : run.lastX;
    items.push({ str: run.str, x: run.x, y: run.y, width: Math.max(0, right - run.x), size: run.size });
  }
};
function continuesRun(run, object, x, y) {
  return object === run.object && Math.abs(y - run.y) <= 0.05 * run.size && x >= run.lastX - 0.05 * run.size && x <= run.lastX + 3 * run.size;
}
function readPages(pdfium, doc, deadline) {
  const reader = new PageReader(pdfium);
  try {
    const pages = [];
    const count = pdfium.text.FPDF_GetPageCount(doc);
    for (let n2 = 1; n2 <= count; n2++) {
      if (Date.now() > deadline)
        throw new ExtractionError("timeout", `PDF text extraction took too long (stopped at page ${n2})`);
      pages.push(reader.readPage(doc, n2));
    }
    return pages;
  } finally {
    reader.close();
  }
}
function pageLines(pages, ocr, warnings) {
  const scans = pages.flatMap((p, i) => p.cover >= SCAN_COVER && p.letters < SCAN_MAX_LETTERS ? [i + 1] : []);
  const textLetters = pages.reduce((sum, p, i) => sum + (scans.includes(i + 1) ? 0 : p.letters), 0);
  const lines = pages.map((p) => p.lines);
  if (scans.length === 0) {
    if (textLetters < MIN_LETTERS) {
      throw new ExtractionError(
        "too-little-text",
        `too little text for a release (${textLetters} letters) and no scanned page`
      );
    }
    return { lines };
  }
  if (!ocr) {
    if (textLetters < MIN_LETTERS) {
      throw new ExtractionError(
        "no-text-layer",
        `scanned PDF without text layer (page ${pageList(scans)}), and OCR is turned off (OCR=0)`
      );
    }
    warnings.push(`page ${pageList(scans)} is a scan and was not read: OCR is turned off (OCR=0)`);
    return { lines };
  }
  const read = new Map(ocr.pages.map((p) => [p.page, p]));
  const missing = scans.filter((n2) => !read.has(n2));
  if (missing.length > 0) throw new OcrNeededError({ source: "pdf", pages: missing });
  const used = scans.map((n2) => read.get(n2));
  for (const page of used) lines[page.page - 1] = ocrPageLines(page);
  if (textLetters + used.reduce((sum, page) => sum + lettersOf(ocrPageLines(page)), 0) < MIN_LETTERS) {
    throw new ExtractionError("ocr-no-text", `OCR found no text on the scanned page ${pageList(scans)}`);
  }
  return { lines, ocr: summariseOcr(used) };
}
async function extractPdf(bytes2, options) {
  const pdfium = await loadPdfium();
  try {
    return withPdfDocument(pdfium, bytes2, (doc) => {
      const info = readPdfInfo(pdfium, doc);
      const warnings = [];
      const pages = readPages(pdfium, doc, options.deadline);
      const { lines, ocr } = pageLines(pages, options.ocr, warnings);
      const { pages: cleaned, running } = removeRunningLines(lines);
      const blocks = buildBlocks(markNoteNumbers(cleaned, bodySize(cleaned.flat())).flat());
      attachLinks(
        blocks,
        pages.flatMap((p) => p.links)
      );
      const sourceUrl = xmpSourceUrl(bytes2);
      return {
        type: "pdf",
        blocks,
        hints: {
          title: info.title,
          fallbackDate: info.creationDate,
          letterhead: running,
          senders: [],
          ...sourceUrl ? { sourceUrl } : {}
        },
        pages: info.pages,
        warnings,
        ...ocr ? { ocr } : {}
      };
    });
  } catch (error) {
    if (error instanceof OcrNeededError) throw error;
    throw pdfError(error);
  }
}

// ../../../tmp/h19b/bprof.ts
var bytes = await readFile(process.argv[3] ?? "/work/shared/corpus/destatis/verbraucherpreisindex-lange-reihen-pdf-5611103.pdf");
var n = Number(process.argv[2] ?? 5);
await extractPdf(bytes, { deadline: Date.now() + 6e5 });
var cpus = [];
for (let i = 0; i < n; i++) {
  const t0 = process.cpuUsage();
  await extractPdf(bytes, { deadline: Date.now() + 6e5 });
  const c = process.cpuUsage(t0);
  cpus.push((c.user + c.system) / 1e3);
}
cpus.sort((a, b) => a - b);
console.log("cpu ms per extraction: min", cpus[0].toFixed(0), "median", cpus[n >> 1].toFixed(0));
