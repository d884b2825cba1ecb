/**
 * Where the real-world corpus lives: $PRESSEARCHIV_CORPUS, else `shared/corpus` next to the
 * repository (../shared/corpus from the repository root). Tests that need it skip without it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function corpusFolder(name: string): string | undefined {
  const base = process.env.PRESSEARCHIV_CORPUS ?? join(repositoryRoot, '..', 'shared', 'corpus');
  const folder = join(base, name);
  return existsSync(folder) ? folder : undefined;
}
