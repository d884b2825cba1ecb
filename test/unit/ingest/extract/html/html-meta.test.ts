import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { load } from 'cheerio';
import { readHtmlHints } from '../../../../../ingest/extract/html/html-meta.js';

const hints = (head: string, body = ''): ReturnType<typeof readHtmlHints> =>
  readHtmlHints(load(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`));

describe('readHtmlHints: title', () => {
  test('OpenGraph title comes before <h1> and <title>', () => {
    const result = hints(
      '<title>Portal - Seitentitel</title><meta property="og:title" content="  Neue   Lehrkräfte ">',
      '<h1>Überschrift</h1>',
    );
    assert.equal(result.title, 'Neue Lehrkräfte');
  });

  test('Dublin Core title (case-insensitive name) when there is no og:title', () => {
    assert.equal(
      hints('<meta name="DC.Title" content="Förderbescheid übergeben">', '<h1>X</h1>').title,
      'Förderbescheid übergeben',
    );
  });

  test('the first <h1> when there is no title metadata', () => {
    assert.equal(
      hints('<title>A - B</title>', '<h1>Erste\n  Überschrift</h1><h1>Zweite</h1>').title,
      'Erste Überschrift',
    );
  });

  test('else the longest part of the <title>', () => {
    const result = hints('<title>Polizei Sachsen | Drei Einbrecher in Radebeul gestellt | PD Dresden</title>');
    assert.equal(result.title, 'Drei Einbrecher in Radebeul gestellt');
  });

  test('no title at all is undefined', () => {
    assert.equal(hints('').title, undefined);
  });

  test('empty meta values are ignored', () => {
    assert.equal(hints('<meta property="og:title" content="   ">', '<h1>Echt</h1>').title, 'Echt');
  });
});

describe('readHtmlHints: date', () => {
  test('article:published_time, with the meta key as source', () => {
    const result = hints('<meta property="article:published_time" content="2024-03-12T09:30:00+01:00">');
    assert.equal(result.date, '2024-03-12');
    assert.equal(result.dateSource, '<meta article:published_time>');
  });

  test('the earlier key in the order wins over a later one, whatever the document order', () => {
    const result = hints('<meta name="date" content="2024-01-01"><meta name="DC.date.issued" content="2024-02-02">');
    assert.equal(result.date, '2024-02-02');
    assert.equal(result.dateSource, '<meta dc.date.issued>');
  });

  test('a German date in a meta value is understood', () => {
    assert.equal(hints('<meta name="date" content="12.03.2024">').date, '2024-03-12');
  });

  test('an unreadable value is skipped for the next key', () => {
    const result = hints('<meta name="dc.date" content="gestern"><meta name="dcterms.created" content="2023-11-05">');
    assert.equal(result.date, '2023-11-05');
    assert.equal(result.dateSource, '<meta dcterms.created>');
  });

  test('itemprop datePublished', () => {
    assert.equal(hints('<meta itemprop="datePublished" content="2022-06-02">').dateSource, '<meta datepublished>');
  });

  test('<time datetime> in the body when no meta date exists', () => {
    const result = hints('', '<p>Veröffentlicht <time datetime="2021-07-15">15. Juli</time></p>');
    assert.equal(result.date, '2021-07-15');
    assert.equal(result.dateSource, '<time datetime>');
  });

  test('no date is undefined', () => {
    const result = hints('<title>Ohne Datum</title>');
    assert.equal(result.date, undefined);
    assert.equal(result.dateSource, undefined);
  });
});

describe('readHtmlHints: senders', () => {
  test('publisher metadata in key order, then the <title> parts', () => {
    const result = hints(
      '<title>Medienservice | Sächsisches Staatsministerium für Kultus</title>' +
        '<meta property="og:site_name" content="medienservice.sachsen.de">' +
        '<meta name="DC.Publisher" content="Staatsministerium für Kultus">',
    );
    assert.deepEqual(result.senders, [
      'Staatsministerium für Kultus',
      'medienservice.sachsen.de',
      'Medienservice',
      'Sächsisches Staatsministerium für Kultus',
    ]);
  });

  test('a <title> of one part is not a sender hint; hyphenated words are not split', () => {
    assert.deepEqual(hints('<title>Sachsen-Anhalt fördert Schulen</title>').senders, []);
  });
});
