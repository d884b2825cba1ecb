/** An audit entry in words, for the page and for `npm run audit`: who, what, about whom, from where. */
import { escapeControls } from '../../archive/control-characters.js';
import { ADMIN_TEXT } from '../texts/admin-texts.js';
import type { AuditEntry } from './audit-log.js';

export interface AuditWords {
  actor: string;
  action: string;
  subject: string;
  address: string;
}

export function describeEntry(entry: AuditEntry): AuditWords {
  const none = ADMIN_TEXT.audit.nobody;
  const actor = entry.actor?.startsWith('cli:')
    ? ADMIN_TEXT.actorCommandLine(entry.actor.slice(4))
    : (entry.actor ?? none);
  const action = (ADMIN_TEXT.actions as Record<string, string>)[entry.action] ?? entry.action;
  const subject = [entry.subject, entry.detail].filter(Boolean).join(', ') || none;
  return { actor, action, subject, address: entry.address ?? none };
}

/** One line of `npm run audit`: ISO time, who, what, about whom, from where, tab-separated, controls escaped. */
export function formatAuditLine(entry: AuditEntry): string {
  const words = describeEntry(entry);
  return [entry.at, words.actor, words.action, words.subject, words.address].map((f) => escapeControls(f)).join('\t');
}
