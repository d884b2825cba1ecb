/**
 * Failed sign-ins slow down the next ones, per account name and per client address, with locks that
 * always expire (why these numbers: docs/decisions.md, „Wrong passwords are slowed down, never
 * locked out for good“). Names are counted whether or not an account has them, so the behaviour
 * tells nothing about which exist. While a lock holds, the password is not checked at all.
 * In memory: a restart forgets the counts, which nobody outside the server can cause.
 */

export interface ThrottleRule {
  /** The failure that starts the first lock (the ones before it are free). */
  free: number;
  /** First lock; each further failure doubles it up to `maxLockMs`. */
  firstLockMs: number;
  maxLockMs: number;
}

export const ACCOUNT_RULE: ThrottleRule = { free: 5, firstLockMs: 60_000, maxLockMs: 5 * 60_000 };
export const ADDRESS_RULE: ThrottleRule = { free: 10, firstLockMs: 60_000, maxLockMs: 15 * 60_000 };
/** Counts older than this (since the last failure) are forgotten. */
export const FORGET_MS = 60 * 60_000;
/** Keys kept at most (a flood of addresses drops the oldest). */
const MAX_KEYS = 10_000;

interface Count {
  failures: number;
  lastFailure: number;
  lockedUntil: number;
}

export interface Lock {
  kind: 'account' | 'address';
  /** Milliseconds until it expires. */
  remainingMs: number;
}

export class SignInThrottle {
  private readonly counts = new Map<string, Count>();

  constructor(private readonly now: () => number) {}

  private get(key: string): Count | undefined {
    const count = this.counts.get(key);
    if (count && this.now() - count.lastFailure > FORGET_MS) {
      this.counts.delete(key);
      return undefined;
    }
    return count;
  }

  /** The lock that holds for this attempt, the longer one when both do. */
  lockFor(name: string, address: string): Lock | undefined {
    const now = this.now();
    const locks: Lock[] = [];
    const byName = this.get(`konto:${name}`);
    const byAddress = this.get(`adresse:${address}`);
    if (byName && byName.lockedUntil > now) locks.push({ kind: 'account', remainingMs: byName.lockedUntil - now });
    if (byAddress && byAddress.lockedUntil > now)
      locks.push({ kind: 'address', remainingMs: byAddress.lockedUntil - now });
    return locks.sort((a, b) => b.remainingMs - a.remainingMs)[0];
  }

  /** Counts a failure; returns the locks it started (for the audit log). */
  failed(name: string, address: string): Lock[] {
    return [
      this.count(`konto:${name}`, ACCOUNT_RULE, 'account'),
      this.count(`adresse:${address}`, ADDRESS_RULE, 'address'),
    ].filter((lock): lock is Lock => lock !== undefined);
  }

  /** A successful sign-in clears its name's count (not its address's: one good account must not reset guessing others). */
  succeeded(name: string): void {
    this.counts.delete(`konto:${name}`);
  }

  private count(key: string, rule: ThrottleRule, kind: Lock['kind']): Lock | undefined {
    const now = this.now();
    const count = this.get(key) ?? { failures: 0, lastFailure: now, lockedUntil: 0 };
    count.failures += 1;
    count.lastFailure = now;
    this.counts.delete(key);
    this.counts.set(key, count);
    if (this.counts.size > MAX_KEYS) this.counts.delete(this.counts.keys().next().value!);
    if (count.failures < rule.free) return undefined;
    const lockMs = Math.min(rule.maxLockMs, rule.firstLockMs * 2 ** (count.failures - rule.free));
    count.lockedUntil = now + lockMs;
    return { kind, remainingMs: lockMs };
  }
}
