/**
 * One writer at a time: every process that writes the archive's journal and indexes (the ingest
 * command, the admin process, the sample loader of `npm start`) holds DATA_DIR/writer.lock while it
 * writes. A second writer waits, saying once whom it waits for, instead of interleaving. The file
 * names its holder by pid and the start time of that process (Linux: /proc/<pid>/stat), so a lock
 * left by a process that died — or whose pid now belongs to another process — is stale and taken
 * over. Own code rather than proper-lockfile: docs/decisions.md, „One writer at a time“.
 */
import { randomUUID } from 'node:crypto';
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { PRIVATE_FILE } from './data-dir.js';
import { isAlive } from './process-util.js';

export const WRITER_LOCK_FILE = 'writer.lock';

export interface WriterInfo {
  pid: number;
  /** The process's start time in clock ticks since boot (Linux), to tell a reused pid; absent elsewhere. */
  processStart?: string;
  /** What writes, in words for the waiting one: „npm run ingest“, „Verwaltung (anna)“ … */
  what: string;
  since: string;
  /** Unique per taking: a release or a stale break only ever removes the lock it saw. */
  token: string;
}

export class WriterBusyError extends Error {
  override name = 'WriterBusyError';
  constructor(readonly holder: WriterInfo) {
    super(`${holder.what} (pid ${holder.pid}) is writing to the archive`);
  }
}

/** Field 22 of /proc/<pid>/stat (after the command name in parentheses); undefined where there is no /proc. */
export async function processStartTime(pid: number): Promise<string | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function readHolder(file: string): Promise<WriterInfo | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const info = JSON.parse(text) as WriterInfo;
    if (typeof info.pid === 'number' && typeof info.token === 'string') return info;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
  }
  // Never written half (the lock is a hard link of a whole file): damaged by hand, so stale.
  return { pid: 0, what: 'unknown', since: '', token: `damaged:${text}` };
}

/** The holder is gone: its pid is dead, or now belongs to a process that started at another time. */
export async function isStale(holder: WriterInfo): Promise<boolean> {
  if (holder.pid <= 0 || !isAlive(holder.pid)) return true;
  if (holder.processStart === undefined) return false;
  const now = await processStartTime(holder.pid);
  return now !== undefined && now !== holder.processStart;
}

export class WriterLock {
  private released = false;
  constructor(
    readonly file: string,
    readonly info: WriterInfo,
  ) {}

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    const current = await readHolder(this.file);
    if (current?.token === this.info.token) await rm(this.file, { force: true });
  }
}

/** Held (created exclusively) by the one waiter that breaks a stale lock. */
export const WRITER_LOCK_BREAK_FILE = `${WRITER_LOCK_FILE}.break`;

/**
 * Removes a stale lock, but only the one that was seen, and only one waiter at a time: the waiter
 * that links its own description to `writer.lock.break` (which fails when it exists) checks under it
 * that the lock is still the stale one and removes it. Without that, a second waiter that saw the
 * same stale lock could remove the fresh lock the first one took meanwhile. A break file left by a
 * waiter that died is removed. False when another waiter is breaking it (look again later).
 */
async function breakStale(file: string, seen: WriterInfo, mine: string): Promise<boolean> {
  const guard = path.join(path.dirname(file), WRITER_LOCK_BREAK_FILE);
  try {
    await link(mine, guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const breaker = await readHolder(guard);
    if (breaker && (await isStale(breaker))) await rm(guard, { force: true });
    return false;
  }
  try {
    if ((await readHolder(file))?.token === seen.token) await rm(file, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
  return true;
}

export interface AcquireOptions {
  /** Called once when the lock is held by another writer, before waiting. */
  onWait?(holder: WriterInfo): void;
  /** Gives up with WriterBusyError after this long (default: waits until it is free). */
  timeoutMs?: number;
  /** How often to look again (default 250 ms). */
  pollMs?: number;
  signal?: AbortSignal;
}

/** Takes DATA_DIR/writer.lock, waiting while another live writer holds it. */
export async function acquireWriterLock(
  dataDir: string,
  what: string,
  options: AcquireOptions = {},
): Promise<WriterLock> {
  const file = path.join(dataDir, WRITER_LOCK_FILE);
  const start = await processStartTime(process.pid);
  const info: WriterInfo = {
    pid: process.pid,
    ...(start === undefined ? {} : { processStart: start }),
    what,
    since: new Date().toISOString(),
    token: randomUUID(),
  };
  const tmp = `${file}.${process.pid}.${info.token}`;
  await writeFile(tmp, JSON.stringify(info), { mode: PRIVATE_FILE });
  const giveUpAt = options.timeoutMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.timeoutMs;
  let told = false;
  try {
    for (;;) {
      options.signal?.throwIfAborted();
      try {
        await link(tmp, file);
        return new WriterLock(file, info);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await readHolder(file);
      if (!holder) continue;
      if ((await isStale(holder)) && (await breakStale(file, holder, tmp))) continue;
      if (Date.now() >= giveUpAt) throw new WriterBusyError(holder);
      if (!told) options.onWait?.(holder);
      told = true;
      await delay(options.pollMs ?? 250, undefined, options.signal ? { signal: options.signal } : {});
    }
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Runs `work` while holding the writer lock. */
export async function withWriterLock<T>(
  dataDir: string,
  what: string,
  options: AcquireOptions,
  work: () => Promise<T>,
): Promise<T> {
  const lock = await acquireWriterLock(dataDir, what, options);
  try {
    return await work();
  } finally {
    await lock.release();
  }
}
