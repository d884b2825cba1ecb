/**
 * Validation of the "Barriere melden" form: German messages per field, GOV.UK error-summary order.
 * Control and bidi formatting characters are removed first; the message keeps its line breaks.
 */
import { stripControls } from '../archive/control-characters.js';
import type { FeedbackInput } from '../feedback/feedback-store.js';
import { FEEDBACK_FORM_MESSAGES as M } from './texts/error-texts.js';

export interface FieldError {
  field: keyof FeedbackInput;
  text: string;
}

export const LIMITS = { name: 200, email: 254, page: 2000, message: 5000 } as const;

function text(value: unknown, multiline = false): string {
  return typeof value === 'string' ? stripControls(value, { multiline }).trim() : '';
}

export function readFeedbackForm(body: unknown): { input: FeedbackInput; errors: FieldError[] } {
  const raw = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const input: FeedbackInput = {
    name: text(raw.name),
    email: text(raw.email),
    page: text(raw.page),
    message: text(raw.message, true),
  };
  const errors: FieldError[] = [];
  for (const field of ['name', 'email', 'page', 'message'] as const) {
    if (raw[field] !== undefined && typeof raw[field] !== 'string') errors.push({ field, text: M.invalid });
  }
  if (input.name.length > LIMITS.name) errors.push({ field: 'name', text: M.nameTooLong(LIMITS.name) });
  if (input.email && (input.email.length > LIMITS.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email))) {
    errors.push({ field: 'email', text: M.email });
  }
  if (input.page.length > LIMITS.page) errors.push({ field: 'page', text: M.pageTooLong(LIMITS.page) });
  if (!input.message) errors.push({ field: 'message', text: M.messageMissing });
  else if (input.message.length > LIMITS.message) {
    errors.push({ field: 'message', text: M.messageTooLong(LIMITS.message) });
  }
  const order: Array<keyof FeedbackInput> = ['name', 'email', 'page', 'message'];
  const seen = new Set<string>();
  const unique = errors.filter((e) => (seen.has(e.field) ? false : (seen.add(e.field), true)));
  return { input, errors: unique.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field)) };
}
