/**
 * Untrusted text (what visitors type, names of ingested files) may hold characters that steer a
 * terminal or reorder displayed text: C0 and C1 controls (ESC starts escape sequences, CR returns to
 * the start of the line, LF starts a new one), DEL, the Unicode line and paragraph separators, and
 * the bidirectional formatting characters (embeddings and overrides U+202A–U+202E, isolates
 * U+2066–U+2069, the marks U+200E, U+200F and U+061C). `stripControls` removes them where text is
 * taken in; `escapeControls` shows them as visible escapes where text is printed for a person.
 */

/** Every character either function treats. */
const CONTROL = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
/** The ones that separate words or lines: a space (or a line break) where they are taken out. */
const SPACING = /[\t\n\v\f\r\u0085\u2028\u2029]/;
const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * Text as it may be kept: without control and bidi formatting characters. `multiline` keeps line
 * breaks (CR LF and CR become LF, as a textarea sends CR LF) and tabs; otherwise each of them, like
 * the other line and paragraph separators, becomes a space.
 */
export function stripControls(text: string, { multiline = false }: { multiline?: boolean } = {}): string {
  const lines = multiline ? text.replace(/\r\n?/g, '\n') : text;
  return lines.replace(CONTROL, (char) => {
    if (multiline && (char === '\n' || char === '\t')) return char;
    return SPACING.test(char) ? ' ' : '';
  });
}

/**
 * Text as it may be printed to a terminal: each control or bidi formatting character as a visible
 * escape (`\n`, `\r`, `\t`, `\x1b`, `\u202e`), so nothing typed can move the cursor, change the
 * terminal or start a line of its own. A backslash typed as such stays one: the output is for
 * reading; machine-readable output is JSON.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return NAMED[char] ?? (code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
  });
}

/** What `JSON.stringify` leaves unescaped of CONTROL (it escapes C0 itself); found only inside strings. */
const JSON_UNESCAPED = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `JSON.stringify` with DEL, C1 controls, bidi formatting and line separators written as `\u`
 * escapes too: the same JSON value, and harmless at a terminal.
 */
export function terminalJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(JSON_UNESCAPED, (char) => `\\u${hex(char.charCodeAt(0), 4)}`);
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}
