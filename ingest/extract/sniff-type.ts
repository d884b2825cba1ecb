/**
 * Decides a file's type by its content, not its name: "%PDF-" near the start → PDF; TIFF, PNG and
 * JPEG signatures → a scanned image (read by OCR); HTML markup → HTML; other known binary formats
 * and anything else → unsupported (with a name for the message).
 */
export type SniffResult =
  | { type: 'pdf' }
  | { type: 'html' }
  | { type: 'image'; format: 'tiff' | 'png' | 'jpeg' }
  | { type: 'empty' }
  | { type: 'unsupported'; description: string };

const IMAGES: ReadonlyArray<readonly ['tiff' | 'png' | 'jpeg', number[]]> = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['tiff', [0x49, 0x49, 0x2a, 0x00]],
  ['tiff', [0x4d, 0x4d, 0x00, 0x2a]],
];

const SIGNATURES: ReadonlyArray<readonly [string, number[]]> = [
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['old Word/Excel document (OLE)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['RTF document', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ['gzip archive', [0x1f, 0x8b]],
];

/** HTML markup within the first bytes (after BOMs, whitespace, comments or an XML declaration). */
const HTML_MARKUP = /<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>|div[\s>]|p>|h1[\s>])/i;

export function sniffType(bytes: Uint8Array): SniffResult {
  const head = Buffer.from(bytes.subarray(0, 2048));
  if (head.toString('latin1').trim().length === 0) return { type: 'empty' };
  if (head.subarray(0, 1024).includes('%PDF-')) return { type: 'pdf' };
  for (const [format, signature] of IMAGES) {
    if (signature.every((byte, i) => head[i] === byte)) return { type: 'image', format };
  }
  for (const [description, signature] of SIGNATURES) {
    if (signature.every((byte, i) => head[i] === byte)) return { type: 'unsupported', description };
  }
  const text = head.toString('latin1');
  if (!text.slice(0, 512).includes('\u0000') && HTML_MARKUP.test(text)) return { type: 'html' };
  return {
    type: 'unsupported',
    description: text.includes('\u0000') ? 'binary data' : 'plain text without HTML markup',
  };
}
