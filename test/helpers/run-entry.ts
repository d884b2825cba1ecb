/** Runs one of the repository's command entry points (a .ts file) as a real process, as npm would. */
import { spawn } from 'node:child_process';
import { REPO_ROOT } from './archive-process.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `entry` relative to the repository; the caller's MEILI_*, DATA_DIR and INIT_CWD never leak in; `input` goes to stdin. */
export function runEntry(
  entry: string,
  args: string[],
  env: Record<string, string>,
  { cwd = REPO_ROOT, input }: { cwd?: string; input?: string } = {},
): Promise<CliRun> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('MEILI_') && k !== 'DATA_DIR' && k !== 'INIT_CWD'),
  );
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), `${REPO_ROOT}${entry}`, ...args], {
    cwd,
    env: { ...clean, LOG_LEVEL: 'warn', LOG_FORMAT: 'json', ...env },
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  if (input !== undefined) child.stdin!.end(input);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}
