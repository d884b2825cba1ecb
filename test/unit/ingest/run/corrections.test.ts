/**
 * Corrections applied to a built record: a corrected title drops the extracted title's language
 * (or reads its own), and a type corrected away from „Medieneinladung“ drops the event (no .ics).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyCorrections } from '../../../../ingest/run/corrections.js';
import type { Correction } from '../../../../ingest/store/corrections-store.js';
import { fakeRelease } from '../../../helpers/fake-search.js';

const correction = (values: Correction['values']): Correction => ({
  at: '2026-06-04T10:00:00.000Z',
  account: 'archiv',
  reason: 'Tippfehler',
  values,
});

test('a corrected German title drops the extracted English title language', () => {
  const built = fakeRelease('a', { title: 'The Hightech Agenda of Saxony is presented', titleLang: 'en' });
  const record = applyCorrections(built, [correction({ title: 'Die Hightech-Agenda Sachsens wird vorgestellt' })]);
  assert.equal(record.title, 'Die Hightech-Agenda Sachsens wird vorgestellt');
  assert.equal(record.titleLang, undefined);
  const untouched = applyCorrections(built, [correction({ subtitle: 'Neu' })]);
  assert.equal(untouched.titleLang, 'en', 'a correction of another field keeps it');
});

test('a type corrected away from the invitation drops its event; to the invitation it keeps it', () => {
  const event = { date: '2026-06-10', time: '10:00', place: 'Rathaus, Dr.-Külz-Ring 19, 01067 Dresden' };
  const built = fakeRelease('b', { type: 'Medieneinladung', event });
  assert.equal(applyCorrections(built, [correction({ type: 'Medieninformation' })]).event, undefined);
  assert.deepEqual(applyCorrections(built, [correction({ type: 'Medieneinladung' })]).event, event);
});
