/**
 * `files/.manifest.json`: each sample file with its release key and its origin — invented sample
 * data (`"invented": true`), or a real release re-created by the project from its published text,
 * with the portal it was published in (`"publishedIn"`). Validated on load; errors name the file
 * and the entry.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { safeHref } from '../../src/archive/safe-link.js';

export interface SamplePortal {
  /** The portal's name, e.g. „Medienservice Sachsen“. */
  name: string;
  /** Its web address (its start page: the release's own address is not known). */
  url: string;
}

export type SampleOrigin = { invented: true } | { invented: false; publishedIn: SamplePortal };

export interface ManifestEntry {
  key: string;
  invented?: true;
  publishedIn?: SamplePortal;
}

export class SampleManifestError extends Error {
  override readonly name = 'SampleManifestError';
}

function originOf(file: string, name: string, entry: unknown): { key: string; origin: SampleOrigin } {
  const bad = (what: string) => new SampleManifestError(`${file}: "${name}" ${what}`);
  if (typeof entry !== 'object' || entry === null) throw bad('is not an object');
  const { key, invented, publishedIn } = entry as ManifestEntry;
  if (typeof key !== 'string' || key === '') throw bad('has no "key"');
  if (invented === true && publishedIn === undefined) return { key, origin: { invented: true } };
  if (invented !== undefined) throw bad('has "invented" other than true, or beside "publishedIn"');
  const url = typeof publishedIn?.url === 'string' ? safeHref(publishedIn.url, undefined, 'web') : undefined;
  if (typeof publishedIn?.name !== 'string' || publishedIn.name === '' || !url)
    throw bad('is neither "invented": true nor a real release with "publishedIn": { "name", "url" (http/https) }');
  return { key, origin: { invented: false, publishedIn: { name: publishedIn.name, url } } };
}

/** The origin of each sample file, by its absolute path. */
export async function readSampleManifest(dir: string): Promise<Map<string, SampleOrigin>> {
  const file = path.join(dir, '.manifest.json');
  const entries = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  return new Map(
    Object.entries(entries).map(([name, entry]) => [path.join(dir, name), originOf(file, name, entry).origin]),
  );
}
