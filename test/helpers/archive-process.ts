/** Runs `npm start`'s entry point (src/main.ts) as a real process for tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { freePort } from '../../src/archive/meili-process.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ArchiveProcess {
  child: ChildProcess;
  port: number;
  output(): string;
  exited: Promise<number | null>;
  /** Resolves when `url` (default: the start page) answers 200; rejects when the process ends first. */
  ready(timeoutMs?: number, url?: string): Promise<void>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function runArchive(env: Record<string, string>, entry = 'src/main.ts'): Promise<ArchiveProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('MEILI_') && k !== 'DATA_DIR' && k !== 'INIT_CWD'),
  );
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), entry], {
    cwd: REPO_ROOT,
    // No admin process unless a test asks for one (ADMIN_PORT), so tests do not pay for it or race for PORT + 1.
    env: { ...clean, LOG_LEVEL: 'warn', LOG_FORMAT: 'json', PORT: String(port), ADMIN_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let ended = false;
  void exited.then(() => (ended = true));
  return {
    child,
    port,
    output: () => out,
    exited,
    async ready(timeoutMs = 60_000, url = `http://127.0.0.1:${port}/`) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if (ended) throw new Error(`archive ended before it was ready:\n${out}`);
        try {
          const res = await fetch(url);
          if (res.status === 200) return;
        } catch {
          // not listening yet
        }
        await delay(100);
      }
      throw new Error(`archive not ready in time:\n${out}`);
    },
    async stop(signal = 'SIGINT') {
      if (!ended) child.kill(signal);
      return exited;
    },
  };
}
