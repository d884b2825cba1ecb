/**
 * The audit log: one JSON line per admin action in DATA_DIR/admin/audit.jsonl, appended with fsync
 * by the admin process and by `npm run user` (so no writer cuts another's lines: a torn last line
 * stays a line of its own, which readers count as damaged and skip). Entries name who acted, on
 * what, from where — never a password, never a name typed for an account that does not exist.
 */
import { appendJsonl, readJsonl } from '../../archive/jsonl-file.js';
import type { AuditActionName } from '../texts/admin-texts.js';

export interface AuditEntry {
  /** ISO time. */
  at: string;
  action: AuditActionName;
  /** The account that acted (sign-in, sign-out), `cli:<system user>` for `npm run user`, null when nobody is known. */
  actor: string | null;
  /** The account the action was about (account changes, a failed sign-in of an existing account). */
  subject?: string;
  /** Client address of a web request. */
  address?: string;
  /** What changed, in short words (e.g. what a lock covers). */
  detail?: string;
}

export interface AuditLog {
  entries: AuditEntry[];
  /** Lines that could not be read (a torn append). */
  damaged: number;
}

export async function appendAudit(file: string, entry: AuditEntry): Promise<void> {
  await appendJsonl(file, [entry]);
}

function isEntry(value: unknown): value is AuditEntry {
  const v = value as Partial<AuditEntry> | null;
  return typeof v === 'object' && v !== null && typeof v.at === 'string' && typeof v.action === 'string';
}

export async function readAudit(file: string): Promise<AuditLog> {
  const { lines, tornTail } = await readJsonl(file);
  const log: AuditLog = { entries: [], damaged: tornTail === undefined ? 0 : 1 };
  for (const line of lines) {
    if (!line.trim()) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (isEntry(value)) log.entries.push(value);
      else log.damaged += 1;
    } catch {
      log.damaged += 1;
    }
  }
  return log;
}
