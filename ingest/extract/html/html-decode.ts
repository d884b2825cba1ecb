/**
 * HTML bytes → string. The encoding comes from a BOM, else from the declaration (XML declaration,
 * <meta charset>, <meta http-equiv="Content-Type">), else UTF-8 when the bytes are valid UTF-8,
 * else windows-1252. Single-byte encodings are decoded with iconv-lite (Node 20's TextDecoder
 * gets windows-1252's €, „ “ and – wrong). Afterwards double-encoded UTF-8 is repaired.
 */
import iconv from 'iconv-lite';
import { repairMojibake } from '../../text/mojibake.js';

export interface DecodedHtml {
  html: string;
  /** The encoding used to decode the bytes. */
  encoding: string;
  warnings: string[];
}

/** WHATWG: the Latin-1 and ASCII labels all mean windows-1252. */
const WINDOWS_1252_LABELS = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
  'cp1252',
  'windows-1252',
  'x-cp1252',
]);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function declaredEncoding(head: string): string | undefined {
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag);
    if (charset?.[1]) return charset[1];
  }
  return undefined;
}

function canonicalLabel(label: string): string {
  const lower = label.toLowerCase();
  if (lower === 'utf8' || lower === 'utf-8') return 'utf-8';
  if (WINDOWS_1252_LABELS.has(lower)) return 'windows-1252';
  return iconv.encodingExists(lower) ? lower : 'windows-1252';
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function chooseEncoding(bytes: Uint8Array, warnings: string[]): string {
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = declaredEncoding(head);
  const label = declared ? canonicalLabel(declared) : undefined;
  const utf8 = isUtf8(bytes);
  const hasHighBytes = bytes.some((b) => b >= 0x80);
  if (label && label !== 'utf-8' && utf8 && hasHighBytes) {
    warnings.push(`page declares ${declared} but its bytes are UTF-8; decoded as UTF-8`);
    return 'utf-8';
  }
  if (label === 'utf-8' && !utf8) {
    warnings.push('page declares UTF-8 but its bytes are not valid UTF-8; decoded as windows-1252');
    return 'windows-1252';
  }
  return label ?? (utf8 ? 'utf-8' : 'windows-1252');
}

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const warnings: string[] = [];
  const encoding = chooseEncoding(bytes, warnings);
  const decoded = iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true });
  const repaired = repairMojibake(decoded);
  if (repaired !== decoded) warnings.push('repaired double-encoded UTF-8 (mojibake)');
  return { html: repaired.replace(/^\s*\ufeff/, ''), encoding, warnings };
}
