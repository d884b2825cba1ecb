import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { E_SIGNATURE_NOTICE, renderReleaseHtml, renderReleasePdf } from '../../support/samples/render-release.js';
import type { SampleRelease } from '../../support/samples/render-release.js';
import { SAMPLE_RELEASES } from '../../support/samples/sample-releases.js';
import { readPdf } from './pdf-text.js';

const base: SampleRelease = {
  key: '2026-06-02-test-release',
  sender: 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus',
  senderShort: 'SMWK',
  date: '2026-06-02',
  title: 'Größere Förderung für „Zelltherapie“ – Übersicht',
  subtitle: 'Ärztinnen und Ärzte begrüßen den Beschluss',
  contact: { name: 'Mareike Sommer', phone: '+49 351 564 60211', email: 'mareike.sommer@smwk.sachsen.de' },
  body: ['Erster Absatz mit Umlauten: Übermäßig große Öfen.', 'Zweiter Absatz.', 'Dritter Absatz.'],
  formats: ['pdf', 'html'],
  topics: ['Wissenschaft und Forschung'],
};

const sample = (key: string): SampleRelease => {
  const r = SAMPLE_RELEASES.find((s) => s.key === key);
  assert.ok(r, key);
  return r;
};

describe('renderReleaseHtml', () => {
  it('escapes markup in release text', () => {
    const html = renderReleaseHtml({
      ...base,
      title: '<script>alert("x")</script> & Co',
      body: ['<img src=x onerror=alert(1)>', 'b', 'c'],
      contact: { ...base.contact, name: '<b>Name</b>' },
    });
    assert.ok(!html.includes('<script>alert'));
    assert.ok(!html.includes('<img src=x'));
    assert.ok(!html.includes('<b>Name</b>'));
    assert.ok(html.includes('<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co</h1>'));
    assert.ok(html.includes('<title>&lt;script&gt;'));
  });

  it('is a German page with title, date and dateline', () => {
    const html = renderReleaseHtml(base);
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="de">'));
    assert.ok(html.includes('<meta charset="utf-8">'));
    assert.match(html, /<meta name="(date|DC\.date)" content="2026-06-02">/);
    assert.ok(html.includes(`<title>${base.title} - ${base.sender} - sachsen.de</title>`));
    assert.ok(html.includes('Dresden, <time datetime="2026-06-02">2. Juni 2026</time>'));
    assert.ok(html.includes('<a href="mailto:mareike.sommer@smwk.sachsen.de">'));
  });

  it('surrounds the release with boilerplate an extractor must drop', () => {
    const html = renderReleaseHtml(base);
    for (const part of [
      '<nav',
      'cookie-banner',
      '<script',
      '<style>',
      'role="search"',
      'Weitere Meldungen',
      'Impressum',
      'Datenschutz',
    ]) {
      assert.ok(html.includes(part), part);
    }
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    assert.ok(main.includes('Erster Absatz') && main.includes('Pressekontakt'));
    assert.ok(!main.includes('Weitere Meldungen'));
  });
});

describe('renderReleasePdf', () => {
  it('writes the Medieninformation layout with correct German characters', async () => {
    const pdf = await renderReleasePdf(base);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const { pages, info } = await readPdf(pdf);
    assert.equal(pages.length, 1);
    const page = pages[0] ?? '';
    for (const part of [
      'Medieninformation',
      'Ihr Ansprechpartner',
      'Durchwahl',
      'Telefon +49 351 564 60211',
      'mareike.sommer@smwk.sachsen.de*',
      '02.06.2026',
      'Größere Förderung für „Zelltherapie“ – Übersicht',
      'Übermäßig große Öfen',
      'Seite 1 von 1',
      'www.lsf.sachsen.de/eSignatur.html',
    ]) {
      assert.ok(page.includes(part), part);
    }
    assert.equal(info['Title'], base.title);
    assert.ok(E_SIGNATURE_NOTICE.startsWith('* Kein Zugang'));
  });

  it('gives identical bytes for the same release (fixed CreationDate)', async () => {
    const [a, b] = await Promise.all([renderReleasePdf(base), renderReleasePdf(base)]);
    assert.ok(a.equals(b));
  });

  it('numbers pages and repeats the ministry as running header from page 2 on', async () => {
    const { pages } = await readPdf(await renderReleasePdf(sample('2024-06-27-smf-doppelhaushalt')));
    assert.equal(pages.length, 3);
    pages.forEach((text, i) => assert.ok(text.includes(`Seite ${i + 1} von 3`), `page ${i + 1}`));
    assert.ok(pages[1]?.includes('Sächsisches Staatsministerium der Finanzen'));
    assert.ok(pages[0]?.includes('* Kein Zugang') && !pages[1]?.includes('* Kein Zugang'));
  });

  it('hyphenates marked compounds at line ends only', async () => {
    const word = 'Verwaltungsleistungen';
    const filler = Array.from({ length: 80 }, (_, i) => `${'x'.repeat((i % 37) + 1)} ${word}`).join(' ');
    const r: SampleRelease = { ...base, body: [filler, 'b', 'c'], hyphenation: ['Verwaltungs|leis|tungen'] };
    const text = (await readPdf(await renderReleasePdf(r))).pages.join('\n');
    assert.match(text, /Verwaltungs-\nleistungen|Verwaltungsleis-\ntungen/);
    // A soft hyphen (U+00AD) left in a line is printed, and read back, as "-": this catches it too.
    assert.ok(!/Verwaltungs-leis|Verwaltungsleis-tungen/.test(text), 'visible hyphen inside a line');
  });

  it('refuses characters the built-in fonts cannot print', async () => {
    await assert.rejects(renderReleasePdf({ ...base, title: 'Pfeil → Ziel' }), /U\+2192/);
  });
});
