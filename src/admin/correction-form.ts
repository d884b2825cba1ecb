/**
 * The correction form of /verwaltung/korrigieren as data: the choices (senders, topics and types
 * from the vocabularies in search-config/), the values a record fills it with, and the check of a
 * posted form against the current record — German messages per field, and the correction as only
 * the fields that changed.
 */
import { isoDate } from '../archive/german-dates.js';
import type { Release } from '../archive/release.js';
import { safeHref } from '../archive/safe-link.js';
import { FIELD_BOUNDS } from '../../ingest/run/field-bounds.js';
import { loadDefaultVocabularies } from '../../ingest/classify/vocabularies.js';
import type { CorrectionValues } from '../../ingest/store/corrections-store.js';
import { ADMIN_TEXT } from './texts/admin-texts.js';

const TEXT = ADMIN_TEXT.correct;

/** The longest reason taken (it is shown on the public release page). */
export const CORRECTION_REASON_MAX = 500;

export interface Choices {
  senders: Array<{ name: string; short: string }>;
  topics: string[];
  types: string[];
}

let choices: Choices | undefined;

/** The vocabularies' senders (by name), topics and types, read once. */
export function correctionChoices(): Choices {
  if (!choices) {
    const vocab = loadDefaultVocabularies();
    const senders = new Map<string, string>();
    for (const sender of [...vocab.ministries.senders, vocab.ministries.fallback])
      if (!senders.has(sender.short)) senders.set(sender.short, sender.name);
    choices = {
      senders: [...senders]
        .map(([short, name]) => ({ name, short }))
        .sort((a, b) => a.name.localeCompare(b.name, 'de')),
      topics: vocab.topics.topics.map((t) => t.name),
      types: vocab.types.types.map((t) => t.name),
    };
  }
  return choices;
}

/** The form's fields as typed (or as the record has them). */
export interface CorrectionInput {
  title: string;
  subtitle: string;
  date: string;
  sender: string;
  topics: string[];
  type: string;
  sourceUrl: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  reason: string;
}

export type CorrectionErrors = Partial<Record<keyof CorrectionInput | 'form', string>>;

/** The form filled with a record's values: the date as TT.MM.JJJJ, the source address of its first source. */
export function inputOf(record: Release): CorrectionInput {
  const [y, m, d] = record.date.split('-');
  return {
    title: record.title,
    subtitle: record.subtitle ?? '',
    date: `${d}.${m}.${y}`,
    sender: record.ministryShort,
    topics: [...(record.topics ?? [])],
    type: record.type ?? '',
    sourceUrl: record.sources?.find((s) => s.sourceUrl)?.sourceUrl ?? '',
    contactName: record.contact?.name ?? '',
    contactPhone: record.contact?.phone ?? '',
    contactEmail: record.contact?.email ?? '',
    reason: '',
  };
}

/** The posted form, trimmed; a field sent twice or not as text counts as empty. */
export function inputFromBody(body: unknown): CorrectionInput {
  const fields = (body ?? {}) as Record<string, unknown>;
  const text = (name: string): string => {
    const value = fields[name];
    return typeof value === 'string' ? value.trim() : '';
  };
  const topics = fields.topics;
  const list = Array.isArray(topics) ? topics : topics === undefined ? [] : [topics];
  return {
    title: text('title'),
    subtitle: text('subtitle'),
    date: text('date'),
    sender: text('sender'),
    topics: list.filter((t): t is string => typeof t === 'string'),
    type: text('type'),
    sourceUrl: text('sourceUrl'),
    contactName: text('contactName'),
    contactPhone: text('contactPhone'),
    contactEmail: text('contactEmail'),
    reason: text('reason'),
  };
}

/** „03.06.2026“, „3.6.2026“ or „2026-06-03“ → 2026-06-03; anything else undefined. */
export function parseFormDate(text: string): string | undefined {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (german) return isoDate(Number(german[3]), Number(german[2]), Number(german[1]));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return iso ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : undefined;
}

const length = (text: string): number => [...text].length;
const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

export type CheckedCorrection = { errors: CorrectionErrors } | { values: CorrectionValues; reason: string };

/** Checks the posted form against the current record: the correction holds only the fields that changed. */
export function checkCorrection(input: CorrectionInput, record: Release): CheckedCorrection {
  const errors: CorrectionErrors = {};
  const now = inputOf(record);
  const names = TEXT.fields;
  const bounded = (key: keyof CorrectionInput, label: string, max: number) => {
    if (length(input[key] as string) > max) errors[key] = TEXT.tooLong(label, max);
  };
  if (!input.title) errors.title = TEXT.titleMissing;
  else bounded('title', names.title, FIELD_BOUNDS.title);
  bounded('subtitle', names.subtitle, FIELD_BOUNDS.subtitle);
  const date = parseFormDate(input.date);
  if (!date) errors.date = TEXT.dateInvalid;
  const { senders, topics, types } = correctionChoices();
  const sender = senders.find((s) => s.short === input.sender);
  if (!sender) errors.sender = TEXT.senderUnknown;
  if (input.topics.length === 0) errors.topics = TEXT.topicsMissing;
  else if (!input.topics.every((t) => topics.includes(t))) errors.topics = TEXT.topicsMissing;
  if (input.type && !types.includes(input.type)) errors.type = TEXT.typeUnknown;
  // Checked only when changed: the address the record has stays as it is.
  const sourceUrl =
    input.sourceUrl === now.sourceUrl || !input.sourceUrl
      ? input.sourceUrl
      : safeHref(input.sourceUrl, undefined, 'web');
  if (sourceUrl === undefined) errors.sourceUrl = TEXT.sourceUrlInvalid;
  bounded('contactName', ADMIN_TEXT.correct.contactNameLabel, FIELD_BOUNDS.contactName);
  bounded('contactPhone', ADMIN_TEXT.correct.contactPhoneLabel, FIELD_BOUNDS.contactPhone);
  if (input.contactEmail && !EMAIL.test(input.contactEmail)) errors.contactEmail = TEXT.contactEmailInvalid;
  else bounded('contactEmail', ADMIN_TEXT.correct.contactEmailLabel, FIELD_BOUNDS.contactEmail);
  if (!input.reason) errors.reason = TEXT.reasonMissing;
  else if (length(input.reason) > CORRECTION_REASON_MAX) errors.reason = TEXT.reasonTooLong(CORRECTION_REASON_MAX);
  if (Object.keys(errors).length > 0) return { errors };

  const values: CorrectionValues = {};
  if (input.title !== now.title) values.title = input.title;
  if (input.subtitle !== now.subtitle) values.subtitle = input.subtitle;
  if (date !== record.date) values.date = date!;
  if (sender!.short !== record.ministryShort) values.sender = sender!;
  const chosen = topics.filter((t) => input.topics.includes(t));
  if (chosen.join('\n') !== [...now.topics].sort((a, b) => topics.indexOf(a) - topics.indexOf(b)).join('\n'))
    values.topics = chosen;
  if (input.type && input.type !== now.type) values.type = input.type;
  if (sourceUrl !== now.sourceUrl) values.sourceUrl = sourceUrl!;
  if (
    input.contactName !== now.contactName ||
    input.contactPhone !== now.contactPhone ||
    input.contactEmail !== now.contactEmail
  ) {
    values.contact = {
      ...(input.contactName ? { name: input.contactName } : {}),
      ...(input.contactPhone ? { phone: input.contactPhone } : {}),
      ...(input.contactEmail ? { email: input.contactEmail } : {}),
    };
  }
  if (Object.keys(values).length === 0) return { errors: { form: TEXT.unchanged } };
  return { values, reason: input.reason };
}
