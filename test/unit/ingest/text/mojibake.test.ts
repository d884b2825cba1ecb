import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { repairMojibake } from '../../../../ingest/text/mojibake.js';

/** UTF-8 bytes of a text read as Latin-1: what the 2015/2016 pages of Polizei Sachsen contain. */
const asLatin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

describe('repairMojibake', () => {
  const original = 'Räcknitz – „Bullenkopf“ Straße 25.000 € »Zitat« ÄÖÜ';

  test('repairs UTF-8 read as Latin-1, including "–" as â + U+0080 + U+0093', () => {
    const damaged = asLatin1(original);
    assert.match(damaged, /â\u0080\u0093/);
    assert.equal(repairMojibake(damaged), original);
  });

  test('repairs UTF-8 read as windows-1252 ("â€“", "Ã¤")', () => {
    assert.equal(repairMojibake('RÃ¤cknitz â€“ â€žBullenkopfâ€œ 25.000 â‚¬'), 'Räcknitz – „Bullenkopf“ 25.000 €');
  });

  test('turns a double-encoded BOM back into a BOM', () => {
    assert.equal(repairMojibake('ï»¿<?xml version="1.0"?>'), '\ufeff<?xml version="1.0"?>');
  });

  test('repairs text that was encoded three times', () => {
    assert.equal(repairMojibake(asLatin1(asLatin1('Straße – Räcknitz'))), 'Straße – Räcknitz');
  });

  test('leaves correct text alone, also "ß«" and "Ä»" that look like byte pairs', () => {
    for (const text of [original, '»Das ist groß«', 'Ä» und ß“', 'Café Müller, Señor Niño', '']) {
      assert.equal(repairMojibake(text), text);
    }
  });
});
