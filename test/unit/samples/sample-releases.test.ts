import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SAMPLE_RELEASES } from '../../support/samples/sample-releases.js';
import { SENDER_HISTORY, printedSender, type RessortId } from '../../support/samples/sender-history.js';
import { unsupportedCharacters } from '../../support/samples/win-ansi.js';

const text = (r: (typeof SAMPLE_RELEASES)[number]): string => [r.title, r.subtitle ?? '', ...r.body].join('\n');
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

describe('sample releases', () => {
  it('has at least 40 releases with unique, date-prefixed keys', () => {
    assert.ok(SAMPLE_RELEASES.length >= 40, `only ${SAMPLE_RELEASES.length}`);
    const keys = SAMPLE_RELEASES.map((r) => r.key);
    assert.equal(new Set(keys).size, keys.length);
    for (const r of SAMPLE_RELEASES) {
      assert.match(r.key, /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/, r.key);
      assert.ok(r.key.startsWith(r.date), r.key);
    }
  });

  it('comes from at least 8 senders, including former ministry names and a police directorate', () => {
    assert.ok(new Set(SAMPLE_RELEASES.map((r) => r.sender)).size >= 8);
    const former = SAMPLE_RELEASES.filter((r) =>
      /Energie, Klimaschutz, Umwelt|Regionalentwicklung|Wirtschaft, Arbeit und Verkehr|Demokratie, Europa/.test(
        r.sender,
      ),
    );
    assert.ok(former.length >= 3, `former names: ${former.length}`);
    assert.ok(SAMPLE_RELEASES.some((r) => r.sender.startsWith('Polizeidirektion')));
  });

  it('prints each ministry with the name it had on the release date', () => {
    for (const r of SAMPLE_RELEASES) {
      if (r.sender.startsWith('Polizeidirektion')) continue;
      const ressorts = (Object.keys(SENDER_HISTORY) as RessortId[]).filter((id) =>
        SENDER_HISTORY[id].some((s) => s.name === r.sender),
      );
      assert.ok(ressorts.length > 0, `${r.key}: unknown sender ${r.sender}`);
      assert.ok(
        ressorts.some((id) => printedSender(id, r.date)?.name === r.sender),
        `${r.key}: "${r.sender}" was not the name on ${r.date}`,
      );
    }
  });

  it('covers at least 8 topics and topic-typical subjects', () => {
    assert.ok(new Set(SAMPLE_RELEASES.flatMap((r) => r.topics)).size >= 8);
    const subjects: Record<string, RegExp> = {
      science: /Forschung|Wissenschaft/,
      health: /Krankenhaus|Pflege|Hausärzt/,
      culture: /Museen|Theater/,
      tourism: /Übernachtung|Wanderweg/,
      education: /Lehrkräfte|Schüler/,
      economy: /Handwerk|Fachkräfte/,
      environment: /Hochwasser|Wald|Klimaanpassung/,
      agriculture: /Ernte|Ökolandbau/,
      police: /Polizei/,
      traffic: /ÖPNV|Straßenbau/,
      housing: /Wohnungsbau|Wohngeld/,
      finance: /Haushalt|Steuer/,
    };
    for (const [subject, pattern] of Object.entries(subjects)) {
      assert.ok(
        SAMPLE_RELEASES.some((r) => pattern.test(text(r))),
        `no release about ${subject}`,
      );
    }
  });

  it('contains the words the search tests rely on', () => {
    const needed = [/Zell- und Gentherapie/, /ÖPNV/, /Straßenbau/, /Förderung/, /Digitalisierung der Verwaltung/];
    for (const pattern of needed) {
      assert.ok(
        SAMPLE_RELEASES.some((r) => pattern.test(text(r))),
        String(pattern),
      );
    }
  });

  it('spreads dates over at least 3 years between 2022 and 2026', () => {
    const years = new Set(SAMPLE_RELEASES.map((r) => r.date.slice(0, 4)));
    assert.ok(years.size >= 3);
    for (const r of SAMPLE_RELEASES) {
      assert.match(r.date, /^202[2-6]-\d{2}-\d{2}$/);
      assert.ok(!Number.isNaN(Date.parse(r.date)), r.date);
    }
  });

  it('has 3–8 body paragraphs of 150–900 words and a complete contact', () => {
    for (const r of SAMPLE_RELEASES) {
      assert.ok(r.body.length >= 3 && r.body.length <= 8, `${r.key}: ${r.body.length} paragraphs`);
      const n = words(r.body.join(' '));
      assert.ok(n >= 150 && n <= 900, `${r.key}: ${n} words`);
      assert.match(r.contact.phone, /^\+49 \d{3} \d{3} \d{4,5}$/, r.key);
      assert.match(r.contact.email, /^[a-z]+(\.[a-z]+)+@[a-z]+\.sachsen\.de$/, r.key);
    }
    assert.ok(
      SAMPLE_RELEASES.some((r) => words(r.body.join(' ')) >= 750),
      'one release fills 3 PDF pages',
    );
  });

  it('publishes about half as PDF and half as HTML, at least 3 as both', () => {
    const pdfOnly = SAMPLE_RELEASES.filter((r) => r.formats.join() === 'pdf').length;
    const htmlOnly = SAMPLE_RELEASES.filter((r) => r.formats.join() === 'html').length;
    const both = SAMPLE_RELEASES.filter((r) => r.formats.length === 2).length;
    assert.ok(both >= 3);
    assert.ok(Math.abs(pdfOnly - htmlOnly) <= SAMPLE_RELEASES.length / 5, `${pdfOnly} PDF, ${htmlOnly} HTML`);
  });

  it('has different releases with the same headline on the same day', () => {
    const seen = new Map<string, (typeof SAMPLE_RELEASES)[number]>();
    const pairs: string[] = [];
    for (const r of SAMPLE_RELEASES) {
      const twin = seen.get(`${r.date}|${r.title}`);
      if (twin) {
        assert.ok(twin.sender !== r.sender || twin.body.join() !== r.body.join());
        pairs.push(`${twin.sender === r.sender ? 'same' : 'other'} sender`);
      }
      seen.set(`${r.date}|${r.title}`, r);
    }
    assert.ok(pairs.includes('same sender') && pairs.includes('other sender'), pairs.join(', '));
  });

  it('marks exactly one release as real and names its source', () => {
    const real = SAMPLE_RELEASES.filter((r) => r.source !== undefined);
    assert.equal(real.length, 1);
    assert.equal(real[0]?.key, '2026-06-02-smwk-hightech-agenda');
    assert.deepEqual(real[0]?.formats, ['pdf', 'html']);
  });

  it('uses only characters the built-in PDF fonts can print, and hyphenates only words it contains', () => {
    for (const r of SAMPLE_RELEASES) {
      assert.deepEqual(unsupportedCharacters(text(r) + (r.footnotes ?? []).join('\n')), [], r.key);
      for (const marked of r.hyphenation ?? []) {
        assert.ok(r.body.join(' ').includes(marked.replaceAll('|', '')), `${r.key}: ${marked}`);
      }
    }
  });
});
