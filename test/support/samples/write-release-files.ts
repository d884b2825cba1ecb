/** Renders releases into a folder: one file per release and format, named "<key>.<format>". */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderReleaseHtml } from './render-release-html.js';
import { renderReleasePdf } from './render-release-pdf.js';
import type { SampleFormat, SampleRelease } from './sample-release.js';
import type { ManifestEntry } from '../../../ingest/samples/sample-manifest.js';

const SAFE_KEY = /^[a-z0-9][a-z0-9-]{0,150}$/;

export interface WrittenFile {
  /** File name inside the folder. */
  file: string;
  key: string;
  format: SampleFormat;
  bytes: number;
  /** The portal of a real release; absent for invented sample data. */
  publishedIn?: { name: string; url: string };
}

export function fileNameOf(r: SampleRelease, format: SampleFormat): string {
  if (!SAFE_KEY.test(r.key)) throw new RangeError(`Release key is not a safe file name: "${r.key}"`);
  return `${r.key}.${format}`;
}

async function render(r: SampleRelease, format: SampleFormat): Promise<Buffer> {
  return format === 'pdf' ? renderReleasePdf(r) : Buffer.from(renderReleaseHtml(r), 'utf8');
}

/** Renders and writes each release as it comes, yielding what was written: nothing is kept. */
export async function* renderReleaseFiles(
  releases: Iterable<SampleRelease> | AsyncIterable<SampleRelease>,
  dir: string,
): AsyncGenerator<WrittenFile, void, undefined> {
  await mkdir(dir, { recursive: true });
  for await (const r of releases) {
    for (const format of r.formats) {
      const file = fileNameOf(r, format);
      let bytes: Buffer;
      try {
        bytes = await render(r, format);
      } catch (cause) {
        throw new Error(`Rendering ${file} failed`, { cause });
      }
      await writeFile(join(dir, file), bytes);
      yield {
        file,
        key: r.key,
        format,
        bytes: bytes.length,
        ...(r.publishedIn ? { publishedIn: r.publishedIn } : {}),
      };
    }
  }
}

export async function writeReleaseFiles(
  releases: Iterable<SampleRelease> | AsyncIterable<SampleRelease>,
  dir: string,
): Promise<WrittenFile[]> {
  const written: WrittenFile[] = [];
  for await (const file of renderReleaseFiles(releases, dir)) written.push(file);
  return written;
}

/**
 * .manifest.json content (ingest/samples/sample-manifest.ts): file name → release key and origin
 * (`invented: true`, or the portal a real release was published in), sorted by file name.
 */
export function manifestOf(files: readonly WrittenFile[]): Record<string, ManifestEntry> {
  const sorted = [...files].sort((a, b) => a.file.localeCompare(b.file));
  return Object.fromEntries(
    sorted.map((f) => [
      f.file,
      f.publishedIn ? { key: f.key, publishedIn: f.publishedIn } : { key: f.key, invented: true },
    ]),
  );
}

export async function writeManifest(files: readonly WrittenFile[], dir: string): Promise<void> {
  await writeFile(join(dir, '.manifest.json'), `${JSON.stringify(manifestOf(files), null, 2)}\n`);
}
