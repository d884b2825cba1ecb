/**
 * pdfkit's built-in fonts (Helvetica …) use WinAnsiEncoding: Latin-1 plus a few typographic
 * characters („ “ ‚ ‘ – — … € and some more). Anything else comes out as a wrong glyph, so the
 * PDF renderer checks its text first.
 */

const EXTRA = new Set('ƒ–—‘’‚“”„†‡•…€‰‹›ˆ™ŒœŠš˜ŸŽž');

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return char === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || EXTRA.has(char);
}

/** The characters of `text` that a built-in PDF font cannot show, each once. */
export function unsupportedCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const char of text) if (!isWinAnsi(char)) found.add(char);
  return [...found];
}
