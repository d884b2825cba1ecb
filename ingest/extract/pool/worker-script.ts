/**
 * The extraction worker's code. Loading TypeScript through tsx inside each worker thread took ~5 s
 * per worker; so the worker module is bundled once per run with esbuild (~0.1 s) into
 * node_modules/.cache (where its package imports still resolve) and workers start in ~0.6 s.
 * Every bundled module keeps its own `import.meta.url` (its source file's address), so whatever it
 * finds relative to itself (search-config/, the PDFium WebAssembly) it finds in the workers too.
 * Should the bundle fail (e.g. a read-only node_modules), workers fall back to registering tsx.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

const WORKER_SOURCE = new URL('./extract-worker.ts', import.meta.url);
const CACHE_DIR = fileURLToPath(new URL('../../../node_modules/.cache/pressearchiv/', import.meta.url));

export interface WorkerScript {
  /** Argument for `new Worker()`: a file URL, or code when `eval` is true. */
  source: URL | string;
  eval: boolean;
  dispose(): Promise<void>;
}

function tsxBootstrap(): WorkerScript {
  const code = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then(({ register }) => { register(); return import(${JSON.stringify(WORKER_SOURCE.href)}); })`;
  return { source: code, eval: true, dispose: async () => {} };
}

/** Replaces `import.meta.url` in each project source with that source's own file URL. */
const ownImportMetaUrl: Plugin = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

let sequence = 0;

export async function prepareWorkerScript(): Promise<WorkerScript> {
  const outfile = path.join(CACHE_DIR, `extract-worker-${process.pid}-${sequence++}.mjs`);
  try {
    const { build } = await import('esbuild');
    await mkdir(CACHE_DIR, { recursive: true });
    await build({
      entryPoints: [fileURLToPath(WORKER_SOURCE)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      plugins: [ownImportMetaUrl],
      logLevel: 'silent',
    });
  } catch {
    return tsxBootstrap();
  }
  return { source: new URL(`file://${outfile}`), eval: false, dispose: () => rm(outfile, { force: true }) };
}
