import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeHtml } from '../../../../../ingest/extract/html/html-decode.js';

const TEXT = 'Größe: 25.000 € – „Zitat“';
const page = (charsetMeta: string): string => `<html><head>${charsetMeta}</head><body><p>${TEXT}</p></body></html>`;

describe('decodeHtml', () => {
  test('windows-1252 declared by http-equiv: €, „ “ and – come out right', () => {
    const bytes = iconv.encode(
      page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'),
      'windows-1252',
    );
    const { html, encoding } = decodeHtml(bytes);
    assert.equal(encoding, 'windows-1252');
    assert.ok(html.includes(TEXT));
  });

  test('ISO-8859-1 is read as windows-1252, as browsers do', () => {
    const bytes = iconv.encode(page('<meta charset="ISO-8859-1">'), 'windows-1252');
    assert.ok(decodeHtml(bytes).html.includes(TEXT));
  });

  test('an XML declaration names the encoding', () => {
    const bytes = iconv.encode(`<?xml version="1.0" encoding="windows-1252"?>${page('')}`, 'windows-1252');
    assert.ok(decodeHtml(bytes).html.includes(TEXT));
  });

  test('a page declaring Latin-1 whose bytes are UTF-8 is read as UTF-8, with a warning', () => {
    const { html, warnings } = decodeHtml(Buffer.from(page('<meta charset="iso-8859-1">'), 'utf8'));
    assert.ok(html.includes(TEXT));
    assert.match(warnings.join(), /bytes are UTF-8/);
  });

  test('double-encoded UTF-8 with a double-encoded BOM is repaired', () => {
    const bytes = Buffer.from(
      Buffer.from(`\ufeff${page('<meta charset="utf-8">')}`, 'utf8').toString('latin1'),
      'utf8',
    );
    const { html, warnings } = decodeHtml(bytes);
    assert.ok(html.startsWith('<html>'));
    assert.ok(html.includes(TEXT));
    assert.match(warnings.join(), /mojibake/);
  });

  test('a UTF-8 BOM wins and is removed', () => {
    const { html, encoding } = decodeHtml(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(''), 'utf8')]),
    );
    assert.equal(encoding, 'utf-8');
    assert.ok(html.startsWith('<html>'));
  });
});
