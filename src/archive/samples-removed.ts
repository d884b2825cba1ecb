/**
 * The mark that an archive's sample releases were deleted (`npm run ingest -- --remove-samples`):
 * DATA_DIR/samples-removed. While it is there, `npm start` loads no samples into the archive again,
 * not even into an empty index and not with LOAD_SAMPLES=1; deleting the file undoes it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-file.js';

export const SAMPLES_REMOVED_FILE = 'samples-removed';

export async function markSamplesRemoved(dataDir: string, at = new Date()): Promise<void> {
  await writeFileAtomic(
    path.join(dataDir, SAMPLES_REMOVED_FILE),
    `${JSON.stringify({ removedAt: at.toISOString() })}\n`,
  );
}

export async function samplesWereRemoved(dataDir: string): Promise<boolean> {
  try {
    await readFile(path.join(dataDir, SAMPLES_REMOVED_FILE));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
