import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { openSearchDescription } from '../../../../src/web/discovery/opensearch-description.js';

const INPUT = {
  shortName: 'Pressearchiv',
  description: 'Pressemitteilungen von Ministerien & Behörden <durchsuchen>',
  searchUrl: 'https://presse.example.de/archiv/suche',
  feedUrl: 'https://presse.example.de/archiv/suche.atom',
  selfUrl: 'https://presse.example.de/archiv/opensearch.xml',
};

test('the description names the site and points at /suche (HTML) and /suche.atom', () => {
  const $ = cheerio.load(openSearchDescription(INPUT), { xml: true });
  const root = $('OpenSearchDescription');
  assert.equal(root.attr('xmlns'), 'http://a9.com/-/spec/opensearch/1.1/');
  assert.equal(root.children('ShortName').text(), 'Pressearchiv');
  assert.equal(root.children('Description').text(), INPUT.description);
  assert.equal(root.children('InputEncoding').text(), 'UTF-8');
  const urls = root
    .children('Url')
    .map((_, u) => `${$(u).attr('type')} ${$(u).attr('template')}`)
    .get();
  assert.deepEqual(urls, [
    'text/html https://presse.example.de/archiv/suche?q={searchTerms}',
    'application/atom+xml https://presse.example.de/archiv/suche.atom?q={searchTerms}',
    'application/opensearchdescription+xml https://presse.example.de/archiv/opensearch.xml',
  ]);
});

test('the short name keeps the specification limit of 16 characters', () => {
  assert.throws(() => openSearchDescription({ ...INPUT, shortName: 'Pressearchiv Sachsen' }), /over 16 characters/);
});
