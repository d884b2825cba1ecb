/**
 * The message for a date field („Von“, „Bis“) that names no day: what exactly is wrong where the
 * text has a date's shape („Den 31. Februar 2024 gibt es nicht …“), else the field's general
 * message with examples.
 */
import { GERMAN_MONTHS } from '../../archive/german-dates.js';
import { SEARCH_INPUT_MESSAGES } from '../texts/error-texts.js';
import { MAX_YEAR, MIN_YEAR, type DateProblem } from './german-date-range.js';

export function dateMessage(field: 'von' | 'bis', problem: DateProblem): string {
  const label = field === 'von' ? 'Von' : 'Bis';
  switch (problem.kind) {
    case 'no-such-day':
      return SEARCH_INPUT_MESSAGES.noSuchDay(
        label,
        problem.day,
        GERMAN_MONTHS[problem.month - 1]!,
        problem.year,
        problem.days,
      );
    case 'no-such-month':
      return SEARCH_INPUT_MESSAGES.noSuchMonth(label, problem.month);
    case 'year-out-of-range':
      return SEARCH_INPUT_MESSAGES.yearOutOfRange(label, MIN_YEAR, MAX_YEAR);
    case 'not-a-date':
      return field === 'von' ? SEARCH_INPUT_MESSAGES.from : SEARCH_INPUT_MESSAGES.to;
  }
}
