/**
 * Where the archivists' surface keeps its data: DATA_DIR/admin/, a folder made 0700 with files 0600
 * (accounts with password hashes, sessions, the audit log, the cookie-signing secret). Why plain
 * files: docs/decisions.md, „Admin data in JSON files“.
 */
import path from 'node:path';

export interface AdminFiles {
  dir: string;
  /** All accounts, replaced whole (write and rename) by `npm run user`. */
  accounts: string;
  /** Open sessions, replaced whole by the admin process, its only writer. */
  sessions: string;
  /** The audit log, appended one line per action by the admin process and `npm run user`. */
  audit: string;
  /** The secret that signs session cookies, made once. */
  cookieSecret: string;
}

export function adminFiles(dataDir: string): AdminFiles {
  const dir = path.join(dataDir, 'admin');
  return {
    dir,
    accounts: path.join(dir, 'accounts.json'),
    sessions: path.join(dir, 'sessions.json'),
    audit: path.join(dir, 'audit.jsonl'),
    cookieSecret: path.join(dir, 'cookie-secret'),
  };
}
