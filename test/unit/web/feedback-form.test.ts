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
