/**
 * Withdrawal through the archivists' surface, with a real Meilisearch, the real admin app (its own
 * limited key) and the real public app (the search key): a withdrawn release is gone from search,
 * the start page, the sitemap and the feed; its page, original and API record answer 410 with the
 * reason; its original stays in DATA_DIR; ingesting its file again does not bring it back;
 * „Wiederherstellen“ does. Each action is one audit line; a busy writer lock is a 503, not a wait.
 */
import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { readAudit } from '../../src/admin/audit/audit-log.js';
import { ArchiveState } from '../../ingest/store/archive-state.js';
import { originalPath } from '../../src/archive/originals.js';
import type { Release } from '../../src/archive/release.js';
import { acquireWriterLock } from '../../src/archive/writer-lock.js';
import { startAdminHarness, type AdminHarness } from '../helpers/admin-harness.js';
import { AdminClient, formError } from '../helpers/admin-client.js';
import { REPO_ROOT } from '../helpers/archive-process.js';
import { runIngestCli } from '../helpers/ingest-cli.js';
import { startTestMeili, type TestMeili } from '../helpers/test-meili.js';
import { tempDir } from '../helpers/temp-dir.js';

const INDEX = 'rueckzug';
const ADMIN = '/verwaltung';
const PASSWORD = 'richtig-langes-passwort';
const REASON = 'Auf Bitte des Ministeriums: die Telefonnummer war falsch.';

describe('withdrawal in the browser', { timeout: 240_000 }, () => {
  let meili: TestMeili;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let harness: AdminHarness;
  let env: Record<string, string>;
  let release: Release;
  const anna = () => harness.anna();
  const ingest = (...args: string[]) => runIngestCli(args, env);
  const restoreWithCli = async (id: string): Promise<void> => {
    const run = await ingest('--restore', id);
    assert.equal(run.code, 0, run.stderr);
  };
  const found = async (query: string): Promise<string> =>
    (await request(harness.site).get(`/suche?q=${encodeURIComponent(query)}`)).text;

  before(async () => {
    meili = await startTestMeili();
    dir = await tempDir('pressearchiv-rueckzug-');
    env = { MEILI_HOST: meili.url, MEILI_MASTER_KEY: meili.masterKey, MEILI_INDEX: INDEX, DATA_DIR: dir.path };
    const ingested = await ingest(path.join(REPO_ROOT, 'test/fixtures/good'));
    assert.equal(ingested.code, 0, ingested.stderr);
    harness = await startAdminHarness(meili, dir.path, INDEX, PASSWORD);
    release = (await meili.admin.index(INDEX).search<Release>('Gentherapie', { limit: 1 })).hits[0]!;
    assert.ok(release, 'the fixture release is there');
  });
  after(async () => {
    await harness?.close();
    await meili?.stop();
    await dir?.remove();
  });

  test('the form needs a reason and a known release, and its token', async () => {
    const c = await anna();
    const form = await c.get(`${ADMIN}/zurueckziehen`);
    const token = AdminClient.token(form.text);
    const noReason = await c.post(`${ADMIN}/zurueckziehen`, { _csrf: token, id: release.id, reason: ' ' });
    assert.equal(noReason.status, 400);
    assert.equal(formError(noReason.text), 'Geben Sie den Grund an.');
    const unknown = await c.post(`${ADMIN}/zurueckziehen`, {
      _csrf: token,
      id: 'smk-1999-01-01-nichts',
      reason: REASON,
    });
    assert.equal(formError(unknown.text), 'Eine Mitteilung mit dieser Kennung gibt es im Archiv nicht.');
    const forged = await c.post(`${ADMIN}/zurueckziehen`, { _csrf: 'falsch', id: release.id, reason: REASON });
    assert.equal(forged.status, 403);
    assert.equal((await request(harness.site).get(`/mitteilung/${release.id}`)).status, 200, 'nothing withdrawn yet');
  });

  test('another writer holding the lock: a 503 that says so, nothing changed', async () => {
    const c = await anna();
    const token = AdminClient.token((await c.get(`${ADMIN}/zurueckziehen`)).text);
    const held = await acquireWriterLock(dir.path, 'npm run ingest');
    try {
      const res = await c.post(`${ADMIN}/zurueckziehen`, { _csrf: token, id: release.id, reason: REASON });
      assert.equal(res.status, 503);
      assert.match(res.text, /Gerade schreibt ein anderer Vorgang ins Archiv \(npm run ingest\)/);
    } finally {
      await held.release();
    }
    assert.equal((await request(harness.site).get(`/mitteilung/${release.id}`)).status, 200);
  });

  test('a withdrawal interrupted after its journal mark is finished by withdrawing again', async () => {
    // As if Meilisearch had failed after the journal recorded the withdrawal: marked, still public.
    const other = (await meili.admin.index(INDEX).search<Release>('', { limit: 20 })).hits.find(
      (r) => r.id !== release.id,
    )!;
    const state = await ArchiveState.load(dir.path, INDEX);
    const entry = state.byId.get(other.id)!;
    await state.commit([
      { ...entry, withdrawn: { reason: REASON, at: new Date().toISOString(), title: other.title, date: other.date } },
    ]);
    assert.equal((await request(harness.site).get(`/mitteilung/${other.id}`)).status, 200, 'still public');

    const c = await anna();
    const token = AdminClient.token((await c.get(`${ADMIN}/zurueckziehen`)).text);
    const res = await c.post(`${ADMIN}/zurueckziehen`, { _csrf: token, id: other.id, reason: 'noch einmal' });
    assert.equal(formError(res.text), 'Diese Mitteilung ist bereits zurückgezogen.');
    const page = await request(harness.site).get(`/mitteilung/${other.id}`);
    assert.equal(page.status, 410);
    assert.match(page.text, /die Telefonnummer war falsch/, 'the first reason is kept');
    await restoreWithCli(other.id);
  });

  test('withdrawn: gone from search and listings, 410 with the reason, original kept, not back by ingest; restored', async () => {
    assert.match(await found('Gentherapie'), new RegExp(release.id));
    const c = await anna();
    const token = AdminClient.token((await c.get(`${ADMIN}/zurueckziehen`)).text);
    // The release's address as copied from the site works as well as its id.
    const done = await c.post(`${ADMIN}/zurueckziehen`, {
      _csrf: token,
      id: `https://presse.example.de/mitteilung/${release.id}`,
      reason: REASON,
    });
    assert.equal(done.status, 303, done.text);
    assert.equal(done.location, `${ADMIN}/zurueckgezogen?zurueckgezogen=${release.id}`);
    const list = await c.get(done.location);
    assert.match(list.text, new RegExp(`Die Mitteilung ${release.id} ist zurückgezogen`));
    assert.match(list.text, /die Telefonnummer war falsch/);

    const page = await request(harness.site).get(`/mitteilung/${release.id}`);
    assert.equal(page.status, 410);
    assert.match(page.text, /Diese Mitteilung wurde am \d+\. \S+ \d{4} zurückgezogen\./);
    assert.match(page.text, /die Telefonnummer war falsch/);
    assert.ok(release.summary.length > 40);
    assert.ok(!page.text.includes(release.summary.slice(0, 40)), 'no text of the release');
    assert.ok(page.text.includes(release.title), 'its title says which release it was');
    assert.equal((await request(harness.site).get(`/mitteilung/${release.id}/original`)).status, 410);
    const api = await request(harness.site).get(`/api/mitteilungen/${release.id}`);
    assert.equal(api.status, 410);
    assert.equal(api.body.reason, REASON);
    for (const [what, text] of [
      ['search', await found('Gentherapie')],
      ['start page', (await request(harness.site).get('/')).text],
      [
        'sitemap',
        (await request(harness.site).get('/sitemap.xml')).text +
          (await request(harness.site).get('/sitemap-1.xml')).text,
      ],
      ['feed', (await request(harness.site).get('/suche.atom')).text],
      ['API search', JSON.stringify((await request(harness.site).get('/api/suche?q=Gentherapie')).body)],
    ] as const) {
      assert.doesNotMatch(text, new RegExp(release.id), `${what} does not list it`);
    }
    assert.ok(await stat(originalPath(dir.path, release.sources[0]!.sha256)), 'its original stays in DATA_DIR');

    const again = await ingest('--json', path.join(REPO_ROOT, 'test/fixtures/good'));
    const lines = (JSON.parse(again.stdout) as { files: Array<{ id?: string; status: string }> }).files.filter(
      (f) => f.id === release.id,
    );
    assert.ok(lines.length > 0 && lines.every((f) => f.status === 'withdrawn'), JSON.stringify(lines));
    assert.equal(
      (await request(harness.site).get(`/mitteilung/${release.id}`)).status,
      410,
      'ingest did not bring it back',
    );

    const restoreToken = AdminClient.token((await c.get(`${ADMIN}/zurueckgezogen`)).text);
    const restored = await c.post(`${ADMIN}/wiederherstellen`, { _csrf: restoreToken, id: release.id });
    assert.equal(restored.status, 303, restored.text);
    assert.match((await c.get(restored.location!)).text, /ist wiederhergestellt/);
    assert.equal((await request(harness.site).get(`/mitteilung/${release.id}`)).status, 200);
    assert.match(await found('Gentherapie'), new RegExp(release.id));
    await assert.rejects(meili.admin.index(`${INDEX}_withdrawn`).getDocument(release.id), 'no tombstone left');

    const audit = (await readAudit(harness.storage.files.audit)).entries.filter((e) => e.subject === release.id);
    assert.deepEqual(
      audit.map((e) => `${e.action} ${e.actor}`),
      ['release-withdrawn anna', 'release-restored anna'],
    );
    assert.equal(audit[0]!.detail, REASON);
  });
});
