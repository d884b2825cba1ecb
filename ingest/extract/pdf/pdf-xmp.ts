/**
 * The web address an XMP metadata packet of a PDF names as the document's source (`prism:url`,
 * `dc:source`, `dc:identifier`), through the link filter. PDFium (@embedpdf/pdfium) reads only the
 * Info dictionary (FPDF_GetMetaText) and does not expose the catalog's Metadata stream, so the
 * packets are found by scanning the bytes, as XMP Part 3 describes for packet scanners: a packet
 * in a compressed stream is not seen.
 */
import { safeHref } from '../../../src/archive/safe-link.js';

const START = '<x:xmpmeta';
const END = '</x:xmpmeta>';
/** At most this many packets are looked at, each at most this long (a packet is a few KB). */
const MAX_PACKETS = 8;
const MAX_PACKET_BYTES = 256 * 1024;
const KEYS = ['prism:url', 'dc:source', 'dc:identifier'];

const unescapeXml = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The texts a packet gives for `key`: as an attribute (`prism:url="…"`) or as an element's content. */
function valuesOf(packet: string, key: string): string[] {
  const name = key.replace('.', '\\.');
  const attributes = [...packet.matchAll(new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'g'))].map((m) => m[1]!);
  const elements = [...packet.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'g'))].map(
    (m) => m[1]!,
  );
  return [...attributes, ...elements];
}

/** The XMP packets in a PDF's bytes (uncompressed ones only). */
function packets(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: string[] = [];
  for (let at = buffer.indexOf(START); at >= 0 && found.length < MAX_PACKETS; at = buffer.indexOf(START, at + 1)) {
    const end = buffer.indexOf(END, at);
    if (end < 0) break;
    if (end - at <= MAX_PACKET_BYTES) found.push(buffer.toString('utf8', at, end + END.length));
  }
  return found;
}

/** The first http(s) address the PDF's XMP metadata names as its source, filtered; else undefined. */
export function xmpSourceUrl(bytes: Uint8Array): string | undefined {
  for (const packet of packets(bytes)) {
    for (const key of KEYS) {
      for (const value of valuesOf(packet, key)) {
        // The value itself (inside rdf:Alt/rdf:li wrappers) must be the address, not merely hold one.
        const words = unescapeXml(value.replace(/<[^>]*>/g, ' '))
          .trim()
          .split(/\s+/);
        for (const word of words) {
          const safe = /^https?:/i.test(word) ? safeHref(word, undefined, 'web') : undefined;
          if (safe) return safe;
        }
      }
    }
  }
  return undefined;
}
