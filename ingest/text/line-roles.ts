/**
 * What a line in the head of a release is: a generic label ("Medieninformation"), the date line,
 * contact information, the sender's name (possibly wrapped over several lines) — or text.
 */
import { parseGermanDate } from '../german-dates.js';
import { isGenericLabel } from './boilerplate.js';
import { isContactLine, isPersonName, startsWithContactLabel } from './contact-lines.js';

export type LineRole = 'label' | 'date' | 'contact' | 'sender' | 'text';

/** Share (0–1) of a text taken up by a known sender name. */
export type SenderShare = (text: string) => number;

const SENDER_SHARE = 0.6;

function singleRole(line: string): LineRole {
  if (isGenericLabel(line)) return 'label';
  if (parseGermanDate(line)) return 'date';
  if (isContactLine(line)) return 'contact';
  return 'text';
}

export function classifyLines(lines: readonly string[], senderShare: SenderShare): LineRole[] {
  const roles = lines.map(singleRole);
  // The name under a bare contact label ("Ihr Ansprechpartner" / "Falk Lange").
  roles.forEach((role, i) => {
    const label = lines[i - 1]?.trim() ?? '';
    if (
      role === 'text' &&
      roles[i - 1] === 'contact' &&
      startsWithContactLabel(label) &&
      !/:\s*\S/.test(label) &&
      isPersonName(lines[i] ?? '')
    ) {
      roles[i] = 'contact';
    }
  });
  // Runs of text lines that together are a sender name wrapped over lines.
  for (let start = 0; start < roles.length; start++) {
    if (roles[start] !== 'text') continue;
    let end = start;
    while (end + 1 < roles.length && roles[end + 1] === 'text') end++;
    for (let stop = end; stop >= start; stop--) {
      if (senderShare(lines.slice(start, stop + 1).join(' ')) >= SENDER_SHARE) {
        roles.fill('sender', start, stop + 1);
        break;
      }
    }
    start = end;
  }
  return roles;
}

/** A block made only of labels, date, contact and sender lines: part of the head, not text. */
export function isHeadInfo(lines: readonly string[], senderShare: SenderShare): boolean {
  return lines.length > 0 && classifyLines(lines, senderShare).every((role) => role !== 'text');
}
