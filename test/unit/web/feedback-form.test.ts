import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFeedbackForm } from '../../../src/web/feedback-form.js';

test('a message is required; name and e-mail are optional', () => {
  assert.deepEqual(readFeedbackForm({ message: '  Kontrast zu schwach  ' }).errors, []);
  assert.equal(readFeedbackForm({ message: 'x' }).input.message, 'x');
  const { errors } = readFeedbackForm({ name: 'A', message: '   ' });
  assert.deepEqual(errors, [{ field: 'message', text: 'Beschreiben Sie die Barriere.' }]);
});

test('wrong e-mail, over-long fields and arrays are errors in field order', () => {
  const { errors } = readFeedbackForm({ email: 'kein-at', page: 'x'.repeat(3000), message: ['a', 'b'] });
  assert.deepEqual(
    errors.map((e) => e.field),
    ['email', 'page', 'message'],
  );
  assert.match(errors[0]!.text, /name@beispiel\.de/);
  assert.equal(readFeedbackForm({ message: 'y'.repeat(5001) }).errors[0]?.field, 'message');
  assert.equal(readFeedbackForm(undefined).errors[0]?.field, 'message');
});

test('control and bidi characters are removed at intake; the message keeps its lines', { timeout: 5_000 }, () => {
  const { input, errors } = readFeedbackForm({
    name: 'Max\n[2026-01-01T00:00:00.000Z] gefälscht\u001b[2J',
    email: 'a\u202e@b.de',
    page: '/suche\r\u001b]0;x\u0007',
    message: 'Zeile 1\r\nZeile 2\u009b31m\u2066',
  });
  assert.deepEqual(errors, []);
  assert.deepEqual(input, {
    name: 'Max [2026-01-01T00:00:00.000Z] gefälscht[2J',
    email: 'a@b.de',
    page: '/suche ]0;x',
    message: 'Zeile 1\nZeile 231m',
  });
});
