/** Reads files from test/fixtures/ and extracts them. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractRelease, type ExtractionResult } from '../../ingest/extract/extract-release.js';

export const fixturePath = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export function extractFixture(name: string): Promise<ExtractionResult> {
  return extractRelease(readFileSync(fixturePath(name)), name.split('/').pop() ?? name);
}
