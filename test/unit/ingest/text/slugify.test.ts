import assert from 'node:assert/strict';
import { test } from 'node:test';
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

test('with foldAccents: false other accents separate words', () => {
  assert.equal(slugify('Kultur und Café', { foldAccents: false }), 'kultur-und-caf');
});
