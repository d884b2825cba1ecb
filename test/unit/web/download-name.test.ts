import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { asciiFileName, cleanFileName, contentDisposition, exportDisposition } from '../../../src/web/download-name.js';

describe('download names', () => {
  test('attachment with an ASCII fallback and the UTF-8 name (RFC 5987)', () => {
    assert.equal(
      contentDisposition('Medieninformation Hightech-Agenda „SaxoCell“.pdf', 'pdf', 'id'),
      `attachment; filename="Medieninformation_Hightech-Agenda_SaxoCell_.pdf"; filename*=UTF-8''Medieninformation%20Hightech-Agenda%20%E2%80%9ESaxoCell%E2%80%9C.pdf`,
    );
    assert.equal(asciiFileName('Überprüfung Straße.pdf'), 'Ueberpruefung_Strasse.pdf');
  });

  test('no folders, quotes, control characters or leading dots; the extension matches the type', () => {
    assert.equal(cleanFileName('../../etc/passwd', 'html', 'x'), 'passwd.html');
    assert.equal(cleanFileName('C:\\temp\\a"b.pdf', 'pdf', 'x'), 'ab.pdf');
    assert.equal(cleanFileName('.htaccess', 'html', 'x'), 'htaccess.html');
    assert.equal(cleanFileName('seite.htm', 'html', 'x'), 'seite.html');
    assert.equal(cleanFileName('evil.html', 'pdf', 'x'), 'evil.pdf');
    assert.equal(cleanFileName('a\r\nSet-Cookie: x.pdf', 'pdf', 'x'), 'aSet-Cookie: x.pdf');
    assert.equal(cleanFileName('', 'pdf', 'release-id'), 'release-id.pdf');
    assert.equal(cleanFileName('x'.repeat(300), 'pdf', 'r').length, 150);
  });

  test('the header never contains a raw quote or line break', () => {
    const header = contentDisposition('a"\r\nb;c.pdf', 'pdf', 'x');
    assert.doesNotMatch(header, /[\r\n]/);
    assert.equal(header.split('"').length, 3, 'only the two quotes around filename');
  });
});

describe('export download names', () => {
  test('prefix, the words of the query and the day; umlauts in the UTF-8 name, transliterated in the fallback', () => {
    assert.equal(
      exportDisposition('Pressearchiv-Suche', 'Bürgergeld „Reform“', '2026-12-02', 'csv'),
      `attachment; filename="Pressearchiv-Suche-Buergergeld-Reform-2026-12-02.csv"; filename*=UTF-8''Pressearchiv-Suche-B%C3%BCrgergeld-Reform-2026-12-02.csv`,
    );
    assert.equal(
      exportDisposition('Pressearchiv-Suche', '', '2026-12-02', 'jsonl'),
      `attachment; filename="Pressearchiv-Suche-2026-12-02.jsonl"; filename*=UTF-8''Pressearchiv-Suche-2026-12-02.jsonl`,
    );
  });

  test('no quotes, line breaks, folders or separators from the query reach the header', () => {
    const header = exportDisposition('P', '"\r\n../../x;y=z', '2026-12-02', 'csv');
    assert.equal(header, `attachment; filename="P-x-y-z-2026-12-02.csv"; filename*=UTF-8''P-x-y-z-2026-12-02.csv`);
    const long = exportDisposition('P', 'Wort '.repeat(40), '2026-12-02', 'csv');
    assert.match(long, /filename="P-(Wort-){11}Wort-2026-12-02\.csv"/);
  });

  test('a character outside the BMP at the cut is kept whole or left out, never halved (was a URIError)', () => {
    const q = `${'a'.repeat(59)}\u{1D400}b`;
    const header = exportDisposition('P', q, '2026-12-02', 'csv');
    assert.ok(header.includes(`${'a'.repeat(59)}%F0%9D%90%80-2026-12-02.csv`), header);
    const original = contentDisposition(`${'x'.repeat(145)}\u{1D400}\u{1D400}.pdf`, 'pdf', 'original');
    assert.match(original, /%F0%9D%90%80\.pdf$/);
    assert.doesNotThrow(() => contentDisposition('kaputt\uD800.pdf', 'pdf', 'original'));
  });
});
