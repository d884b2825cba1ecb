import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkCorrection,
  correctionChoices,
  inputFromBody,
  inputOf,
  type CorrectionInput,
} from '../../../src/admin/correction-form.js';
import { ADMIN_TEXT } from '../../../src/admin/texts/admin-texts.js';
import type { Release } from '../../../src/archive/release.js';
import { parsed } from '../ingest/run/run-fixtures.js';

const TEXT = ADMIN_TEXT.correct;
const { topics, types } = correctionChoices();
const record: Release = {
  ...parsed('Ganztag: Antragsfrist verlängert', {
    topics: [topics[0]!],
    type: types[0]!,
    contact: { name: 'Maria Beispiel', phone: '0351 564-99990', email: 'presse@example.org' },
  }),
  id: '2026-06-02-ganztag-antragsfrist-verlaengert-abc123',
  dateNum: 0,
  year: 2026,
  sample: false,
  ingestedAt: '2026-06-02T08:00:00.000Z',
  sources: [
    { type: 'html', filename: 'a.html', sha256: 'a'.repeat(64), bytes: 10, sourceUrl: 'https://example.org/a' },
  ],
};
const form = (changes: Partial<CorrectionInput>): CorrectionInput => ({
  ...inputOf(record),
  reason: 'Die Telefonnummer ist nicht mehr gültig.',
  ...changes,
});

test('topics, type, source address and contact: only what changed is a value; a removed phone number is gone', () => {
  const checked = checkCorrection(
    form({
      topics: [topics[1]!, topics[0]!],
      type: types[1]!,
      sourceUrl: 'https://example.org/neu',
      contactPhone: '',
    }),
    record,
  );
  assert.ok('values' in checked, JSON.stringify(checked));
  assert.deepEqual(checked.values, {
    topics: [topics[0]!, topics[1]!],
    type: types[1]!,
    sourceUrl: 'https://example.org/neu',
    contact: { name: 'Maria Beispiel', email: 'presse@example.org' },
  });
  assert.equal(checked.reason, 'Die Telefonnummer ist nicht mehr gültig.');
  assert.deepEqual(checkCorrection(form({}), record), { errors: { form: TEXT.unchanged } });
});

test('values outside the vocabularies, an unsafe address and a wrong e-mail address are refused in German', () => {
  const checked = checkCorrection(
    form({
      topics: ['Erfundenes Thema'],
      type: 'Erfundene Art',
      sourceUrl: 'javascript:alert(1)',
      contactEmail: 'keine-adresse',
      reason: '',
    }),
    record,
  );
  assert.deepEqual(checked, {
    errors: {
      topics: TEXT.topicsMissing,
      type: TEXT.typeUnknown,
      sourceUrl: TEXT.sourceUrlInvalid,
      contactEmail: TEXT.contactEmailInvalid,
      reason: TEXT.reasonMissing,
    },
  });
  assert.deepEqual(checkCorrection(form({ topics: [] }), record), { errors: { topics: TEXT.topicsMissing } });
});

test('the posted form is trimmed; one topic comes as text, several as a list, anything else counts as empty', () => {
  assert.deepEqual(inputFromBody({ title: '  Titel ', topics: 'Bildung' }).topics, ['Bildung']);
  assert.equal(inputFromBody({ title: '  Titel ' }).title, 'Titel');
  assert.deepEqual(inputFromBody({ topics: ['Bildung', 3] }).topics, ['Bildung']);
  assert.equal(inputFromBody({ reason: ['zweimal', 'gesendet'] }).reason, '');
  assert.equal(inputFromBody(undefined).title, '');
});
