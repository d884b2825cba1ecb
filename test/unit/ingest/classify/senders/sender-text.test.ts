import assert from 'node:assert/strict';
import { test } from 'node:test';
import { senderSlug } from '../../../../../ingest/classify/senders/sender-text.js';

test('sender slugs leave out filler words', () => {
  assert.equal(senderSlug('Bildung, Jugend und Familie'), 'bildung-jugend-familie');
  assert.equal(senderSlug('Friedrichshain-Kreuzberg'), 'friedrichshain-kreuzberg');
  assert.equal(senderSlug('Kultur und Café'), 'kultur-caf', 'accents separate words, as sender values always did');
});
