import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CSV_BOM, csvCell, csvRow } from '../../../../src/web/export/csv-writer.js';

describe('CSV writer', () => {
  test('cells a spreadsheet would read as a formula get a leading apostrophe', () => {
    assert.equal(csvCell('=HYPERLINK("http://x.example","klick")'), `"'=HYPERLINK(""http://x.example"",""klick"")"`);
    assert.equal(csvCell('+49 351 564'), "'+49 351 564");
    assert.equal(csvCell('-1+1'), "'-1+1");
    assert.equal(csvCell('@SUM(A1:A2)'), "'@SUM(A1:A2)");
    assert.equal(csvCell('\t=1+1'), "'\t=1+1");
    assert.equal(csvCell('\r=1+1'), `"'\n=1+1"`);
    assert.equal(csvCell('＝1+1'), "'＝1+1", 'full-width equals sign');
    // A control character in front does not hide the formula: it is removed first.
    assert.equal(csvCell('\u0000=1+1'), "'=1+1");
  });

  test('text that only contains such characters later is left alone', () => {
    assert.equal(csvCell('Zell- und Gentherapie'), 'Zell- und Gentherapie');
    assert.equal(csvCell('a=b'), 'a=b');
    assert.equal(csvCell(' =1'), ' =1');
    assert.equal(csvCell(''), '');
  });

  test('quotes per RFC 4180: separators, quotes and line breaks', () => {
    assert.equal(csvCell('Bildung; Forschung'), '"Bildung; Forschung"');
    assert.equal(csvCell('„Hightech“ "Agenda"'), '"„Hightech“ ""Agenda"""');
    assert.equal(csvCell('Zeile 1\nZeile 2'), '"Zeile 1\nZeile 2"');
    assert.equal(csvCell('Zeile 1\r\nZeile 2\rZeile 3'), '"Zeile 1\nZeile 2\nZeile 3"');
    assert.equal(csvCell('a,b'), 'a,b', 'a comma is no separator here');
  });

  test('control characters are removed, tab and line breaks kept', () => {
    assert.equal(csvCell('a\u0001b\u0007c\u001bd\u007fe\u0085f\u009fg'), 'abcdefg');
    assert.equal(csvCell('a\tb'), 'a\tb');
    assert.equal(csvCell('x\ufffey\uffff'), 'xy');
    assert.equal(csvCell('lone \ud800 surrogate \udc00'), 'lone  surrogate ');
    assert.equal(csvCell('pair 😀'), 'pair 😀');
  });

  test('rows: semicolons between cells, CRLF at the end; the file begins with a BOM', () => {
    assert.equal(csvRow(['Datum', 'Titel', '=x', 'a;b']), `Datum;Titel;'=x;"a;b"\r\n`);
    assert.equal(CSV_BOM, '\uFEFF');
    assert.equal(Buffer.from(CSV_BOM, 'utf8').toString('hex'), 'efbbbf');
  });
});
