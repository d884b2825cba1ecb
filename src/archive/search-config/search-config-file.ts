/**
 * The one way to read a data file of search-config/ (index settings, senders, topics, and those to
 * come): find it, read it, parse its JSON and hand it to the file's own validator. Every problem is
 * a SearchConfigError that names the file and the key (`search-config/topics.json: topics[3]: …`).
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SearchConfigError } from '../../errors/search-config-error.js';

/** The folder search-config/ of this checkout. */
export const SEARCH_CONFIG_DIR = fileURLToPath(new URL('../../../search-config/', import.meta.url));

/** The path of a file in search-config/, e.g. `searchConfigPath('topics.json')`. */
export function searchConfigPath(name: string): string {
  return join(SEARCH_CONFIG_DIR, name);
}

/** A path as shown in error messages: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/**
 * Reads `path` as JSON and validates it with `validate(json, shownName)`. A missing or unreadable
 * file and invalid JSON become SearchConfigErrors (with the original error as cause); so do the
 * validator's own complaints, which name the key.
 */
export function readSearchConfig<T>(path: string, validate: (json: unknown, file: string) => T): T {
  const file = displayPath(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SearchConfigError(file, '', `cannot be read (${code ?? String(error)})`, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SearchConfigError(file, '', `is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  return validate(json, file);
}
