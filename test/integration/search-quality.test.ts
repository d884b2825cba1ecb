/**
 * German search quality against a real Meilisearch with the project's index settings: compounds
 * ("Zelltherapie" → "Zell- und Gentherapie", via the `deu` reading of the de_* copies), typos
 * ("Gentheraphie", via the plain reading), abbreviations, phrases and excluded words.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import type { Express } from 'express';
import { startSite, type Site } from '../helpers/site-harness.js';
import { SMWK_ID } from '../helpers/site-releases.js';

describe('German search quality (real Meilisearch)', { timeout: 60_000 }, () => {
  let site: Site;
  let app: Express;
  before(async () => {
    site = await startSite();
    app = site.app();
  });
  after(() => site?.stop());

  async function ids(query: string): Promise<string[]> {
    const res = await request(app).get('/api/suche').query(query);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return (res.body.hits as Array<{ id: string }>).map((h) => h.id);
  }

  test('"Gentherapie" finds the SMWK release first', async () => {
    assert.equal((await ids('q=Gentherapie'))[0], SMWK_ID);
  });

  test('"Zelltherapie" finds it too (decompounding of "Zell- und Gentherapie")', async () => {
    assert.ok((await ids('q=Zelltherapie')).includes(SMWK_ID));
    assert.ok((await ids('q=Zellforschung')).includes(SMWK_ID), '"Gen- und Zellforschung"');
  });

  test('a typo still finds it: "Gentheraphie", "Hightec Agenda"', async () => {
    assert.equal((await ids('q=Gentheraphie'))[0], SMWK_ID);
    assert.equal((await ids('q=Hightec+Agenda'))[0], SMWK_ID);
    assert.equal((await ids('q=Zelltheraphie'))[0], SMWK_ID);
  });

  test('misspelt compounds: the plain reading finds what the German reading splits apart', async () => {
    // Measured with Meilisearch 1.21: read as German only (what Meilisearch does by default when
    // localizedAttributes names only `deu`), the misspelt compound is split into wrong pieces.
    const index = site.meili.admin.index('pressemitteilungen');
    const germanOnly = await index.search('Digitlapakt', { attributesToRetrieve: ['id'] });
    assert.notEqual(germanOnly.hits[0]?.id, 'smk-2024-11-21-digitalpakt', 'the default reading misses it');
    assert.equal((await ids('q=Digitlapakt'))[0], 'smk-2024-11-21-digitalpakt');
    assert.equal((await ids('q=Haushlatsentwurf'))[0], 'smf-2024-12-03-haushalt');
  });

  test('a compound does not match every word that merely ends in one of its parts', async () => {
    // "Gentherapie" is read as German "gen" + "therapie"; both parts must match (matchingStrategy "all"),
    // otherwise every text with a word ending in "-gen" ("Zuwendungen") would be a hit.
    assert.deepEqual(await ids('q=Gentherapie'), [SMWK_ID]);
  });

  test('"SMWK" as query and as facet finds it', async () => {
    assert.ok((await ids('q=SMWK')).includes(SMWK_ID));
    assert.ok((await ids('q=Gentherapie&ministerium=SMWK')).includes(SMWK_ID));
    assert.ok((await ids('ministerium=SMWK')).includes(SMWK_ID));
    assert.ok((await ids('ministerium=smwk')).includes(SMWK_ID), 'any case');
    assert.ok(
      (await ids('ministerium=Sächsisches+Staatsministerium+für+Wissenschaft,+Kultur+und+Tourismus')).includes(SMWK_ID),
      'full name',
    );
    assert.deepEqual(await ids('q=Gentherapie&ministerium=SMK'), [], 'another ministry');
  });

  test('phrase search and excluded words work', async () => {
    assert.deepEqual(await ids('q=%22Hightech+Agenda%22'), [SMWK_ID]);
    assert.deepEqual(await ids('q=%22Agenda+Hightech%22'), [], 'the phrase in another order does not match');
    assert.deepEqual(await ids(`q=${encodeURIComponent('„Hightech Agenda“')}`), [SMWK_ID], 'German quotes work too');
    const konferenz = await ids('q=Konferenz');
    assert.ok(konferenz.includes(SMWK_ID) && konferenz.length > 1, 'several releases mention Konferenz');
    const withoutSmwk = await ids('q=Konferenz+-Gentherapien');
    assert.ok(!withoutSmwk.includes(SMWK_ID), 'excluded word removes the SMWK release');
    assert.ok(withoutSmwk.length > 0);
  });

  test('the snippet marks the query terms in escaped text', async () => {
    const res = await request(app).get('/suche?q=Gentherapie');
    assert.match(res.text, /Zell- und <mark>Gentherapien<\/mark>/, 'the whole word is marked');
  });
});
