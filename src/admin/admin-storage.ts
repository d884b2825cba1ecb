/** Opens the admin process's data in DATA_DIR/admin: the cookie secret, the session store, the file paths. */
import { mkdir } from 'node:fs/promises';
import { PRIVATE_DIR } from '../archive/data-dir.js';
import { adminFiles, type AdminFiles } from './admin-files.js';
import { readOrCreateSecret } from './session/session-cookie.js';
import { SessionStore } from './session/session-store.js';

export interface AdminStorage {
  files: AdminFiles;
  secret: Buffer;
  sessions: SessionStore;
}

export async function openAdminStorage(dataDir: string, now: () => number): Promise<AdminStorage> {
  const files = adminFiles(dataDir);
  await mkdir(files.dir, { recursive: true, mode: PRIVATE_DIR });
  return {
    files,
    secret: await readOrCreateSecret(files.cookieSecret),
    sessions: await SessionStore.open(files.sessions, now),
  };
}
