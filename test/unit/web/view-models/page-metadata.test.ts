import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonForScript, releaseMetadata, shortDescription } from '../../../../src/web/view-models/page-metadata.js';
import { germanToday, releaseCitation } from '../../../../src/web/view-models/release-citation.js';
import { fakeRelease } from '../../../helpers/fake-search.js';

const HOSTILE = 'Reform </script><script>alert(1)</script> & <!-- \u2028';
const URL_ = 'https://presse.example.de/archiv/mitteilung/smwk-2026-06-02-a';

test('JSON inside <script> cannot close the element, and parses back to the same value', () => {
  const json = jsonForScript({ headline: HOSTILE });
  assert.doesNotMatch(json, /[<>&\u2028]/);
  assert.deepEqual(JSON.parse(json), { headline: HOSTILE });
});

test('a release: NewsArticle with the sender as author and publisher, Open Graph, a short description', () => {
  const release = fakeRelease('smwk-2026-06-02-a', {
    title: HOSTILE,
    summary: 'Wort '.repeat(60),
    topics: ['Wissenschaft', 'Gesundheit'],
  });
  const meta = releaseMetadata(release, URL_);
  assert.equal(meta.canonicalUrl, URL_);
  const article = JSON.parse(meta.jsonLd!);
  assert.equal(article['@context'], 'https://schema.org');
  assert.equal(article['@type'], 'NewsArticle');
  assert.equal(article.headline, HOSTILE);
  assert.equal(article.datePublished, '2026-06-02');
  assert.equal(article.inLanguage, 'de');
  assert.equal(article.url, URL_);
  assert.deepEqual(article.publisher, {
    '@type': 'GovernmentOrganization',
    name: 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus',
  });
  assert.deepEqual(article.author, article.publisher);
  assert.ok(meta.description!.length <= 160 && meta.description!.endsWith(' …'), meta.description);
  const og = Object.fromEntries(meta.openGraph!.map((p) => [p.property, p.content]));
  assert.equal(og['og:type'], 'article');
  assert.equal(og['og:url'], URL_);
  assert.equal(og['og:title'], HOSTILE);
  assert.equal(og['og:locale'], 'de_DE');
  assert.equal(meta.noindex, undefined);
  assert.equal(releaseMetadata({ ...release, sample: true }, URL_).noindex, true, 'an unmarked sample is noindex');
  assert.equal(releaseMetadata({ ...release, sample: true, invented: true }, URL_).noindex, true, 'invented: noindex');
  assert.equal(
    releaseMetadata({ ...release, sample: true, invented: false }, URL_).noindex,
    undefined,
    'the real sample, re-created from its published text, may be indexed',
  );
});

test('short descriptions: whole when short, cut at a word boundary otherwise', () => {
  assert.equal(shortDescription('  Ein  kurzer\nText. '), 'Ein kurzer Text.');
  assert.equal(shortDescription('Eins zwei drei vier', 12), 'Eins zwei …');
});

test('the citation: sender, title, date, permanent URL and the day in Germany it was retrieved', () => {
  const release = fakeRelease('smwk-2026-06-02-a', { title: 'Hightech Agenda' });
  const citation = releaseCitation(release, URL_, new Date('2026-12-02T23:30:00Z'));
  assert.equal(citation.accessedText, '3. Dezember 2026', 'already the 3rd in Germany');
  assert.equal(
    citation.plain,
    `Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus: „Hightech Agenda“, 2. Juni 2026. ${URL_} (abgerufen am 3. Dezember 2026).`,
  );
  assert.equal(germanToday(new Date('2026-06-30T21:59:59Z')), '2026-06-30');
});
