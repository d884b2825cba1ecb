/**
 * The one filter for link targets taken from ingested files (HTML links, PDF link annotations,
 * source addresses): only http, https and mailto survive, written out in normal form. Anything
 * that hides its scheme (control or invisible characters, whitespace, entity or percent encoding,
 * protocol-relative or backslash forms, credentials before the host) is dropped, not repaired.
 */

const MAX_LENGTH = 2048;
/** C0/C1 controls, DEL, soft hyphen, zero-width and bidi characters, BOM, line/paragraph separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u001F\u007F-\u00A0\u00AD\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u2064\u3000\uFEFF]/u;
/** Character references left in a target (`&#106;avascript:`, `&colon;`): a trick, not an address. */
const CHARACTER_REFERENCE = /&(?:#x?[0-9a-f]+|colon|tab|newline|sol|lpar|rpar|period);?/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const WEB_SCHEMES = new Set(['http:', 'https:']);
const MAILBOX = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/u;

export type SafeLinkKinds = 'web-and-mail' | 'web';

/**
 * The target in normal form when it is a safe http(s) or mailto link, else undefined. A relative
 * target is resolved against `base` (an http(s) address) and dropped without one.
 */
export function safeHref(raw: string, base?: string, kinds: SafeLinkKinds = 'web-and-mail'): string | undefined {
  const value = raw.trim();
  if (value.length === 0 || value.length > MAX_LENGTH) return undefined;
  if (INVISIBLE.test(value) || CHARACTER_REFERENCE.test(value) || /\s/u.test(value)) return undefined;
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === 'mailto') return kinds === 'web-and-mail' ? safeMailto(value) : undefined;
  if (scheme !== undefined) return safeWeb(value);
  // Relative: never protocol-relative or with backslashes, and no scheme hidden by percent-encoding.
  if (/^[\\/][\\/]/.test(value) || value.includes('\\')) return undefined;
  const firstSegment = value.split(/[/?#]/, 1)[0] ?? '';
  if (decodeSafely(firstSegment)?.includes(':') !== false) return undefined;
  if (base === undefined || safeWeb(base) === undefined) return undefined;
  try {
    return safeWeb(new URL(value, base).href);
  } catch {
    return undefined;
  }
}

function decodeSafely(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function safeWeb(value: string): string | undefined {
  // "https:example.org" and "http:/example.org" are read differently by different parsers.
  if (!/^https?:\/\/[^\\/]/i.test(value) || value.includes('\\')) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (!WEB_SCHEMES.has(url.protocol) || url.hostname === '' || url.username !== '' || url.password !== '')
    return undefined;
  return url.href;
}

/** A mailto link to exactly one mailbox; header fields (`?cc=`, `?body=`) are dropped. */
function safeMailto(value: string): string | undefined {
  const address = decodeSafely(value.slice('mailto:'.length).split('?', 1)[0] ?? '');
  if (address === undefined || !MAILBOX.test(address) || INVISIBLE.test(address)) return undefined;
  return `mailto:${address}`;
}

/** The address to show beside a link: without the scheme for web links, the mailbox for mail links. */
export function displayAddress(href: string): string {
  if (href.startsWith('mailto:')) return href.slice('mailto:'.length);
  const url = new URL(href);
  const rest = `${url.pathname === '/' ? '' : url.pathname}${url.search}${url.hash}`;
  return `${url.host}${rest}`;
}

const fold = (text: string): string => text.toLowerCase().replace(/^www\./, '');

/**
 * Whether a link's text already says where it goes: it names the link's host (or the mailbox of a
 * mail link). Otherwise the page shows the address beside the text.
 */
export function textNamesTarget(text: string, href: string): boolean {
  const lower = text.toLowerCase();
  if (href.startsWith('mailto:')) return lower.includes(href.slice('mailto:'.length).toLowerCase());
  const host = fold(new URL(href).hostname);
  return host.length > 0 && lower.includes(host);
}
