/**
 * What a line in the head of a release is: a generic label ("Medieninformation"), the date line,
 * contact information, the sender's name (possibly wrapped over several lines) — or text.
 */
import { parseGermanDate } from './german-dates.js';
import { isGenericLabel } from './boilerplate.js';
import { isContactLine, isPersonName, startsWithContactLabel } from './contact-lines.js';

type LineRole = 'label' | 'date' | 'contact' | 'text';

/** Share (0–1) of a text taken up by a known sender name. */
export type SenderShare = (text: string) => number;

const SENDER_SHARE = 0.6;

function singleRole(line: string): LineRole {
  if (isGenericLabel(line)) return 'label';
  if (parseGermanDate(line)) return 'date';
  if (isContactLine(line)) return 'contact';
  return 'text';
}

/** Roles line by line; a text line may still turn out to be part of a sender name (see isHeadInfo). */
function lineRoles(lines: readonly string[]): LineRole[] {
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
  return roles;
}

/**
 * A block made only of labels, date, contact and sender lines: part of the head, not text. Each run
 * of consecutive text lines must together be a sender name wrapped over lines; a run is checked as
 * a whole, once (a sender name in its first lines only would leave the rest as text).
 */
export function isHeadInfo(lines: readonly string[], senderShare: SenderShare): boolean {
  if (lines.length === 0) return false;
  const roles = lineRoles(lines);
  for (let start = 0; start < roles.length; start++) {
    if (roles[start] !== 'text') continue;
    let end = start;
    while (end + 1 < roles.length && roles[end + 1] === 'text') end++;
    if (senderShare(lines.slice(start, end + 1).join(' ')) < SENDER_SHARE) return false;
    start = end;
  }
  return true;
}
