/** The 410 page and API answer of a withdrawn release, from its tombstone: when, which, why — no text of it. */
import type { Tombstone } from '../../archive/tombstone.js';
import { ERROR_TEXT } from '../texts/error-texts.js';
import { titleOf } from '../texts/site-texts.js';
import { formatDate, formatDay } from './german-format.js';

const TEXT = ERROR_TEXT.withdrawn;

export interface WithdrawnPage {
  pageTitle: string;
  heading: string;
  message: string;
  /** „Titel“ vom 2. Juni 2026; absent when the tombstone has no title. */
  release?: string;
  reason: string;
  releaseLabel: string;
  reasonLabel: string;
}

export function withdrawnPage(tombstone: Tombstone): WithdrawnPage {
  return {
    pageTitle: titleOf(TEXT.title),
    heading: TEXT.heading,
    message: TEXT.message(formatDay(tombstone.withdrawnAt)),
    ...(tombstone.title ? { release: TEXT.release(tombstone.title, formatDate(tombstone.date)) } : {}),
    reason: tombstone.reason,
    releaseLabel: TEXT.releaseLabel,
    reasonLabel: TEXT.reasonLabel,
  };
}

/** The API's 410 body: the message, the reason and the tombstone's fields. */
export function withdrawnApiRecord(tombstone: Tombstone): Record<string, string> {
  return {
    error: `${TEXT.message(formatDay(tombstone.withdrawnAt))} ${TEXT.reasonLabel}: ${tombstone.reason}`,
    id: tombstone.id,
    title: tombstone.title,
    date: tombstone.date,
    reason: tombstone.reason,
    withdrawnAt: tombstone.withdrawnAt,
  };
}
