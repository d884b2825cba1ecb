import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { element, xmlDocument, xmlText } from '../../../../src/web/xml/xml-writer.js';

test('markup characters are escaped, in text and in attributes', () => {
  assert.equal(xmlText(`a & b < c > d "e" 'f' ]]>`), 'a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos; ]]&gt;');
});

test('characters XML 1.0 cannot carry are removed, tab and line breaks kept', () => {
  assert.equal(xmlText('a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg'), 'abcdefg');
  assert.equal(xmlText('a\tb\nc\rd'), 'a\tb\nc\rd');
  assert.equal(xmlText('lone \ud800 surrogate \udc00 and \ufffe\uffff'), 'lone  surrogate  and ');
  assert.equal(xmlText('Umlaute äöü ß „Zitat“ 😀'), 'Umlaute äöü ß „Zitat“ 😀');
});

test('a hostile text stays text when the document is parsed again', () => {
  const hostile = 'Titel ]]></title><script>alert(1)</script>\u0001 & mehr';
  const xml = xmlDocument(element('feed', { 'xml:lang': 'de', note: '"><x y="' }, element('title', {}, hostile)));
  assert.match(xml, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed /);
  assert.doesNotMatch(xml, /<script|]]>/);
  assert.ok(!xml.includes('\u0001'));
  const $ = cheerio.load(xml, { xml: true });
  assert.equal($('feed > title').text(), 'Titel ]]></title><script>alert(1)</script> & mehr');
  assert.equal($('feed').attr('note'), '"><x y="');
  assert.equal($('script').length, 0);
});

test('empty elements close themselves; absent children and attributes are left out', () => {
  assert.equal(
    xmlDocument(element('a', { href: 'x', rel: undefined }, undefined, false, element('b'))),
    '<?xml version="1.0" encoding="utf-8"?>\n<a href="x">\n<b/>\n</a>\n',
  );
});

test('names are never data: an element or attribute name that is not a name is refused', () => {
  assert.throws(() => xmlDocument(element('a b')), /Not an XML name/);
  assert.throws(() => xmlDocument(element('a', { 'x="1" onload': 'y' })), /Not an XML attribute name/);
});
