/**
 * File names as bytes and as text. Linux allows any bytes but `/` and NUL in a name; one that is not
 * valid UTF-8 is kept exactly by escaping each byte that cannot be decoded as a lone surrogate
 * U+DC80–U+DCFF (PEP 383's "surrogateescape"), which no valid UTF-8 name can contain: so two
 * names never share one text. For people and for Meilisearch, which accepts no lone surrogates,
 * `readableName` shows those bytes as U+FFFD.
 */
import { isUtf8 } from 'node:buffer';
import path from 'node:path';

const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/** Length of the UTF-8 sequence a lead byte starts (1 for anything that cannot lead one). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 1;
}

/** A name's bytes as text: UTF-8 decoded, each byte that is not part of a valid sequence as U+DC80–U+DCFF. */
export function nameFromBytes(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let text = '';
  for (let i = 0; i < bytes.length;) {
    const candidate = bytes.subarray(i, i + sequenceLength(bytes[i]!));
    if (isUtf8(candidate)) {
      text += candidate.toString('utf8');
      i += candidate.length;
    } else {
      text += String.fromCharCode(0xdc00 + bytes[i]!);
      i += 1;
    }
  }
  return text;
}

/** Text for people and for the index: each byte `nameFromBytes` escaped (any lone surrogate) as U+FFFD. */
export function readableName(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** A folder's path joined with a name: a string while every name is UTF-8, else the bytes. */
export function joinName(folder: string | Buffer, name: Buffer): string | Buffer {
  if (typeof folder === 'string' && isUtf8(name)) return path.join(folder, name.toString('utf8'));
  const base = typeof folder === 'string' ? Buffer.from(folder) : folder;
  return Buffer.concat([base, Buffer.from(path.sep), name]);
}

/** The report's warning on the line of a file whose path is not valid UTF-8. */
export const UNDECODABLE_NAME_WARNING =
  'file name is not valid UTF-8; shown with \uFFFD for each byte that cannot be read';
