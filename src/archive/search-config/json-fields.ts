/**
 * Typed reading of the JSON data files in search-config/: each accessor checks one value and
 * throws a SearchConfigError that names the file and the key path (e.g. `ministries[2].short`).
 */
import { SearchConfigError } from '../../errors/search-config-error.js';

export type JsonObject = Record<string, unknown>;

export class JsonFields {
  constructor(readonly file: string) {}

  fail(key: string, problem: string): never {
    throw new SearchConfigError(this.file, key, problem);
  }

  object(value: unknown, key: string): JsonObject {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) this.fail(key, 'must be an object');
    return value as JsonObject;
  }

  array(value: unknown, key: string): unknown[] {
    if (!Array.isArray(value)) this.fail(key, 'must be an array');
    return value;
  }

  string(value: unknown, key: string): string {
    if (typeof value !== 'string' || value.trim().length === 0) this.fail(key, 'must be a non-empty string');
    return value;
  }

  optionalString(value: unknown, key: string): string | undefined {
    return value === undefined ? undefined : this.string(value, key);
  }

  optionalNumber(value: unknown, key: string): number | undefined {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(key, 'must be a number');
    return value;
  }

  /** An optional array of non-empty strings (missing → empty). */
  strings(value: unknown, key: string): string[] {
    if (value === undefined) return [];
    return this.array(value, key).map((item, i) => this.string(item, `${key}[${i}]`));
  }

  regex(source: string, key: string): RegExp {
    try {
      return new RegExp(source, 'gu');
    } catch (error) {
      throw new SearchConfigError(this.file, key, `is not a valid regular expression (${String(error)})`, {
        cause: error,
      });
    }
  }

  /** Rejects keys that are not part of the format (typos would otherwise be ignored silently). */
  knownKeys(value: JsonObject, allowed: readonly string[], key: string): void {
    for (const name of Object.keys(value)) {
      if (!allowed.includes(name) && !name.startsWith('$'))
        this.fail(key ? `${key}.${name}` : name, 'is not a known field');
    }
  }
}
