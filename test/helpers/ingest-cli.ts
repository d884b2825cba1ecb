/** Runs `npm run ingest`'s entry point (ingest/cli/ingest-cli.ts) as a real process for tests. */
import { runEntry, type CliRun } from './run-entry.js';
import { REPO_ROOT } from './archive-process.js';

export type { CliRun };

export function runIngestCli(args: string[], env: Record<string, string>, cwd = REPO_ROOT): Promise<CliRun> {
  return runEntry('ingest/cli/ingest-cli.ts', args, env, { cwd });
}
