/**
 * The code of a pool's workers (`extract-worker.ts`, `ocr-worker.ts`). Loading TypeScript through
 * tsx inside each worker thread took ~5 s per worker; so the worker module is bundled once per run
 * with esbuild (~0.1 s) into
 * node_modules/.cache (where its package imports still resolve) and workers start in ~0.6 s.
 * Every bundled module keeps its own `import.meta.url` (its source file's address), so whatever it
 * finds relative to itself (search-config/, the PDFium WebAssembly) it finds in the workers too.
 * When node_modules/.cache cannot be written (a read-only node_modules), workers load a small
 * module in the system's temporary folder that registers tsx and re-exports the task function.
 */
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

/** The worker modules of this folder. */
export type WorkerName = 'extract-worker' | 'ocr-worker';

const workerSource = (name: WorkerName): URL => new URL(`./${name}.ts`, import.meta.url);
export const CACHE_DIR = fileURLToPath(new URL('../../../node_modules/.cache/pressearchiv/', import.meta.url));

export interface WorkerScript {
  /** File URL of an ES module whose default export is the worker's task function. */
  url: URL;
  /** True for the esbuild bundle, false for the tsx fallback. */
  bundled: boolean;
  dispose(): Promise<void>;
}

async function tsxBootstrap(name: WorkerName): Promise<WorkerScript> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pressearchiv-worker-'));
  const file = path.join(dir, `${name}.mjs`);
  await writeFile(
    file,
    `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};
register();
export default (await import(${JSON.stringify(workerSource(name).href)})).default;
`,
  );
  return { url: pathToFileURL(file), bundled: false, dispose: () => rm(dir, { recursive: true, force: true }) };
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

/** Errors that mean the cache folder cannot be written (e.g. a read-only node_modules). */
const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

/** Whether this process may write its bundle into CACHE_DIR. */
async function cacheWritable(): Promise<boolean> {
  try {
    await mkdir(CACHE_DIR, { recursive: true });
    await access(CACHE_DIR, constants.W_OK);
    return true;
  } catch (error) {
    if (NOT_WRITABLE.has((error as NodeJS.ErrnoException).code ?? '')) return false;
    throw error;
  }
}

/** Removes the bundles of processes that ended without cleaning up (killed runs). */
async function removeOrphanBundles(): Promise<void> {
  for (const name of await readdir(CACHE_DIR)) {
    const pid = Number(/^(?:extract|ocr)-worker-(\d+)-\d+\.mjs$/.exec(name)?.[1]);
    if (!pid || pid === process.pid || processAlive(pid)) continue;
    await rm(path.join(CACHE_DIR, name), { force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}

/**
 * The worker module: bundled into CACHE_DIR, or the tsx fallback when that folder cannot be
 * written. A failing bundle (a compile error) is an error, not a reason to fall back silently.
 */
export async function prepareWorkerScript(name: WorkerName = 'extract-worker'): Promise<WorkerScript> {
  const outfile = path.join(CACHE_DIR, `${name}-${process.pid}-${sequence++}.mjs`);
  if (!(await cacheWritable())) return tsxBootstrap(name);
  await removeOrphanBundles();
  const { build } = await import('esbuild');
  await build({
    entryPoints: [fileURLToPath(workerSource(name))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [ownImportMetaUrl],
    logLevel: 'silent',
  });
  return { url: pathToFileURL(outfile), bundled: true, dispose: () => rm(outfile, { force: true }) };
}
