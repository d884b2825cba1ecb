/** A withdrawn release (a tombstone, no record): its page, originals and API record answer 410 with when and why. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { loadConfig } from '../../../../src/config.js';
import { createLogger } from '../../../../src/log.js';
import { createApp } from '../../../../src/web/app.js';
import { fakeSearch } from '../../../helpers/fake-search.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const ID = 'smwk-2026-06-02-agenda';
const TOMBSTONE = {
  id: ID,
  title: 'Agenda <Kultur> 2030',
  date: '2026-06-02',
  reason: 'Auf Bitte des Ministeriums: enthielt eine falsche Telefonnummer.',
  withdrawnAt: '2026-12-02T23:30:00.000Z',
};

describe('withdrawn releases', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const app = () => {
    const search = fakeSearch();
    search.tombstones.push(TOMBSTONE);
    return createApp({ config: loadConfig({ DATA_DIR: dir.path }), search, log: createLogger('silent', 'test') });
  };
  before(async () => {
    dir = await tempDir();
  });
  after(() => dir.remove());

  test('the page answers 410 with the day in Berlin, title, date and reason, escaped', async () => {
    const res = await request(app()).get(`/mitteilung/${ID}`);
    assert.equal(res.status, 410);
    assert.match(res.text, /Diese Mitteilung wurde am 3\. Dezember 2026 zurückgezogen\./);
    assert.match(res.text, /„Agenda &lt;Kultur&gt; 2030“ vom 2\. Juni 2026/);
    assert.match(res.text, /falsche Telefonnummer/);
    assert.match(res.text, /<title>Mitteilung zurückgezogen/);
  });

  test('its originals and its API record answer 410 too; an unknown id stays 404', async () => {
    const original = await request(app()).get(`/mitteilung/${ID}/original`);
    assert.equal(original.status, 410);
    assert.match(original.text, /zurückgezogen/);
    assert.equal((await request(app()).get(`/mitteilung/${ID}/original/${'ab'.repeat(32)}`)).status, 410);
    const api = await request(app()).get(`/api/mitteilungen/${ID}`);
    assert.equal(api.status, 410);
    assert.equal(api.body.reason, TOMBSTONE.reason);
    assert.match(api.body.error, /^Diese Mitteilung wurde am 3\. Dezember 2026 zurückgezogen\. Grund: Auf Bitte/);
    assert.equal(api.body.body, undefined);
    assert.equal((await request(app()).get('/mitteilung/smwk-2026-06-02-anderes')).status, 404);
    assert.equal((await request(app()).get('/api/mitteilungen/smwk-2026-06-02-anderes')).status, 404);
  });
});
