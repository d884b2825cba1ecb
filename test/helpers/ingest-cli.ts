/** Runs `npm run ingest`'s entry point (ingest/cli/ingest-cli.ts) as a real process for tests. */
import { spawn } from 'node:child_process';
import { REPO_ROOT } from './archive-process.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runIngestCli(args: string[], env: Record<string, string>, cwd = REPO_ROOT): Promise<CliRun> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('MEILI_') && k !== 'DATA_DIR' && k !== 'INIT_CWD'),
  );
  const child = spawn(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), `${REPO_ROOT}ingest/cli/ingest-cli.ts`, ...args],
    {
      cwd,
      env: { ...clean, LOG_LEVEL: 'warn', LOG_FORMAT: 'json', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}
