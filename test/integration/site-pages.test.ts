/** Start page, release pages, originals, help page, pagination and BASE_PATH against a real Meilisearch. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import { isoDateToDayNumber, type Release } from '../../src/archive/release.js';
import { keepOriginal, startSite, type Site } from '../helpers/site-harness.js';
import { ALL_RELEASES, HOSTILE_ID, SMWK_HTML_SHA, SMWK_ID, SMWK_SHA } from '../helpers/site-releases.js';

/** 30 short police reports in 2019, so the result list has more than one page. */
const FILLERS: Release[] = Array.from({ length: 30 }, (_, i) => {
  const date = `2019-01-${String(i + 1).padStart(2, '0')}`;
  return {
    id: `smi-${date}-bericht-${i}`,
    title: `Polizeibericht Nummer ${i + 1}`,
    date,
    dateNum: isoDateToDayNumber(date)!,
    year: 2019,
    ministry: 'Sächsisches Staatsministerium des Innern',
    ministryShort: 'SMI',
    topics: ['Polizeibericht'],
    contact: {},
    summary: `Polizeibericht mit einer kurzen Meldung Nummer ${i + 1}.`,
    body: ['Kurze Meldung.'],
    sources: [],
    sample: true,
    ingestedAt: '2026-06-03T08:15:00.000Z',
  };
});

describe('site pages (real Meilisearch)', { timeout: 60_000 }, () => {
  let site: Site;
  let app: Express;
  before(async () => {
    site = await startSite([...ALL_RELEASES, ...FILLERS]);
    app = site.app();
    await keepOriginal(site.dataDir, SMWK_SHA, '%PDF-1.7 SMWK');
    await keepOriginal(site.dataDir, SMWK_HTML_SHA, '<!doctype html><script>alert(1)</script>');
  });
  after(() => site?.stop());

  test('start page: search field, ministries and topics with counts, newest releases, links', async () => {
    const res = await request(app).get('/');
    assert.equal(res.status, 200);
    assert.match(res.text, /<html lang="de">/);
    assert.match(res.text, /Das Pressearchiv enthält 45 Pressemitteilungen/);
    assert.match(res.text, /<input type="text" id="q" name="q"/);
    assert.match(
      res.text,
      /<a href="\/suche\?ministerium&#x3D;SMWK">Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus \(<abbr title="Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus">SMWK<\/abbr>\)<\/a> <span class="count">\(3/,
    );
    assert.match(res.text, /<a href="\/suche\?thema&#x3D;Polizeibericht">Polizeibericht<\/a> <span class="count">\(30/);
    const newest = res.text.indexOf('id="neueste"');
    assert.ok(res.text.indexOf(`/mitteilung/${SMWK_ID}`, newest) > newest, 'the newest release is listed');
    assert.match(res.text, /href="\/leichte-sprache"/);
    assert.match(res.text, /href="\/barrierefreiheit"/);
    assert.equal((res.text.match(/<h1>/g) ?? []).length, 1);
  });

  test('search help page', async () => {
    const res = await request(app).get('/suchhilfe');
    assert.equal(res.status, 200);
    assert.match(res.text, /<title>Suchhilfe – Pressearchiv<\/title>/);
    assert.match(res.text, /Genaue Wortfolge/);
    assert.match(res.text, /Wörter ausschließen/);
  });

  test('release page: headline, dates, ministry, topics, contact, body, footnotes, provenance, originals, similar', async () => {
    const res = await request(app).get(`/mitteilung/${SMWK_ID}`);
    assert.equal(res.status, 200);
    const t = res.text;
    assert.match(
      t,
      /<title>Hightech Agenda bestätigt sächsisches Kernthema Zell- und Gentherapie – Pressearchiv<\/title>/,
    );
    assert.match(t, /<h1>Hightech Agenda bestätigt sächsisches Kernthema Zell- und Gentherapie<\/h1>/);
    assert.match(t, /<p class="subtitle">Internationale Konferenz/);
    assert.match(t, /<time datetime="2026-06-02">2. Juni 2026<\/time>/);
    assert.match(t, /<a href="\/suche\?thema&#x3D;Gesundheit">Gesundheit<\/a>/);
    assert.match(t, /<a href="tel:\+4935156460200">\+49 351 564 60200<\/a>/);
    assert.match(t, /<a href="mailto:falk.lange@smwk.sachsen.de">/);
    assert.match(t, /<h2>Hintergrund<\/h2>/);
    assert.match(t, /<h2 id="fussnoten">Fußnoten<\/h2>/);
    assert.match(t, /<dd><bdi>Medieninformation Hightech-Agenda „SaxoCell“.pdf<\/bdi><\/dd>/);
    assert.match(t, /<dd>47,1 KB \(48.213 Byte\)<\/dd>/);
    assert.match(t, new RegExp(`<code class="hash">${SMWK_SHA}</code>`));
    assert.match(t, /Aufgenommen ins Archiv: 03.06.2026, 10:15 Uhr/);
    assert.match(
      t,
      new RegExp(`href="/mitteilung/${SMWK_ID}/original" download>Original herunterladen \\(PDF-Dokument, 47,1 KB\\)`),
    );
    assert.match(t, new RegExp(`href="/mitteilung/${SMWK_ID}/original/${SMWK_HTML_SHA}"`));
    const similar = t.slice(t.indexOf('id="aehnliche"'));
    assert.ok(similar.length > 20, 'similar releases are listed');
    assert.doesNotMatch(similar, new RegExp(`/mitteilung/${SMWK_ID}"`), 'not itself');
    assert.match(similar, /\/mitteilung\/sms-2025-01-15-pflege/, 'same topic Gesundheit');
    assert.equal((t.match(/<h1>/g) ?? []).length, 1);
  });

  test('hostile release page: every field escaped, lists as lists', async () => {
    const res = await request(app).get(`/mitteilung/${HOSTILE_ID}`);
    assert.equal(res.status, 200);
    assert.doesNotMatch(res.text, /<script>alert|<img src/);
    assert.match(res.text, /<h1>Polizeireform &lt;script&gt;alert\(1\)&lt;\/script&gt; beschlossen<\/h1>/);
    assert.match(res.text, /<ul><li>Punkt mit &lt;script&gt;/);
  });

  test('unknown or impossible release ids: 404 German page', async () => {
    for (const id of ['gibt-es-nicht', 'GROSS', '%3Cscript%3E']) {
      const res = await request(app).get(`/mitteilung/${id}`);
      assert.equal(res.status, 404, id);
      assert.match(res.text, /Eine Mitteilung mit dieser Kennung gibt es im Archiv nicht/);
    }
  });

  test('originals: preferred PDF and the HTML source as attachments with safe names', async () => {
    const pdf = await request(app).get(`/mitteilung/${SMWK_ID}/original`).buffer(true);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(
      pdf.headers['content-disposition'],
      `attachment; filename="Medieninformation_Hightech-Agenda_SaxoCell_.pdf"; filename*=UTF-8''Medieninformation%20Hightech-Agenda%20%E2%80%9ESaxoCell%E2%80%9C.pdf`,
    );
    assert.equal(Buffer.from(pdf.body as Buffer).toString(), '%PDF-1.7 SMWK');
    const html = await request(app).get(`/mitteilung/${SMWK_ID}/original/${SMWK_HTML_SHA}`).buffer(true);
    assert.equal(html.status, 200);
    assert.match(html.headers['content-type']!, /^text\/html/);
    assert.match(html.headers['content-disposition']!, /^attachment; filename="hightech-agenda.html"/);
    assert.equal(html.headers['x-content-type-options'], 'nosniff');
    assert.match(html.headers['content-security-policy']!, /^sandbox/);
    assert.equal((await request(app).get(`/mitteilung/${SMWK_ID}/original/${'0'.repeat(64)}`)).status, 404);
    assert.equal((await request(app).get(`/mitteilung/${HOSTILE_ID}/original`)).status, 404, 'original not kept');
  });

  test('pagination: 20 per page, nav with label, aria-current and rel prev/next', async () => {
    const first = await request(app).get('/suche?thema=Polizeibericht');
    assert.match(first.text, /<title>Alle Mitteilungen – 30 Treffer – Pressearchiv<\/title>/);
    assert.equal((first.text.match(/<li><h3>/g) ?? []).length, 20);
    assert.match(first.text, /<nav class="pagination" aria-label="Seitennummerierung">/);
    assert.match(first.text, /aria-label="Seite 1" aria-current="page">1<\/a>/);
    assert.match(
      first.text,
      /href="\/suche\?thema&#x3D;Polizeibericht&amp;seite&#x3D;2#ergebnisse" rel="next">Nächste/,
    );
    const second = await request(app).get('/suche?thema=Polizeibericht&seite=2');
    assert.match(second.text, /<title>Alle Mitteilungen – 30 Treffer – Seite 2 von 2 – Pressearchiv<\/title>/);
    assert.match(second.text, /<h2 id="ergebnisse" tabindex="-1">30 Treffer – Seite 2 von 2<\/h2>/);
    assert.match(second.text, /<ol class="results-list" start="21">/);
    assert.equal((second.text.match(/<li><h3>/g) ?? []).length, 10);
    assert.match(second.text, /href="\/suche\?thema&#x3D;Polizeibericht#ergebnisse" rel="prev">Vorherige/);
    assert.match(second.text, /aria-label="Seite 2" aria-current="page">2<\/a>/);
  });

  test('BASE_PATH: pages, links, form actions and originals under the sub-path', async () => {
    const sub = site.app({ BASE_PATH: '/archiv' });
    for (const url of [
      '/archiv/',
      '/archiv/suche?q=Polizeibericht',
      `/archiv/mitteilung/${SMWK_ID}`,
      '/archiv/suchhilfe',
    ]) {
      const res = await request(sub).get(url);
      assert.equal(res.status, 200, url);
      const links = [...res.text.matchAll(/(?:href|action)="(\/[^"]*)"/g)].map((m) => m[1]!);
      assert.ok(links.length > 5);
      for (const link of links) assert.ok(link.startsWith('/archiv/'), `${url}: ${link}`);
    }
    assert.equal((await request(sub).get(`/archiv/mitteilung/${SMWK_ID}/original`)).status, 200);
    assert.equal((await request(sub).get('/archiv/health')).status, 200);
    assert.equal((await request(sub).get('/suche')).status, 404);
  });
});
