/**
 * A small CSV writer for German spreadsheet programs: `;` between cells, CRLF between rows (RFC 4180),
 * a cell quoted when it holds a separator, a quote or a line break (quotes doubled), and the file
 * opened by a byte order mark so Excel reads it as UTF-8. Cell text comes from ingested files, so it
 * is made safe first: control characters are removed (but tab and line breaks, which a cell may hold;
 * a line break inside a cell becomes LF), and a cell that a spreadsheet could read as a formula (it
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return, or their full-width forms) gets a
 * leading apostrophe, as OWASP advises against CSV injection. Pure.
 */

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_ROW_END = '\r\n';

// C0 controls but tab, LF and CR; DEL; C1 controls; lone surrogates; the non-characters U+FFFE/U+FFFF.
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** What makes a spreadsheet read a cell as a formula (and the full-width forms some programs fold). */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const NEEDS_QUOTES = /[;"\r\n]/;

/** The cell's text as it is written: control characters removed, formulas neutralised, quoted if needed. */
export function csvCell(value: string): string {
  let text = value.replace(CONTROL, '');
  if (FORMULA_START.test(text)) text = `'${text}`;
  text = text.replace(/\r\n?/g, '\n');
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row with its line end. */
export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(CSV_SEPARATOR) + CSV_ROW_END;
}
