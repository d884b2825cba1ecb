/**
 * Repairs double-encoded UTF-8 ("mojibake"): UTF-8 bytes that were read as Latin-1 or
 * windows-1252 and encoded again, e.g. "Ã¤" for "ä", "â\u0080\u0093" or "â€“" for "–", "ï»¿" for a BOM.
 * Text without clear signs of mojibake is returned unchanged, and inside damaged text only byte
 * sequences that decode to plausible characters are replaced, so correct text is never touched.
 */

/** windows-1252 characters for the bytes 0x80–0x9F (where Latin-1 has control characters). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE_OF = new Map<string, number>([...CP1252_HIGH].map((ch, i) => [ch, 0x80 + i]));

const CONT = `[\\u0080-\\u00bf${CP1252_HIGH.replace(/[\u0080-\u009f]/g, '')}]`;
/** A lead byte followed by the right number of continuation bytes, all seen as characters. */
const SEQUENCE = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`, 'g');
/** Signs that a text is double-encoded: sequences that practically never occur in real German text. */
const STRONG_SIGN = new RegExp(`Ã${CONT}|â(?:\\u0080|€)${CONT}|ï»¿|Â[\\u00a0-\\u00bf]`);

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function toBytes(chars: string): Uint8Array | undefined {
  const bytes: number[] = [];
  for (const ch of chars) {
    const code = ch.codePointAt(0) ?? 0;
    const byte = code <= 0xff ? code : BYTE_OF.get(ch);
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}

function isPlausible(decoded: string): boolean {
  const cp = decoded.codePointAt(0) ?? 0;
  // C1 controls (0x80–0x9F) are kept: in triple-encoded text they are the next round's input.
  if (decoded.length === 1 && cp < 0x800) return cp >= 0x80 && cp <= 0x24f;
  if (cp >= 0x10000) return cp >= 0x1f000 && cp <= 0x1faff;
  return (cp >= 0x2000 && cp <= 0x2bff) || cp === 0xfeff;
}

function repairOnce(text: string): string {
  return text.replace(SEQUENCE, (chars) => {
    const bytes = toBytes(chars);
    if (!bytes) return chars;
    try {
      const decoded = utf8.decode(bytes);
      return isPlausible(decoded) ? decoded : chars;
    } catch {
      return chars;
    }
  });
}

export function looksDoubleEncoded(text: string): boolean {
  return STRONG_SIGN.test(text);
}

/** Returns the text with double-encoded UTF-8 repaired (also triple encoding), else unchanged. */
export function repairMojibake(text: string): string {
  let result = text;
  for (let round = 0; round < 3 && looksDoubleEncoded(result); round++) {
    const next = repairOnce(result);
    if (next === result) break;
    result = next;
  }
  return result;
}
