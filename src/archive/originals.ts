/**
 * Where ingest keeps the original files: DATA_DIR/originals/<sha[0:2]>/<sha256>. The web server only
 * reads them (download of the original); writing stays in ingest/store/originals-store.ts.
 */
import path from 'node:path';

const SHA256 = /^[0-9a-f]{64}$/;

export function isSha256(value: string): boolean {
  return SHA256.test(value);
}

/** Path of the kept original with this SHA-256; throws for anything that is not a lower-case hex SHA-256. */
export function originalPath(dataDir: string, sha256: string): string {
  if (!isSha256(sha256)) throw new Error(`Not a SHA-256: ${sha256}`);
  return path.join(dataDir, 'originals', sha256.slice(0, 2), sha256);
}
