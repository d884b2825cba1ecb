import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sniffType } from '../../../../ingest/extract/sniff-type.js';

const text = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const bytes = (...values: number[]): Uint8Array => new Uint8Array([...values, ...Buffer.from(' rest of the file')]);

describe('sniffType', () => {
  test('no bytes or only whitespace is empty', () => {
    assert.deepEqual(sniffType(new Uint8Array()), { type: 'empty' });
    assert.deepEqual(sniffType(text(' \r\n\t \n')), { type: 'empty' });
  });

  test('"%PDF-" at the start or after some leading junk (within the first KB) is a PDF', () => {
    assert.deepEqual(sniffType(text('%PDF-1.7\n%âãÏÓ\n1 0 obj')), { type: 'pdf' });
    assert.deepEqual(sniffType(text(`${'x'.repeat(900)}\n%PDF-1.4\n`)), { type: 'pdf' });
  });

  test('"%PDF-" only after the first KB is not a PDF', () => {
    assert.deepEqual(sniffType(text(`${'Text '.repeat(240)}\n%PDF-1.4\n`)), {
      type: 'unsupported',
      description: 'plain text without HTML markup',
    });
  });

  test('HTML markup at the start, also after a BOM, whitespace, a comment or an XML declaration', () => {
    for (const page of [
      '<!DOCTYPE html><html lang="de"><head><title>Medieninformation</title></head></html>',
      '\ufeff\n\n  <!doctype HTML>\n<html>',
      '<!-- saved from url=(0042)https://www.medienservice.sachsen.de/ -->\n<HTML>\n<HEAD>',
      '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
      '<meta charset="windows-1252"><title>Pressemitteilung</title>',
      '<div class="content"><h1 class="title">Überschrift</h1><p>Text</p></div>',
    ]) {
      assert.deepEqual(sniffType(text(page)), { type: 'html' }, page);
    }
  });

  test('the content decides, not how the bytes look otherwise: HTML read in windows-1252 is HTML', () => {
    assert.deepEqual(sniffType(Buffer.from('<html><body><p>Straße – 25 €</p></body></html>', 'latin1')), {
      type: 'html',
    });
  });

  test('scanned images (PNG, JPEG, TIFF in both byte orders) are images, read by OCR', () => {
    const cases: Array<[Uint8Array, string]> = [
      [bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'png'],
      [bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46), 'jpeg'],
      [bytes(0x49, 0x49, 0x2a, 0x00, 0x08, 0x00), 'tiff'],
      [bytes(0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x08), 'tiff'],
    ];
    for (const [file, format] of cases) assert.deepEqual(sniffType(file), { type: 'image', format });
  });

  test('known binary formats are unsupported, named for the message', () => {
    const cases: Array<[Uint8Array, RegExp]> = [
      [text('GIF89a\u0001\u0000'), /GIF/],
      [bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00), /ZIP.*Office/],
      [bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), /Word\/Excel/],
      [text('{\\rtf1\\ansi\\deff0 {\\fonttbl}<html>'), /RTF/],
      [bytes(0x1f, 0x8b, 0x08, 0x00), /gzip/],
    ];
    for (const [file, name] of cases) {
      const result = sniffType(file);
      assert.equal(result.type, 'unsupported', String(name));
      assert.match(result.type === 'unsupported' ? result.description : '', name);
    }
  });

  test('other files: binary data, or plain text without HTML markup', () => {
    assert.deepEqual(sniffType(bytes(0x00, 0x01, 0x02, 0x03, 0x7f)), {
      type: 'unsupported',
      description: 'binary data',
    });
    assert.deepEqual(sniffType(text('Dresden, 2. Juni 2026\nPressemitteilung ohne Markup.')), {
      type: 'unsupported',
      description: 'plain text without HTML markup',
    });
  });

  test('markup after NUL bytes or only after the first 2 KB does not make a file HTML', () => {
    assert.deepEqual(sniffType(text('\u0000\u0001<html><body>')), { type: 'unsupported', description: 'binary data' });
    assert.deepEqual(sniffType(text(`${'Nur Text. '.repeat(220)}<html><body><p>Text</p>`)), {
      type: 'unsupported',
      description: 'plain text without HTML markup',
    });
  });
});
