/** The environment of a child process of `npm start`, found by its entry file in /proc (Linux). */
import { readFile } from 'node:fs/promises';

export async function childEnvironment(supervisorPid: number, entry: string): Promise<Record<string, string>> {
  const children = (await readFile(`/proc/${supervisorPid}/task/${supervisorPid}/children`, 'utf8'))
    .trim()
    .split(/\s+/);
  for (const pid of children) {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (!cmdline.split('\0').some((arg) => arg.endsWith(entry))) continue;
    const raw = await readFile(`/proc/${pid}/environ`, 'utf8');
    return Object.fromEntries(
      raw
        .split('\0')
        .filter(Boolean)
        .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
    );
  }
  throw new Error(`child ${entry} of ${supervisorPid} not found`);
}
