/**
 * Renders every sample release into ingest/samples/files/ and writes .manifest.json
 * (file name → release key). Files that no sample produces any more are removed.
 * Usage: node --import tsx test/support/samples/build-samples.ts
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { SAMPLES_DIR as SAMPLE_FILES_DIR } from '../../../ingest/samples/load-samples.js';
import { SAMPLE_RELEASES } from './sample-releases.js';
import { writeManifest, writeReleaseFiles } from './write-release-files.js';

async function main(): Promise<void> {
  const started = performance.now();
  const written = await writeReleaseFiles(SAMPLE_RELEASES, SAMPLE_FILES_DIR);
  await writeManifest(written, SAMPLE_FILES_DIR);
  const keep = new Set([...written.map((f) => f.file), '.manifest.json']);
  for (const name of await readdir(SAMPLE_FILES_DIR)) {
    if (!keep.has(name)) await rm(join(SAMPLE_FILES_DIR, name));
  }
  const total = written.reduce((sum, f) => sum + f.bytes, 0);
  const pdfs = written.filter((f) => f.format === 'pdf').length;
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${SAMPLE_RELEASES.length} Beispielmeldungen → ${written.length} Dateien (${pdfs} PDF, ` +
      `${written.length - pdfs} HTML), ${(total / 1024).toFixed(0)} KiB, ${seconds.toFixed(2)} s`,
  );
}

await main();
