/**
 * Invented sample releases are marked „Beispieldaten – keine echte Mitteilung“ wherever a release
 * is shown, against a real Meilisearch: result list, release page (noindex), Atom feed entry, JSON
 * API (hits and record), CSV and JSON Lines; the start page says that the archive holds them. The
 * real release among the samples and ordinary releases carry no mark. (The sitemap leaves invented
 * samples out: site-discovery.test.ts.)
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { startSite, type Site } from '../helpers/site-harness.js';
import { ALL_RELEASES, OLD_SAMPLE, REAL_SAMPLE, SAMPLE, SMWK_RELEASE } from '../helpers/site-releases.js';

const LABEL = 'Beispieldaten – keine echte Mitteilung';
const INVENTED = [SAMPLE, OLD_SAMPLE];
const UNMARKED = [REAL_SAMPLE, SMWK_RELEASE];
/** Every release of the sender, among them the three samples. */
const SEARCH = 'ministerium=SMWK';

describe('invented samples are labelled on every surface (real Meilisearch)', { timeout: 60_000 }, () => {
  let site: Site;
  before(async () => {
    site = await startSite([...ALL_RELEASES, SAMPLE, OLD_SAMPLE, REAL_SAMPLE]);
  });
  after(async () => {
    await site?.stop();
  });

  test('result list: the invented ones carry the label under their title, the others none', async () => {
    const res = await request(site.app()).get(`/suche?${SEARCH}`);
    assert.equal(res.status, 200);
    const $ = cheerio.load(res.text);
    const labelOf = (title: string) => {
      const item = $('#ergebnisse li, ol li')
        .filter((_, li) => $(li).find('h3').text().startsWith(title))
        .first();
      assert.equal(item.length, 1, title);
      return item.find('.sample-label').text();
    };
    for (const r of INVENTED) assert.equal(labelOf(r.title), LABEL, r.title);
    for (const r of UNMARKED) assert.equal(labelOf(r.title), '', r.title);
  });

  test('release page: the invented one says so and is noindex; the real sample is neither', async () => {
    const app = site.app();
    for (const r of INVENTED) {
      const $ = cheerio.load((await request(app).get(`/mitteilung/${r.id}`)).text);
      assert.equal($('p.sample-notice strong').text(), `${LABEL}.`, r.id);
      assert.match($('meta[name="robots"]').attr('content') ?? '', /noindex/, r.id);
    }
    const $ = cheerio.load((await request(app).get(`/mitteilung/${REAL_SAMPLE.id}`)).text);
    assert.equal($('p.sample-notice strong').text(), 'Beispiel aus einer echten Mitteilung.');
    assert.equal($('meta[name="robots"]').length, 0);
  });

  test('Atom feed: the entry says so in its title, its summary and a category', async () => {
    const res = await request(site.app()).get(`/suche.atom?${SEARCH}`);
    assert.equal(res.status, 200);
    const $ = cheerio.load(res.text, { xml: true });
    const entry = (id: string) => $('entry').filter((_, e) => $(e).find('id').text().endsWith(`/mitteilung/${id}`));
    for (const r of INVENTED) {
      assert.equal(entry(r.id).find('title').text(), `${r.title} (${LABEL})`);
      assert.ok(entry(r.id).find('summary').text().startsWith(`${LABEL}. `));
      assert.equal(entry(r.id).find(`category[term="${LABEL}"]`).length, 1);
    }
    for (const r of UNMARKED) {
      assert.equal(entry(r.id).find('title').text(), r.title);
      assert.doesNotMatch(entry(r.id).text(), new RegExp(LABEL));
    }
  });

  test('API: hits and records state invented and carry the notice', async () => {
    const app = site.app();
    const res = await request(app).get(`/api/suche?${SEARCH}`);
    const hits = res.body.hits as Array<{ id: string; invented: boolean; notice: string | null }>;
    for (const r of [...INVENTED, ...UNMARKED])
      assert.ok(
        hits.some((hit) => hit.id === r.id),
        r.id,
      );
    for (const hit of hits) {
      const invented = INVENTED.some((r) => r.id === hit.id);
      assert.equal(hit.invented, invented, hit.id);
      assert.equal(hit.notice, invented ? LABEL : null, hit.id);
    }
    for (const r of INVENTED) {
      const record = (await request(app).get(`/api/mitteilungen/${r.id}`)).body;
      assert.equal(record.invented, true, r.id);
      assert.equal(record.notice, LABEL, r.id);
    }
    const real = (await request(app).get(`/api/mitteilungen/${REAL_SAMPLE.id}`)).body;
    assert.equal(real.invented, false);
    assert.equal(real.notice, undefined);
  });

  test('CSV and JSON Lines: the column „Hinweis“ and the fields invented and notice', async () => {
    const app = site.app();
    const csv = (await request(app).get(`/suche.csv?${SEARCH}`)).text;
    const [head, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    const column = head!.split(';').indexOf('Hinweis');
    assert.ok(column > 0, head);
    for (const r of [...INVENTED, ...UNMARKED]) {
      const row = rows.find((line) => line.includes(r.id));
      assert.ok(row, r.id);
      assert.equal(row.split(';').at(column - head!.split(';').length), INVENTED.includes(r) ? LABEL : '', r.id);
    }
    const lines = (await request(app).get(`/api/suche.jsonl?${SEARCH}`)).text.trim().split('\n');
    const byId = new Map(
      lines.map((line) => JSON.parse(line) as { id: string; invented: boolean; notice: unknown }).map((h) => [h.id, h]),
    );
    for (const r of INVENTED) assert.deepEqual([byId.get(r.id)?.invented, byId.get(r.id)?.notice], [true, LABEL]);
    for (const r of UNMARKED) assert.deepEqual([byId.get(r.id)?.invented, byId.get(r.id)?.notice], [false, null]);
  });

  test('start page: says that the archive holds invented samples and marks them among the newest', async () => {
    const $ = cheerio.load((await request(site.app()).get('/')).text);
    assert.match($('p.samples-notice').text(), /enthält 2 erfundene Beispielmitteilungen/);
    assert.match($('p.samples-notice').text(), /„Beispieldaten – keine echte Mitteilung“/);
  });
});
