import assert from 'node:assert/strict';
import { test } from 'node:test';
import { senderSlug } from '../../../../ingest/classify/senders/sender-text.js';
import { slugify } from '../../../../ingest/text/slugify.js';

test('umlauts and ß are spelled out, other accents dropped, everything else separates words', () => {
  assert.equal(
    slugify('Hightech Agenda bestätigt sächsisches Kernthema'),
    'hightech-agenda-bestaetigt-saechsisches-kernthema',
  );
  assert.equal(slugify('Straße – „Café“ in Neukölln!'), 'strasse-cafe-in-neukoelln');
  assert.equal(slugify('  --  '), '');
});

test('maxLength cuts at the last word boundary, a single long word hard', () => {
  assert.equal(slugify('Zell- und Gentherapie in Sachsen', { maxLength: 21 }), 'zell-und-gentherapie');
  assert.equal(slugify('Zell- und Gentherapie in Sachsen', { maxLength: 20 }), 'zell-und', 'as ids were always cut');
  assert.equal(slugify('Donaudampfschifffahrtsgesellschaft', { maxLength: 10 }), 'donaudampf');
});

test('sender slugs leave out filler words', () => {
  assert.equal(senderSlug('Bildung, Jugend und Familie'), 'bildung-jugend-familie');
  assert.equal(senderSlug('Friedrichshain-Kreuzberg'), 'friedrichshain-kreuzberg');
  assert.equal(senderSlug('Kultur und Café'), 'kultur-caf', 'accents separate words, as sender values always did');
  assert.equal(slugify('Kultur und Café', { foldAccents: false }), 'kultur-und-caf');
});
