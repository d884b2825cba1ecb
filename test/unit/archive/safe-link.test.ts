import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { displayAddress, safeHref, textNamesTarget } from '../../../src/archive/safe-link.js';

const BASE = 'https://www.example.org/presse/mitteilung.html';

/** Targets a browser (or a mail client) could be tricked into running or misreading. */
const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'java\u0000script:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript\u200B:alert(1)',
  '\u202Ejavascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#0000106&#0000097vascript:alert(1)',
  'javascript&colon;alert(1)',
  '%6A%61vascript:alert(1)',
  'javascript%3Aalert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html,x',
  'file:///etc/passwd',
  'ftp://example.org/datei',
  'blob:https://example.org/uuid',
  'about:blank',
  '//evil.example/x',
  '\\\\evil.example\\x',
  '/\\evil.example/x',
  '\\/evil.example/x',
  'https:evil.example',
  'http:/evil.example',
  'https:\\\\evil.example',
  'https://www.sachsen.de@evil.example/',
  'https://user:pass@example.org/',
  'https:// example.org',
  'https://exa mple.org',
  'mailto:',
  'mailto:a@b.de,c@d.de',
  'mailto:a@b.de%0Abcc:c@d.de',
  'mailto:javascript:alert(1)',
  'https://',
  `https://example.org/${'x'.repeat(3000)}`,
  '',
  '   ',
];

describe('safeHref', () => {
  for (const hostile of HOSTILE) {
    test(`drops ${JSON.stringify(hostile.slice(0, 60))}`, () => {
      assert.equal(safeHref(hostile, BASE), undefined);
    });
  }

  test('keeps http, https and mailto links in normal form', () => {
    assert.equal(safeHref('https://www.smwk.sachsen.de/foerderung'), 'https://www.smwk.sachsen.de/foerderung');
    assert.equal(safeHref('HTTP://Example.ORG/a?b=1#c'), 'http://example.org/a?b=1#c');
    assert.equal(safeHref('  https://example.org/  '), 'https://example.org/');
    assert.equal(safeHref('https://bücher.example/'), 'https://xn--bcher-kva.example/');
    assert.equal(safeHref('mailto:presse@smwk.sachsen.de'), 'mailto:presse@smwk.sachsen.de');
    assert.equal(safeHref('MAILTO:presse@example.org?subject=Hallo'), 'mailto:presse@example.org');
  });

  test('resolves relative links against an http(s) base only', () => {
    assert.equal(safeHref('/formulare/antrag.pdf', BASE), 'https://www.example.org/formulare/antrag.pdf');
    assert.equal(safeHref('anhang.html', BASE), 'https://www.example.org/presse/anhang.html');
    assert.equal(safeHref('?seite=2', BASE), 'https://www.example.org/presse/mitteilung.html?seite=2');
    assert.equal(safeHref('/formulare/antrag.pdf'), undefined);
    assert.equal(safeHref('anhang.html', 'file:///home/x/'), undefined);
  });

  test('source addresses are web addresses only', () => {
    assert.equal(safeHref('mailto:presse@example.org', undefined, 'web'), undefined);
    assert.equal(safeHref('https://example.org/pm', undefined, 'web'), 'https://example.org/pm');
  });
});

describe('displayAddress and textNamesTarget', () => {
  test('the address is shown without its scheme', () => {
    assert.equal(displayAddress('https://www.example.org/'), 'www.example.org');
    assert.equal(displayAddress('https://www.example.org/a/b?c=1'), 'www.example.org/a/b?c=1');
    assert.equal(displayAddress('mailto:presse@example.org'), 'presse@example.org');
  });

  test('a text naming the host or the mailbox says where the link goes', () => {
    assert.equal(textNamesTarget('www.example.org/foerderung', 'https://www.example.org/foerderung'), true);
    assert.equal(textNamesTarget('Mehr unter example.org', 'https://www.example.org/x'), true);
    assert.equal(textNamesTarget('hier', 'https://www.example.org/x'), false);
    assert.equal(textNamesTarget('presse@example.org', 'mailto:presse@example.org'), true);
    assert.equal(textNamesTarget('Schreiben Sie uns', 'mailto:presse@example.org'), false);
  });
});
