/** File names as bytes and as text: lossless for identity, readable for people and the index. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinName, nameFromBytes, readableName } from '../../../../ingest/run/file-names.js';

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

test('a UTF-8 name is its text; each undecodable byte becomes its own lone surrogate', () => {
  assert.equal(nameFromBytes(Buffer.from('Pressemitteilung Ä 🙂.pdf')), 'Pressemitteilung Ä 🙂.pdf');
  assert.equal(nameFromBytes(latin1('Stra\xdfe.pdf')), 'Stra\udcdfe.pdf');
  assert.equal(nameFromBytes(Buffer.from([0xe2, 0x82, 0x41, 0xc3, 0xa4])), '\udce2\udc82Aä', 'a cut sequence');
  assert.equal(nameFromBytes(Buffer.from([0xf0, 0x9f, 0x99])), '\udcf0\udc9f\udc99', 'cut at the end');
  assert.equal(nameFromBytes(Buffer.from([0xc0, 0xaf])), '\udcc0\udcaf', 'an overlong "/" stays two bytes');
  assert.equal(nameFromBytes(Buffer.from([0xed, 0xa0, 0x80])), '\udced\udca0\udc80', 'an encoded surrogate');
});

test('names that differ only in undecodable bytes stay apart; shown, both read U+FFFD', () => {
  const a = nameFromBytes(latin1('Mitteilung-\xfe.pdf'));
  const b = nameFromBytes(latin1('Mitteilung-\xff.pdf'));
  assert.notEqual(a, b);
  assert.equal(readableName(a), 'Mitteilung-\uFFFD.pdf');
  assert.equal(readableName(b), readableName(a));
  assert.equal(readableName('Ä 🙂'), 'Ä 🙂', 'surrogate pairs are characters, not escapes');
  assert.ok(Buffer.from(readableName(a)).equals(Buffer.from('Mitteilung-\uFFFD.pdf')), 'valid UTF-8 for the index');
});

test('joinName: text while names are UTF-8, bytes from the first that is not', () => {
  assert.equal(joinName('/srv/presse', Buffer.from('a.pdf')), '/srv/presse/a.pdf');
  const bytes = joinName('/srv/presse', latin1('\xff.pdf'));
  assert.ok(Buffer.isBuffer(bytes));
  assert.deepEqual(bytes, latin1('/srv/presse/\xff.pdf'));
  assert.deepEqual(joinName(bytes, Buffer.from('b.pdf')), latin1('/srv/presse/\xff.pdf/b.pdf'));
});
