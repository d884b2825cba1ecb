/**
 * Session ids travel in a signed cookie: `<id>.<HMAC-SHA256 of the id>` (base64url) with a secret
 * kept in DATA_DIR/admin/cookie-secret (0600, made once). A cookie whose signature does not match
 * is ignored, so a guessed or planted value is never looked up. The flags: HttpOnly, SameSite=Strict,
 * the path of /verwaltung, Secure when the request came over TLS (behind a proxy: ADMIN_TRUST_PROXY).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../../archive/atomic-file.js';

export const SESSION_COOKIE = 'pressearchiv_sitzung';
/** Holds the sign-in form's CSRF token before there is a session. */
export const SIGN_IN_COOKIE = 'pressearchiv_anmeldung';

export async function readOrCreateSecret(file: string): Promise<Buffer> {
  try {
    const secret = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64url');
    if (secret.length >= 32) return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(32);
  await writeFileAtomic(file, `${secret.toString('base64url')}\n`);
  return secret;
}

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

function signature(secret: Buffer, value: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}

export function sign(secret: Buffer, value: string): string {
  return `${value}.${signature(secret, value)}`;
}

/** The value, when the signature is ours; otherwise undefined. */
export function unsign(secret: Buffer, signed: string | undefined): string | undefined {
  if (!signed) return undefined;
  const dot = signed.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const value = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1));
  const expected = Buffer.from(signature(secret, value));
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : undefined;
}

/** The named cookie of a Cookie header (the first one, as browsers send the most specific path first). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export interface CookieOptions {
  path: string;
  secure: boolean;
  /** Seconds; 0 removes the cookie; unset: until the browser closes. */
  maxAge?: number;
}

export function cookieHeader(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${value}`, `Path=${options.path}`, 'HttpOnly', 'SameSite=Strict'];
  if (options.maxAge !== undefined) parts.push(`Max-Age=${options.maxAge}`);
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

/** Compares two tokens in constant time; false when either is missing. */
export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
