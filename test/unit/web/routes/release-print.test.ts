/** Release pages link the print stylesheet (media="print") and carry their address for paper; other pages do not. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { archiveApp } from '../../../helpers/archive-app.js';
import { fakeRelease } from '../../../helpers/fake-search.js';

const RELEASE = fakeRelease('smk-2025-05-05-druck');

describe('print stylesheet of release pages', { timeout: 30_000 }, () => {
  const app = archiveApp([RELEASE]);

  test('the release page links print.css for print only and holds its address, hidden on screen', async () => {
    const $ = cheerio.load((await request(app()).get(`/archiv/mitteilung/${RELEASE.id}`)).text);
    const link = $('head link[href="/archiv/static/print.css"]');
    assert.equal(link.length, 1);
    assert.equal(link.attr('rel'), 'stylesheet');
    assert.equal(link.attr('media'), 'print');
    const address = $('main .print-address');
    assert.equal(address.attr('hidden'), 'hidden');
    assert.equal(address.text(), `Adresse dieser Seite: https://presse.example.de/archiv/mitteilung/${RELEASE.id}`);
  });

  test('other pages do not link it', async () => {
    for (const path of ['/archiv/', '/archiv/suchhilfe', '/archiv/gibt-es-nicht']) {
      const $ = cheerio.load((await request(app()).get(path)).text);
      assert.equal($('link[href$="print.css"]').length, 0, path);
      assert.equal($('.print-address').length, 0, path);
    }
  });

  test('the stylesheet is served as CSS', async () => {
    const res = await request(app()).get('/archiv/static/print.css');
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type']!, /^text\/css/);
    assert.match(res.text, /a\[href\^="http"\]::after/);
  });
});
