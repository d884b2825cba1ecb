/**
 * Server-side sessions of the admin process, kept in memory and in DATA_DIR/admin/sessions.json
 * (replaced whole; the admin process is its only writer), so a restart signs nobody out. The file
 * holds SHA-256 hashes of the session ids, not the ids: a copy of it (a backup) opens no session.
 * A session ends after IDLE_MS without a request, after MAX_AGE_MS in any case, at sign-out, and
 * when its account was disabled or its password changed (the account's generation moved on).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../../archive/atomic-file.js';
import type { Account } from '../accounts/account-store.js';
import { randomToken } from './session-cookie.js';

/** 30 minutes without a request. */
export const IDLE_MS = 30 * 60_000;
/** 10 hours after sign-in: a working day. */
export const MAX_AGE_MS = 10 * 3_600_000;
/** The last-seen time is written at most this often per session (it only decides the idle end). */
const TOUCH_WRITE_MS = 60_000;

export interface Session {
  idHash: string;
  account: string;
  /** The account's generation at sign-in. */
  generation: number;
  /** The synchronizer token every form of this session carries (CSRF). */
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
}

export type SessionCheck =
  { session: Session; account: Account } | { session: undefined; ended: 'expired' | 'account' | 'unknown' };

const hashId = (id: string): string => createHash('sha256').update(id).digest('base64url');

export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  private readonly written = new Map<string, number>();
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly file: string,
    private readonly now: () => number,
  ) {}

  static async open(file: string, now: () => number): Promise<SessionStore> {
    const store = new SessionStore(file, now);
    let list: Session[] = [];
    try {
      list = (JSON.parse(await readFile(file, 'utf8')) as { sessions: Session[] }).sessions ?? [];
    } catch (error) {
      // Missing: none yet. Unreadable: everybody signs in again (nothing else depends on it).
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
    }
    for (const s of list) if (store.fresh(s)) store.remember(s);
    return store;
  }

  private remember(session: Session): void {
    this.sessions.set(session.idHash, session);
    this.written.set(session.idHash, session.lastSeenAt);
  }

  private fresh(s: Session): boolean {
    const now = this.now();
    return now - s.lastSeenAt <= IDLE_MS && now - s.createdAt <= MAX_AGE_MS;
  }

  /** Writes are queued, so the file always ends with the newest state. */
  private persist(): Promise<void> {
    const content = JSON.stringify({ sessions: [...this.sessions.values()] });
    this.writing = this.writing.catch(() => {}).then(() => writeFileAtomic(this.file, `${content}\n`));
    return this.writing;
  }

  /** Starts a session; returns its id (for the cookie only — the store keeps its hash). */
  async create(account: Account): Promise<{ id: string; session: Session }> {
    for (const s of [...this.sessions.values()]) if (!this.fresh(s)) this.sessions.delete(s.idHash);
    const id = randomToken();
    const now = this.now();
    const session: Session = {
      idHash: hashId(id),
      account: account.name,
      generation: account.generation,
      csrfToken: randomToken(),
      createdAt: now,
      lastSeenAt: now,
    };
    this.remember(session);
    await this.persist();
    return { id, session };
  }

  /** The session of a cookie's id, when it has not ended; `accounts` is read fresh per request. */
  async check(id: string, accounts: readonly Account[]): Promise<SessionCheck> {
    const session = this.sessions.get(hashId(id));
    if (!session) return { session: undefined, ended: 'unknown' };
    if (!this.fresh(session)) {
      await this.end(session);
      return { session: undefined, ended: 'expired' };
    }
    const account = accounts.find((a) => a.name === session.account);
    if (!account || account.disabled || account.generation !== session.generation) {
      await this.end(session);
      return { session: undefined, ended: 'account' };
    }
    session.lastSeenAt = this.now();
    if (session.lastSeenAt - (this.written.get(session.idHash) ?? 0) >= TOUCH_WRITE_MS) {
      this.written.set(session.idHash, session.lastSeenAt);
      await this.persist();
    }
    return { session, account };
  }

  async end(session: Session): Promise<void> {
    this.sessions.delete(session.idHash);
    this.written.delete(session.idHash);
    await this.persist();
  }

  /** Open sessions (tests and the start page). */
  count(): number {
    return this.sessions.size;
  }
}
