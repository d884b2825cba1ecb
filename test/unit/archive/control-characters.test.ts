/** Control and bidi formatting characters: removed where text is taken in, visible escapes where it is printed. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeControls, stripControls, terminalJson } from '../../../src/archive/control-characters.js';

/** ESC sequences (clear screen, window title, clipboard, hyperlink), CR, a C1 CSI, DEL and every bidi control. */
const HOSTILE =
  'a\u001b[2J\u001b]0;title\u0007\u001b]52;c;ZWNobw==\u0007\u001b]8;;http://x\u001b\\b\rc\u009b31m\u007fd' +
  '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u2028\u2029e';
/** Any of the characters either function must not let through. */
const UNSAFE = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

test('stripControls removes control and bidi characters and keeps the letters', { timeout: 5_000 }, () => {
  const clean = stripControls(HOSTILE);
  assert.doesNotMatch(clean, UNSAFE);
  assert.equal(clean, 'a[2J]0;title]52;c;ZWNobw==]8;;http://x\\b c31md  e');
  assert.equal(stripControls('Ärger mit „Tabellen“ – ß'), 'Ärger mit „Tabellen“ – ß', 'ordinary text unchanged');
});

test('stripControls: one line turns line breaks and tabs into spaces; multiline keeps them', { timeout: 5_000 }, () => {
  assert.equal(stripControls('Max\nMuster\tmann\r\nX'), 'Max Muster mann  X');
  assert.equal(
    stripControls('Zeile 1\r\nZeile 2\rZeile 3\n\tEingerückt\u001b[2J', { multiline: true }),
    'Zeile 1\nZeile 2\nZeile 3\n\tEingerückt[2J',
  );
});

test('escapeControls shows each control and bidi character as a visible escape', { timeout: 5_000 }, () => {
  const shown = escapeControls(HOSTILE);
  assert.doesNotMatch(shown, UNSAFE);
  assert.ok(shown.startsWith('a\\x1b[2J\\x1b]0;title\\x07'), shown);
  assert.ok(shown.includes('\\x1b\\b\\rc\\x9b31m\\x7fd\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066'), shown);
  assert.ok(shown.endsWith('\\u2069\\u200e\\u200f\\u061c\\u2028\\u2029e'), shown);
  assert.equal(escapeControls('Name\nE-Mail: x\ty'), 'Name\\nE-Mail: x\\ty');
  assert.equal(escapeControls('Ärger mit „Tabellen“'), 'Ärger mit „Tabellen“', 'ordinary text unchanged');
});

test('terminalJson is the same JSON value, without a raw control or bidi character', { timeout: 5_000 }, () => {
  const value = { name: HOSTILE, list: ['\u202eexe.pdf'] };
  const json = terminalJson(value, 2);
  assert.doesNotMatch(json.replace(/\n/g, ''), UNSAFE, 'only the indentation’s line breaks stay raw');
  assert.deepEqual(JSON.parse(json), value);
  assert.equal(terminalJson({ a: 'x' }, 2), JSON.stringify({ a: 'x' }, null, 2));
});
