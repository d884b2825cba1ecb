/** The release page's <head> and „Zitieren“ block, through the app with a stand-in search service. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { archiveApp } from '../../../helpers/archive-app.js';
import { fakeRelease } from '../../../helpers/fake-search.js';

const HOSTILE = fakeRelease('smi-2025-02-14-hostile', {
  title: 'Reform </script><script>alert(1)</script> "x" & y',
  summary: 'Zusammenfassung </script><img src=x onerror=alert(1)>',
});
const SAMPLE = fakeRelease('smk-2025-05-05-beispiel', { sample: true });
const REAL_SAMPLE = fakeRelease('smwk-2026-06-02-nachgebaut', {
  sample: true,
  invented: false,
  sources: [
    {
      type: 'pdf',
      filename: 'pm.pdf',
      sha256: 'a'.repeat(64),
      bytes: 1000,
      publishedIn: { name: 'Medienservice Sachsen', url: 'https://www.medienservice.sachsen.de/' },
    },
  ],
});

describe('release page: canonical URL, metadata and citation', { timeout: 30_000 }, () => {
  const app = archiveApp([HOSTILE, SAMPLE, REAL_SAMPLE]);

  test('one JSON-LD script whose JSON holds the hostile title; no markup escapes from it', async () => {
    const res = await request(app()).get(`/archiv/mitteilung/${HOSTILE.id}`).set('Host', 'angreifer.example');
    assert.equal(res.status, 200);
    const $ = cheerio.load(res.text);
    assert.equal($('script').length, 1, 'only the JSON-LD block');
    const script = $('script[type="application/ld+json"]');
    const article = JSON.parse(script.text());
    assert.equal(article.headline, HOSTILE.title);
    assert.equal(article.url, `https://presse.example.de/archiv/mitteilung/${HOSTILE.id}`);
    assert.equal($('img').length, 0);
    assert.equal(
      $('head link[rel="canonical"]').attr('href'),
      `https://presse.example.de/archiv/mitteilung/${HOSTILE.id}`,
    );
    assert.equal($('head meta[property="og:title"]').attr('content'), HOSTILE.title);
    assert.match($('head meta[name="description"]').attr('content')!, /^Zusammenfassung <\/script><img/);
    assert.equal($('head meta[name="robots"]').length, 0);
    assert.doesNotMatch(res.text, /angreifer/);
  });

  test('„Zitieren“: sender, title, date, permanent URL, retrieval day, and a plain form to copy', async () => {
    const $ = cheerio.load((await request(app()).get(`/archiv/mitteilung/${HOSTILE.id}`)).text);
    const block = $('section.citation');
    assert.equal(block.find('h2').text(), 'Zitieren');
    assert.equal(block.attr('aria-labelledby'), 'zitieren');
    const terms = block
      .find('dt')
      .map((_, e) => $(e).text())
      .get();
    assert.deepEqual(terms, ['Herausgeber', 'Titel', 'Datum', 'Dauerhafte Adresse', 'Abgerufen am']);
    assert.equal(block.find('dd a').attr('href'), `https://presse.example.de/archiv/mitteilung/${HOSTILE.id}`);
    const plain = block.find('textarea#zitat');
    assert.equal($('label[for="zitat"]').text(), 'Zum Kopieren');
    assert.equal(plain.attr('readonly'), 'readonly');
    assert.match(
      plain.text(),
      /^Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus: „Reform <\/script><script>alert\(1\)<\/script> "x" & y“, 2\. Juni 2026\. https:\/\/presse\.example\.de\/archiv\/mitteilung\/smi-2025-02-14-hostile \(abgerufen am \d+\. \p{L}+ \d{4}\)\.$/u,
    );
  });

  test('an invented sample release page is noindex and says it is no real release', async () => {
    const $ = cheerio.load((await request(app()).get(`/archiv/mitteilung/${SAMPLE.id}`)).text);
    assert.equal($('head meta[name="robots"]').attr('content'), 'noindex');
    assert.match(
      $('p.sample-notice').text(),
      /^Beispieldaten – keine echte Mitteilung\. Inhalt, Personen und Zahlen sind/,
    );
  });

  test('the real sample is indexable and names the portal it was published in, its files re-created', async () => {
    const $ = cheerio.load((await request(app()).get(`/archiv/mitteilung/${REAL_SAMPLE.id}`)).text);
    assert.equal($('head meta[name="robots"]').length, 0);
    const notice = $('p.sample-notice');
    assert.equal(
      notice.text(),
      'Beispiel aus einer echten Mitteilung. Die Behörde hat sie im Medienservice Sachsen (www.medienservice.sachsen.de) veröffentlicht; die genaue Adresse der Mitteilung ist hier nicht bekannt. Die Dateien hat das Projekt Pressearchiv aus dem veröffentlichten Text nachgebaut.',
    );
    assert.equal(notice.find('a').attr('href'), 'https://www.medienservice.sachsen.de/');
    assert.equal(notice.find('a').attr('rel'), 'noopener noreferrer nofollow');
  });
});
