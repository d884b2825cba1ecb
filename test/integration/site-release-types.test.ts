/**
 * The release type („Art“) as a facet and on every surface, against a real Meilisearch: `art=`
 * filters (by name or alias, in any case), its counts stay correct under selections, the API gives
 * it as facet `type` and on hits and records, the release page names it and offers an invitation's
 * event as .ics, the feed has it as a category, the CSV as a column. A record from before the
 * types has none: it is shown without a type and counted under none.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import ICAL from 'ical.js';
import request from 'supertest';
import type { Release } from '../../src/archive/release.js';
import { startSite, type Site } from '../helpers/site-harness.js';
import { ALL_RELEASES } from '../helpers/site-releases.js';

const INVITATION_ID = 'smk-2025-09-01-schuljahr';
const SPEECH_ID = 'sms-2025-01-15-pflege';
const POLICE_ID = 'smi-2024-03-05-feuerwehr';
/** Ingested before the types existed. */
const OLD_ID = 'smf-2024-12-03-haushalt';
const EVENT = { date: '2025-09-08', time: '09:30', place: 'Oberschule Pirna, Aula; Schloßstraße 1, Pirna' };

const TYPED: Release[] = ALL_RELEASES.map((r) => {
  if (r.id === OLD_ID) return r;
  if (r.id === INVITATION_ID) return { ...r, type: 'Medieneinladung', event: EVENT };
  if (r.id === SPEECH_ID) return { ...r, type: 'Rede' };
  if (r.id === POLICE_ID) return { ...r, type: 'Polizeibericht' };
  return { ...r, type: 'Medieninformation' };
});
const count = (type: string, releases = TYPED) => releases.filter((r) => r.type === type).length;

describe('release types: facet „Art“ and surfaces (real Meilisearch)', { timeout: 60_000 }, () => {
  let site: Site;
  before(async () => {
    site = await startSite(TYPED);
  });
  after(async () => {
    await site?.stop();
  });

  test('the API counts every type (facet key `type`), and art= filters; a record without type is in none', async () => {
    const all = await request(site.app()).get('/api/suche');
    assert.equal(all.status, 200);
    assert.deepEqual(all.body.facets.type, {
      Medieneinladung: 1,
      Medieninformation: count('Medieninformation'),
      Polizeibericht: 1,
      Rede: 1,
    });
    const invitations = await request(site.app()).get('/api/suche?art=Medieneinladung');
    assert.deepEqual(
      invitations.body.hits.map((h: { id: string; type: string }) => [h.id, h.type]),
      [[INVITATION_ID, 'Medieneinladung']],
    );
    const old = (await request(site.app()).get(`/api/mitteilungen/${OLD_ID}`)).body;
    assert.equal(old.type, undefined);
    const hits = (await request(site.app()).get('/api/suche?q=Haushalt')).body.hits as Array<{
      id: string;
      type: null;
    }>;
    assert.equal(hits.find((h) => h.id === OLD_ID)?.type, null);
  });

  test('counts under a selection: the other types keep their counts, other facets follow the selection', async () => {
    const res = await request(site.app()).get('/api/suche?art=Rede&art=Polizeibericht');
    assert.equal(res.body.total, 2);
    assert.equal(res.body.facets.type.Medieninformation, count('Medieninformation'), 'disjunctive');
    assert.deepEqual(res.body.facets.ministry, { SMI: 1, SMS: 1 });
  });

  test('art= accepts an alias and any case; an unknown or hostile value finds nothing and is no error', async () => {
    const alias = await request(site.app()).get('/api/suche?art=pressemitteilung');
    assert.equal(alias.body.total, count('Medieninformation'));
    const hostile = await request(site.app()).get(`/suche?art=${encodeURIComponent('x" OR type = "Rede')}`);
    assert.equal(hostile.status, 200);
    assert.match(hostile.text, /Keine Treffer/);
  });

  test('search page: the group „Art“ with counts, ticked as selected, and the active filter', async () => {
    const res = await request(site.app()).get('/suche?art=Medieneinladung');
    assert.equal(res.status, 200);
    const $ = cheerio.load(res.text);
    const group = $('fieldset.facet-type');
    assert.equal(group.find('legend').text(), 'Art');
    const boxes = group.find('input[name="art"]');
    assert.deepEqual(
      boxes.map((_, b) => $(b).attr('value')).get(),
      ['Polizeibericht', 'Medieneinladung', 'Rede', 'Medieninformation'],
      'in the order of search-config/release-types.json',
    );
    assert.equal(group.find('input[value="Medieneinladung"]').is(':checked'), true);
    assert.match($('body').text(), /Art: Medieneinladung/);
  });

  test('release page: the type links to its filter; an invitation offers its event as .ics', async () => {
    const app = site.app({ PUBLIC_URL: 'https://presse.example.de' });
    const $ = cheerio.load((await request(app).get(`/mitteilung/${INVITATION_ID}`)).text);
    const type = $('article header dt:contains("Art") + dd a');
    assert.equal(type.text(), 'Medieneinladung');
    assert.equal(type.attr('href'), '/suche?art=Medieneinladung');
    assert.match($('dt:contains("Termin") + dd').text(), /^Montag, 8\. September 2025, 09:30 Uhr – Oberschule Pirna/);
    const link = $(`a[href="/mitteilung/${INVITATION_ID}/termin.ics"]`);
    assert.equal(link.length, 1);
    const ics = await request(app).get(`/mitteilung/${INVITATION_ID}/termin.ics`).buffer(true);
    assert.equal(ics.status, 200);
    assert.match(ics.headers['content-type']!, /^text\/calendar; charset=utf-8/);
    assert.match(ics.headers['content-disposition']!, /^attachment; filename="?smk-2025-09-01-schuljahr\.ics"?$/);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics.text)).getFirstSubcomponent('vevent')!);
    assert.equal(event.uid, `${INVITATION_ID}@presse.example.de`);
    assert.equal(event.location, EVENT.place);
    assert.equal(event.startDate.toString(), '2025-09-08T09:30:00');
    const none = await request(app).get(`/mitteilung/${SPEECH_ID}/termin.ics`);
    assert.equal(none.status, 404);
    assert.match(none.text, /keinen Termin/);
    const old = cheerio.load((await request(app).get(`/mitteilung/${OLD_ID}`)).text);
    assert.equal(old('article header dt:contains("Art")').length, 0, 'no type shown for an old record');
  });

  test('feed: the type as a category in the scheme of art=; CSV: the column „Art“', async () => {
    const app = site.app({ PUBLIC_URL: 'https://presse.example.de' });
    const $ = cheerio.load((await request(app).get('/suche.atom?art=Rede')).text, { xml: true });
    const category = $('entry category[scheme]');
    assert.equal(category.attr('term'), 'Rede');
    assert.equal(category.attr('scheme'), 'https://presse.example.de/suche?art=');
    const csv = (await request(app).get('/suche.csv?art=Rede').buffer(true)).text.replace(/^\uFEFF/, '');
    const [head, row] = csv.split('\r\n');
    const column = head!.split(';').indexOf('Art');
    assert.ok(column > 0);
    assert.equal(row!.split(';')[column], 'Rede');
  });
});
