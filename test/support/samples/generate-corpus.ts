/**
 * Seeded corpus of invented releases for benchmarks: `generateCorpus({ count, seed })` returns
 * SampleRelease objects; run as a script it renders them as files.
 *
 *   node --import tsx test/support/samples/generate-corpus.ts --out bench/out/corpus \
 *     [--count 3000] [--seed 1] [--pdf-share 0.5] [--both-share 0.05] [--from 2015-01-01] [--to 2026-10-31]
 *   node --import tsx test/support/samples/generate-corpus.ts --jsonl corpus.jsonl --count 20000
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, type CorpusOptions } from './corpus-generator.js';
import { writeManifest, writeReleaseFiles } from './write-release-files.js';

export { generateCorpus, type CorpusOptions } from './corpus-generator.js';

function numberOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new RangeError(`--${name} erwartet eine Zahl, erhalten: "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      jsonl: { type: 'string' },
      'pdf-share': { type: 'string' },
      'both-share': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
  });
  const options: CorpusOptions = {
    count: numberOption(values.count, 'count', 3000),
    seed: numberOption(values.seed, 'seed', 1),
    pdfShare: numberOption(values['pdf-share'], 'pdf-share', 0.5),
    bothShare: numberOption(values['both-share'], 'both-share', 0.05),
  };
  if (values.from) options.from = values.from;
  if (values.to) options.to = values.to;

  let t = performance.now();
  const releases = generateCorpus(options);
  console.log(`${releases.length} Meldungen erzeugt in ${((performance.now() - t) / 1000).toFixed(2)} s`);

  if (values.jsonl) {
    await writeFile(values.jsonl, releases.map((r) => JSON.stringify(r)).join('\n') + '\n');
    console.log(`JSONL geschrieben: ${resolve(values.jsonl)}`);
  }
  if (values.out) {
    t = performance.now();
    const written = await writeReleaseFiles(releases, values.out);
    await writeManifest(written, values.out);
    const seconds = (performance.now() - t) / 1000;
    const pdfs = written.filter((f) => f.format === 'pdf').length;
    const mib = written.reduce((sum, f) => sum + f.bytes, 0) / 1024 / 1024;
    console.log(
      `${written.length} Dateien (${pdfs} PDF, ${written.length - pdfs} HTML, ${mib.toFixed(1)} MiB) in ` +
        `${seconds.toFixed(1)} s = ${(written.length / seconds).toFixed(0)} Dateien/s → ${resolve(values.out)}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
