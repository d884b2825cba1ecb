/** The pages BITV 2.0 asks for, linked from every page, and the feedback form that stores reports. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { readFeedback } from '../../src/feedback/feedback-store.js';
import type { Release } from '../../src/archive/release.js';
import { startSite, type Site } from '../helpers/site-harness.js';
import { ALL_RELEASES, OTHER_RELEASES } from '../helpers/site-releases.js';

const FOOTER_LINKS = [
  '/barrierefreiheit',
  '/barriere-melden',
  '/leichte-sprache',
  '/gebaerdensprache',
  '/impressum',
  '/datenschutz',
];

describe('BITV pages and Barriere melden', { timeout: 120_000 }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site.stop();
  });

  test('each page exists, has one h1 and a German title, and every page links to all of them', async () => {
    const app = site.app({
      OPERATOR_NAME: 'Landesamt für Beispiele',
      ARBITRATION_URL: 'https://schlichtung.example.org',
    });
    for (const path of [...FOOTER_LINKS, '/', '/suche?q=Gentherapie']) {
      const res = await request(app).get(path);
      assert.equal(res.status, 200, path);
      assert.equal(res.text.match(/<h1[\s>]/g)?.length, 1, `${path}: one h1`);
      assert.match(res.text, /<html lang="de">/);
      // „Barriere melden“ carries the page it is followed from: href="/barriere-melden?seite=…".
      for (const link of FOOTER_LINKS)
        assert.match(res.text, new RegExp(`href="${link}["?]`), `${path} links to ${link}`);
    }
    const statement = await request(app).get('/barrierefreiheit');
    assert.match(statement.text, /teilweise vereinbar/);
    assert.match(statement.text, /Landesamt für Beispiele/, 'operator from configuration');
    assert.match(statement.text, /href="https:\/\/schlichtung\.example\.org"/, 'Schlichtungsstelle from configuration');
    assert.match(statement.text, /Selbstbewertung/);
    // These releases have no scans and no table-only documents: the statement does not claim any.
    assert.doesNotMatch(statement.text, /keine Lesefassung|Texterkennung|mit den folgenden Ausnahmen/);
    assert.match(statement.text, /Es gibt kein Video in Deutscher Gebärdensprache/);
    const easy = await request(app).get('/leichte-sprache');
    assert.match(easy.text, /Presse-Mitteilung/);
    const sign = await request(app).get('/gebaerdensprache');
    assert.match(sign.text, /Ein Video in Deutscher Gebärdensprache gibt es hier nicht\./);
    assert.doesNotMatch(sign.text, /geplant/, 'no promise of a video');
    assert.match(sign.text, /href="\/barriere-melden"/);
    assert.match(sign.text, /href="\/leichte-sprache"/);
    assert.match((await request(app).get('/datenschutz')).text, /nach 365 Tagen automatisch gelöscht/);
  });

  test('Leichte Sprache has what BITV 2.0 § 4 asks, in short sentences without abbreviations', async () => {
    const operator = {
      OPERATOR_NAME: 'Landesamt für Beispiele',
      OPERATOR_EMAIL: 'barrieren@beispiele.example',
      OPERATOR_PHONE: '0351 1234567',
      ARBITRATION_NAME: 'Schlichtungsstelle des Landes',
      ARBITRATION_URL: 'https://schlichtung.example.org',
    };
    const res = await request(site.app(operator)).get('/leichte-sprache');
    const $ = cheerio.load(res.text);
    const main = $('main');
    const headings = main
      .find('h2')
      .map((_, h) => $(h).text())
      .get();
    // Main content, navigation hints, the Erklärung's key points (barriers, feedback, Schlichtung),
    // other easy-language and sign-language content.
    assert.deepEqual(headings, [
      'Was ist das Presse-Archiv?',
      'So suchen Sie',
      'So finden Sie sich zurecht',
      'Was ist noch schwer zu benutzen?',
      'Sie finden etwas schwer?',
      'Sie sind mit unserer Antwort nicht zufrieden?',
      'Mehr Informationen',
    ]);
    const text = main.text();
    for (const part of ['Tab-Taste', 'Zum Inhalt', 'Gebärden-Sprache', 'Original-Datei'])
      assert.ok(text.includes(part), part);
    assert.ok(main.find('a[href="mailto:barrieren@beispiele.example"]').length === 1, 'the e-mail address');
    assert.ok(text.includes('0351 1234567'), 'the phone number');
    assert.equal(main.find('a[href="https://schlichtung.example.org"]').text(), 'Schlichtungsstelle des Landes');
    assert.equal(main.find('a[href="/barriere-melden"]').length, 1);
    // Easy-language rules (Anlage 2 BITV 2.0): short sentences, no abbreviations.
    const sentences = main
      .find('p, li')
      .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
      .get()
      .flatMap((block) => block.split(/(?<=[.?!:])\s+/));
    for (const sentence of sentences) {
      assert.ok(sentence.split(' ').length <= 14, `too long: ${sentence}`);
      assert.doesNotMatch(sentence, /\b(z\. ?B|bzw|usw|ggf|d\. ?h|DGS|BITV|BGG)\b|§/, sentence);
    }
  });

  test('invalid feedback re-renders with an error summary and status 400; valid feedback is stored', async () => {
    const app = site.app();
    const bad = await request(app).post('/barriere-melden').type('form').send({ email: 'kaputt', message: '' });
    assert.equal(bad.status, 400);
    assert.match(bad.text, /<title>Fehler: Barriere melden – Pressearchiv<\/title>/);
    assert.match(bad.text, /Es gibt ein Problem/);
    assert.match(bad.text, /<a href="#email">Geben Sie eine E-Mail-Adresse/);
    assert.match(bad.text, /<a href="#nachricht">Beschreiben Sie die Barriere\.<\/a>/);
    assert.match(bad.text, /aria-describedby="nachricht-hinweis nachricht-fehler"/);
    assert.equal((await readFeedback(site.dataDir)).length, 0, 'nothing stored');

    const good = await request(app).post('/barriere-melden').type('form').send({
      name: 'Erika',
      email: 'erika@example.org',
      page: '/suche',
      message: '<script>alert(1)</script> Kontrast zu schwach',
    });
    // Post/redirect/get: the thank-you page is a GET of its own, so reloading it sends nothing.
    assert.equal(good.status, 303);
    const stored = await readFeedback(site.dataDir);
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.message, '<script>alert(1)</script> Kontrast zu schwach');
    assert.match(stored[0]!.id, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/, 'a short case number');
    assert.equal(good.headers.location, `/barriere-melden/gesendet?nummer=${stored[0]!.id}`);
    for (let i = 0; i < 2; i++) {
      const thanks = await request(app).get(good.headers.location!);
      assert.equal(thanks.status, 200);
      assert.match(thanks.text, /Vielen Dank für Ihre Meldung/);
      assert.ok(thanks.text.includes(stored[0]!.id));
    }
    assert.equal((await readFeedback(site.dataDir)).length, 1, 'reloading the thank-you page stores nothing');
    assert.equal((await request(app).get('/barriere-melden/gesendet?nummer=AAAA-AAAA')).status, 404);
    assert.equal((await request(app).get('/barriere-melden/gesendet?nummer=../x')).status, 404);
  });

  test('the form refuses oversized bodies and is rate-limited', async () => {
    const app = site.app();
    const huge = await request(app)
      .post('/barriere-melden')
      .type('form')
      .send({ message: 'x'.repeat(40_000) });
    assert.equal(huge.status, 413);
    assert.doesNotMatch(huge.text, /\n\s+at /);
    let limited = 0;
    for (let i = 0; i < 8; i++) {
      const res = await request(app)
        .post('/barriere-melden')
        .type('form')
        .send({ message: `Meldung ${i}` });
      if (res.status === 429) limited++;
    }
    assert.ok(limited > 0, 'later reports are refused with 429');
  });
});

describe('what the Erklärung says is not accessible, counted from the records', { timeout: 120_000 }, () => {
  let site: Site;
  const [first, second, third] = OTHER_RELEASES as [Release, Release, Release];
  const scanned: Release = {
    ...first,
    sources: [{ ...first.sources[0]!, ocr: { pages: [{ page: 1, confidence: 81 }], confidence: 81 } }],
  };
  const tables: Release[] = [
    { ...second, noReadingVersion: true },
    { ...third, noReadingVersion: true },
  ];
  before(async () => {
    const changed = new Set([first.id, second.id, third.id]);
    site = await startSite([...ALL_RELEASES.filter((r) => !changed.has(r.id)), scanned, ...tables]);
  });
  after(async () => {
    await site.stop();
  });

  const items = (html: string) =>
    cheerio
      .load(html)('main h2:contains("Nicht barrierefreie Inhalte") + ul > li')
      .map((_, li) => cheerio.load(li).text().replace(/\s+/g, ' '))
      .get();

  test('scans and table-only documents with their numbers; Leichte Sprache names both', async () => {
    const app = site.app();
    const listed = items((await request(app).get('/barrierefreiheit')).text);
    assert.equal(listed.length, 4, listed.join('\n'));
    assert.match(listed[0]!, /als eigene Seite, mit den folgenden Ausnahmen\.$/);
    assert.match(
      listed[1]!,
      /^Eingescannte Mitteilungen ohne Textebene \(zurzeit 1 im Archiv\) liest das Archiv mit einer Texterkennung\./,
    );
    assert.match(listed[2]!, /etwa Statistiken \(zurzeit 2 im Archiv\)\. Für sie gibt es keine Lesefassung/);
    assert.match(listed[3]!, /^Es gibt kein Video in Deutscher Gebärdensprache/);
    const easy = (await request(app).get('/leichte-sprache')).text;
    assert.match(easy, /Ein Computer-Programm liest den Text auf dem Bild\./);
    assert.match(easy, /Manche Presse-Mitteilungen sind vor allem Tabellen\./);
  });

  test('with Meilisearch down the statement still answers, naming the barriers without numbers', async () => {
    await site.meili.stop();
    const res = await request(site.app()).get('/barrierefreiheit');
    assert.equal(res.status, 200);
    const listed = items(res.text);
    assert.equal(listed.length, 4, listed.join('\n'));
    assert.match(listed[1]!, /^Eingescannte Mitteilungen ohne Textebene liest das Archiv mit einer Texterkennung\./);
    assert.match(listed[2]!, /etwa Statistiken\. Für sie gibt es keine Lesefassung/);
    assert.doesNotMatch(res.text, /zurzeit \d/);
  });
});
