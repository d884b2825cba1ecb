/**
 * Typed values read from the environment for config.ts: whole numbers within bounds, yes/no,
 * strings, proxy settings and listen addresses. A wrong value is a ConfigError naming the variable.
 */
import { ConfigError } from './errors/config-error.js';

export type Env = Record<string, string | undefined>;

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return Number(raw);
}

export function optionalBoolean(env: Env, name: string): boolean | undefined {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (['1', 'true', 'yes', 'ja'].includes(raw)) return true;
  if (['0', 'false', 'no', 'nein'].includes(raw)) return false;
  throw new ConfigError(`${name} must be 1 or 0 (true/false), got "${env[name]}".`);
}

export function optionalString(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === undefined || raw === '' ? undefined : raw;
}

export function trustProxy(env: Env, name = 'TRUST_PROXY'): boolean | number | string {
  const raw = optionalString(env, name);
  if (raw === undefined || raw === '0' || raw.toLowerCase() === 'false') return false;
  if (raw.toLowerCase() === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (/^[0-9a-fA-F.:/, a-z]+$/.test(raw)) return raw;
  throw new ConfigError(`${name} must be a hop count, "true" or a list of proxy addresses, got "${raw}".`);
}

export function hostAddress(env: Env, name: string): string {
  const host = optionalString(env, name) ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host))
    throw new ConfigError(`${name} must be an address such as 127.0.0.1, got "${host}".`);
  return host;
}
