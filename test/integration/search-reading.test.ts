/**
 * How the site reads a query (issue 21), against a real Meilisearch with the project's index settings:
 * 300 generated German releases, the test releases and a few written for each behaviour. Honest
 * counts, sorted lists of real matches only, ties to the newer release, whole-word highlights, short
 * words matched whole, a year in the query offered as a filter.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import type { Release } from '../../src/archive/release.js';
import { startSite, type Site } from '../helpers/site-harness.js';
import { ALL_RELEASES, generatedReleases, release } from '../helpers/site-releases.js';

/** A release of the SMI (a sender of the test names), topic „Verkehr“. */
function written(id: string, date: string, title: string, summary: string): Release {
  return release(id, date, 'SMI', ['Verkehr'], title, summary);
}

const GENERATED: Release[] = generatedReleases(300, 21);

/** Nine words no generated release has: a headline's first nine words. */
const NINE_WORDS =
  'Quittenbaum Flötenkonzert Mondscheinfahrt Sternwarte Uferweg Lindenallee Pfauenauge Wasserturm Kastanienfest';

const WRITTEN: Release[] = [
  written('radweg-alt', '2019-04-02', 'Neuer Lastenradweg am Kiezblock', 'Der Lastenradweg am Kiezblock ist fertig.'),
  written('radweg-neu-ohne', '2026-11-30', 'Lastenradweg in Pankow', 'Ein Lastenradweg in Pankow wird gebaut.'),
  written('radweg-neu-2', '2026-10-01', 'Kiezblock an der Spree', 'Ein Kiezblock am Ufer wird eröffnet.'),
  written('zwilling-alt', '2021-03-01', 'Kältehilfe öffnet', 'Die Kältehilfe öffnet ihre Notübernachtung.'),
  written('zwilling-neu', '2025-03-01', 'Kältehilfe öffnet', 'Die Kältehilfe öffnet ihre Notübernachtung.'),
  written('ber', '2020-10-31', 'BER eröffnet', 'Der BER nimmt den Betrieb auf.'),
  written('berlinale', '2024-02-15', 'Berlinale beginnt', 'Die Berlinale zeigt Filme aus aller Welt.'),
  written('silvester-2019', '2019-12-30', 'Silvester am Brandenburger Tor', 'Die Silvesterfeier wird vorbereitet.'),
  written('silvester-2023', '2023-12-29', 'Silvester ohne Böller', 'Zu Silvester gilt eine Verbotszone.'),
  written(
    'mieten',
    '2024-06-04',
    'Senat beschließt Schutz vor steigenden Mieten',
    'Gegen steigende Mieten beschließt der Senat einen Schutzschirm für Mieterinnen und Mieter.',
  ),
  written('vergangen', '2022-05-05', 'Bilanz', 'In den vergangenen Jahren wurden Gentherapien erforscht.'),
  written('kita-ganz', '2023-05-02', `${NINE_WORDS} Kita`, 'Ein Fest im Kiez.'),
  written('kita-plaetze', '2023-05-03', `${NINE_WORDS} Kitaplätze`, 'Ein Fest im Kiez.'),
];

describe('how the site reads a query (real Meilisearch, issue 21)', { timeout: 120_000 }, () => {
  let site: Site;
  let app: Express;
  before(async () => {
    site = await startSite([...ALL_RELEASES, ...GENERATED, ...WRITTEN]);
    app = site.app();
  });
  after(() => site?.stop());

  async function api(query: Record<string, string>) {
    const res = await request(app).get('/api/suche').query(query);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as { total: number; allWords: number; hits: Array<{ id: string; snippet: string }> };
  }

  test('several words: the total keeps all hits, allWords and the page say how many have every word', async () => {
    const body = await api({ q: 'Lastenradweg Kiezblock' });
    assert.equal(body.allWords, 1);
    assert.equal(body.total, 2, 'the one with both words and the one with the first (Meilisearch drops the last)');
    assert.equal(body.hits[0]!.id, 'radweg-alt', 'the release with both words first');
    const page = await request(app).get('/suche').query({ q: 'Lastenradweg Kiezblock' });
    assert.match(page.text, /1 Treffer enthält alle Wörter, 1 weiterer nur einen Teil\./);
    const one = await api({ q: 'Lastenradweg' });
    assert.equal(one.allWords, one.total, 'one word: every hit has it');
    const other = await request(app).get('/suche').query({ q: 'Lastenradweg' });
    assert.doesNotMatch(other.text, /nur einen Teil/);
  });

  test('the all-words count is the same on every page and page size (read from the page or counted)', async () => {
    for (const proSeite of ['1', '2', '20'])
      for (const seite of ['1', '2', '3']) {
        const body = await api({ q: 'Lastenradweg Kiezblock', proSeite, seite });
        assert.deepEqual([body.total, body.allWords], [2, 1], `page ${seite} of ${proSeite}`);
        assert.ok(
          body.hits.every((hit) => !('_rankingScoreDetails' in hit)),
          'no ranking details in the answer',
        );
      }
    const three = await api({ q: 'Senat steigende Mieten' });
    assert.ok(three.total >= three.allWords && three.allWords >= 1, JSON.stringify([three.total, three.allWords]));
  });

  test('sorted by date, only releases with every word: no loose match among the newest', async () => {
    const newest = await api({ q: 'Lastenradweg Kiezblock', sortierung: 'neueste' });
    assert.deepEqual(
      newest.hits.map((h) => h.id),
      ['radweg-alt'],
    );
    assert.equal(newest.total, 1);
    const oldest = await api({ q: 'Lastenradweg Kiezblock', sortierung: 'aelteste' });
    assert.deepEqual(
      oldest.hits.map((h) => h.id),
      ['radweg-alt'],
    );
  });

  test('equally relevant releases: the newer first', async () => {
    const ids = (await api({ q: 'Kältehilfe Notübernachtung' })).hits.map((h) => h.id);
    assert.deepEqual(ids.slice(0, 2), ['zwilling-neu', 'zwilling-alt']);
  });

  test('a short word matches whole words, not every word beginning with it', async () => {
    const ber = (await api({ q: 'BER' })).hits.map((h) => h.id);
    assert.ok(ber.includes('ber'));
    assert.ok(!ber.includes('berlinale'), 'BER is no prefix of Berlinale');
    const page = await request(app).get('/suche').query({ q: 'a' });
    assert.equal(page.status, 200);
    assert.match(page.text, /Ein einzelnes Zeichen findet nur Mitteilungen, in denen es als eigenes Wort steht/);
    assert.doesNotMatch((await request(app).get('/suche').query({ q: 'BER' })).text, /Ein einzelnes Zeichen/);
  });

  test('a query cut after its tenth word: that word is matched whole, not as a prefix, on every page', async () => {
    const body = await api({ q: `${NINE_WORDS} Kita Pankow` });
    assert.equal((body as { ignoredWords?: string }).ignoredWords, 'Pankow');
    assert.deepEqual(
      body.hits.slice(0, 2).map((h) => h.id),
      ['kita-ganz', 'kita-plaetze'],
    );
    assert.equal(body.allWords, 1, '„Kitaplätze“ does not have the word „Kita“');
    // Links (the next page, a filter, the sort) carry the query cut to its ten words.
    const next = await api({ q: `${NINE_WORDS} Kita`, seite: '1', sortierung: 'relevanz' });
    assert.equal(next.allWords, 1, 'the cut query as links carry it reads „Kita“ whole too');
    const eight = NINE_WORDS.split(' ').slice(1).join(' ');
    assert.equal((await api({ q: `${eight} Kita` })).allWords, 2, 'nine words typed: „Kita“ is a prefix');
  });

  test('a year in the query is not searched as a word but offered as a filter', async () => {
    const ids = (await api({ q: 'Silvester 2019' })).hits.map((h) => h.id);
    assert.ok(ids.includes('silvester-2019') && ids.includes('silvester-2023'), ids.join());
    const page = await request(app).get('/suche').query({ q: 'Silvester 2019' });
    assert.match(page.text, /Die Jahreszahl 2019 wurde nicht als Suchwort verwendet\./);
    const link = /<a href="([^"]+)">Nur 2019 anzeigen<\/a>/.exec(page.text);
    assert.ok(link, 'the filter link');
    const url = new URL(link[1]!.replaceAll('&amp;', '&').replaceAll('&#x3D;', '='), 'http://x');
    assert.equal(url.searchParams.get('q'), 'Silvester');
    assert.equal(url.searchParams.get('jahr'), '2019');
    const filtered = await request(app).get(`${url.pathname}${url.search}`);
    assert.match(filtered.text, /1 Treffer für „Silvester“/);
    assert.doesNotMatch(filtered.text, /Nur 2019 anzeigen/);
    const none = await request(app).get('/suche').query({ q: '2019 Silvester', jahr: '2021' });
    assert.match(
      none.text,
      /Ohne Filter gibt es 2 Treffer für diese Suche\./,
      'the count without filters reads it the same way',
    );
  });

  test('a question: its opening question and filler words are not required in every hit', async () => {
    const ids = (await api({ q: 'Was tut der Senat gegen steigende Mieten in Berlin' })).hits.map((h) => h.id);
    assert.equal(ids[0], 'mieten', ids.join());
    const page = await request(app).get('/suche').query({ q: 'Wann beschließt der Senat den Schutzschirm?' });
    assert.match(page.text, /<a href="\/mitteilung\/mieten"/);
  });

  test('highlights mark whole words: a prefix match widened, a fragment inside a word not marked', async () => {
    const page = await request(app).get('/suche').query({ q: 'Gentherapie' });
    assert.match(page.text, /<mark>Gentherapien<\/mark>/);
    assert.doesNotMatch(page.text, /vergan<mark>/);
    const inside = /.{0,40}<mark>[^<]*<\/mark>[\p{L}].{0,10}/u.exec(page.text);
    assert.equal(inside, null, `no mark ends inside a word: ${inside?.[0]}`);
  });
});
