/**
 * One database, one process: a lock file in DATA_DIR names the owner (the `npm start` supervisor or
 * an ingest run), its Meilisearch and that Meilisearch's port. Meilisearch itself does not stop two
 * processes from opening one database, so every start goes through here.
 */
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isAlive, isMeilisearchProcess, stopProcess } from './process-util.js';

export const LOCK_FILE = 'pressearchiv.lock';

export type LockRole = 'start' | 'ingest';

export interface LockInfo {
  ownerPid: number;
  role: LockRole;
  meiliPid?: number;
  port?: number;
  startedAt: string;
}

export type AcquireResult =
  { acquired: true; lock: DataLock; replacedOrphan: boolean } | { acquired: false; holder: LockInfo };

export class DataLock {
  constructor(
    readonly file: string,
    public info: LockInfo,
  ) {}

  async update(change: Partial<Pick<LockInfo, 'meiliPid' | 'port'>>): Promise<void> {
    this.info = { ...this.info, ...change };
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(this.info));
    await rename(tmp, this.file);
  }

  async release(): Promise<void> {
    const current = await readLock(path.dirname(this.file));
    if (current?.ownerPid === this.info.ownerPid) await rm(this.file, { force: true });
  }
}

export async function readLock(dataDir: string): Promise<LockInfo | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path.join(dataDir, LOCK_FILE), 'utf8')) as LockInfo;
    return typeof parsed.ownerPid === 'number' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Stops a Meilisearch left behind by a dead owner, after checking the pid really is one. */
async function stopOrphan(info: LockInfo): Promise<boolean> {
  if (info.meiliPid === undefined || !isAlive(info.meiliPid)) return false;
  if (!(await isMeilisearchProcess(info.meiliPid))) return false;
  await stopProcess(info.meiliPid);
  return true;
}

/**
 * Takes the lock atomically (hard link of a fully written temp file). A lock whose owner is dead is
 * stale: its orphaned Meilisearch is stopped and the lock replaced.
 */
export async function acquireLock(dataDir: string, role: LockRole): Promise<AcquireResult> {
  const file = path.join(dataDir, LOCK_FILE);
  const info: LockInfo = { ownerPid: process.pid, role, startedAt: new Date().toISOString() };
  const tmp = `${file}.${process.pid}.new`;
  await writeFile(tmp, JSON.stringify(info));
  let replacedOrphan = false;
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await link(tmp, file);
        return { acquired: true, lock: new DataLock(file, info), replacedOrphan };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = await readLock(dataDir);
      if (holder && holder.ownerPid !== process.pid && isAlive(holder.ownerPid)) return { acquired: false, holder };
      if (holder) replacedOrphan = (await stopOrphan(holder)) || replacedOrphan;
      await rm(file, { force: true });
    }
    throw new Error(`Could not take the lock ${file}: it keeps changing.`);
  } finally {
    await rm(tmp, { force: true });
  }
}
