/**
 * Corrections through the archivists' surface, with a real Meilisearch, the real admin app (its own
 * limited key), the real ingest command and the real public app: a corrected date and sender are
 * stored beside the extraction, survive a re-ingest of the changed file and a --rebuild, show on the
 * release page and in the API as „Metadaten korrigiert am …“ with the fields and the reason (not the
 * old values), keep the id; undo restores the extracted values. Each is one audit line. When the
 * record cannot be written at all (Meilisearch unreachable), the earlier corrections are put back.
 */
import assert from 'node:assert/strict';
import { readFile, stat, writeFile, copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { Meilisearch } from 'meilisearch';
import { ArchiveActions } from '../../src/admin/archive-actions.js';
import { readAudit } from '../../src/admin/audit/audit-log.js';
import { loadConfig } from '../../src/config.js';
import { CorrectionsStore } from '../../ingest/store/corrections-store.js';
import { inputOf } from '../../src/admin/correction-form.js';
import type { Release } from '../../src/archive/release.js';
import { startAdminHarness, type AdminHarness } from '../helpers/admin-harness.js';
import { AdminClient, formError } from '../helpers/admin-client.js';
import { REPO_ROOT } from '../helpers/archive-process.js';
import { runIngestCli } from '../helpers/ingest-cli.js';
import { meiliAndTempDir } from '../helpers/test-meili.js';

const INDEX = 'korrektur';
const ADMIN = '/verwaltung';
const PASSWORD = 'richtig-langes-passwort';
const REASON = 'Das Datum stand falsch im Kopf der Datei; Absender ist das Wissenschaftsministerium.';
const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/good/smul-2025-09-12-opengraph.html');

/** The form as the page fills it from `record`, with `changes` and a reason. */
function formFor(record: Release, changes: Record<string, string | string[]>, token: string) {
  const input = inputOf(record);
  return { _csrf: token, id: record.id, ...input, ...changes } as Record<string, string | string[]>;
}

describe('corrections in the browser', { timeout: 300_000 }, () => {
  const setup = meiliAndTempDir();
  let harness: AdminHarness;
  let env: Record<string, string>;
  let file: string;
  let extracted: Release;
  const ingest = async (...args: string[]): Promise<void> => {
    const run = await runIngestCli(args, env);
    assert.equal(run.code, 0, run.stderr);
  };
  const api = async (id: string): Promise<Release> => {
    const res = await request(harness.site).get(`/api/mitteilungen/${id}`);
    assert.equal(res.status, 200);
    return res.body as Release;
  };
  const anna = () => harness.anna();
  const formPage = async (c: AdminClient, id: string) => {
    const page = await c.get(`${ADMIN}/korrigieren?id=${id}`);
    assert.equal(page.status, 200);
    return AdminClient.token(page.text);
  };

  before(async () => {
    const { meili, dir } = setup;
    env = { MEILI_HOST: meili.url, MEILI_MASTER_KEY: meili.masterKey, MEILI_INDEX: INDEX, DATA_DIR: dir.path };
    await mkdir(path.join(dir.path, 'eingang'));
    file = path.join(dir.path, 'eingang', 'wolf.html');
    await copyFile(FIXTURE, file);
    await ingest(file);
    harness = await startAdminHarness(meili, dir.path, INDEX, PASSWORD);
    extracted = (await meili.admin.index(INDEX).search<Release>('Wolfsrudel', { limit: 1 })).hits[0]!;
    assert.ok(extracted, 'the fixture release is there');
    assert.equal(extracted.date, '2025-09-12');
    assert.equal(extracted.ministryShort, 'SMUL');
  });
  after(async () => {
    await harness?.close();
  });

  test('the form says what is wrong and changes nothing', async () => {
    const c = await anna();
    const token = await formPage(c, extracted.id);
    const noReason = await c.post(`${ADMIN}/korrigieren`, formFor(extracted, { date: '01.10.2025' }, token));
    assert.equal(noReason.status, 400);
    assert.equal(formError(noReason.text), 'Geben Sie den Grund der Korrektur an.');
    const badDate = await c.post(
      `${ADMIN}/korrigieren`,
      formFor(extracted, { date: '31.02.2025', reason: REASON }, token),
    );
    assert.equal(formError(badDate.text), 'Geben Sie das Datum als TT.MM.JJJJ ein, zum Beispiel 03.06.2026.');
    const unknownSender = await c.post(
      `${ADMIN}/korrigieren`,
      formFor(extracted, { sender: 'erfunden', reason: REASON }, token),
    );
    assert.equal(formError(unknownSender.text), 'Wählen Sie eine Behörde aus der Liste.');
    const unchanged = await c.post(`${ADMIN}/korrigieren`, formFor(extracted, { reason: REASON }, token));
    assert.equal(formError(unchanged.text), 'Sie haben kein Feld geändert.');
    const unknown = await c.get(`${ADMIN}/korrigieren?id=smk-1999-01-01-nichts`);
    assert.equal(unknown.status, 404);
    assert.equal(formError(unknown.text), 'Eine Mitteilung mit dieser Kennung gibt es im Archiv nicht.');
    assert.equal((await api(extracted.id)).date, '2025-09-12', 'nothing changed');
    assert.equal((await api(extracted.id)).corrections, undefined);
  });

  test('a corrected date and sender survive a re-ingest of the changed file and a rebuild; undo restores', async () => {
    const c = await anna();
    const token = await formPage(c, extracted.id);
    const saved = await c.post(
      `${ADMIN}/korrigieren`,
      formFor(extracted, { date: '01.10.2025', sender: 'SMWK', reason: REASON }, token),
    );
    assert.equal(saved.status, 303, saved.text);
    assert.match((await c.get(saved.location!)).text, /Die Korrektur ist gespeichert/);
    const stored = path.join(setup.dir.path, 'corrections', INDEX, `${extracted.id}.json`);
    assert.ok((await stat(stored)).isFile(), 'the correction is kept beside the extraction');

    const check = async (when: string): Promise<void> => {
      const record = await api(extracted.id);
      assert.equal(record.id, extracted.id, `${when}: the id stays`);
      assert.equal(record.date, '2025-10-01', when);
      assert.equal(record.year, 2025, when);
      assert.equal(record.ministryShort, 'SMWK', when);
      assert.match(record.ministry, /Wissenschaft/, when);
      assert.equal(record.corrections?.length, 1, when);
      assert.deepEqual(record.corrections![0]!.fields, ['date', 'sender'], when);
      assert.equal(record.corrections![0]!.reason, REASON, when);
      assert.ok(!JSON.stringify(record.corrections).includes('2025-09-12'), `${when}: no old value in the note`);
      const page = await request(harness.site).get(`/mitteilung/${extracted.id}`);
      assert.equal(page.status, 200);
      assert.match(page.text, /Metadaten korrigiert am \d+\. \p{L}+ \d{4}:<\/strong> Datum, Behörde\. Grund:/u, when);
      assert.ok(page.text.includes('Das Datum stand falsch im Kopf der Datei'), when);
      assert.match(page.text, /<time datetime="2025-10-01">1\. Oktober 2025<\/time>/, when);
      assert.ok(!page.text.includes('12. September 2025'), `${when}: the old date is not shown`);
      const filtered = await request(harness.site).get('/api/suche?ministerium=SMWK');
      assert.ok(
        (filtered.body as { hits: Array<{ id: string }> }).hits.some((h) => h.id === extracted.id),
        `${when}: found under its corrected sender`,
      );
    };
    await check('after the correction');

    // The file changes (a corrected version of the release) and is ingested again.
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('leicht gesunken', 'deutlich gesunken'));
    await ingest(file);
    assert.ok((await api(extracted.id)).body.join(' ').includes('deutlich gesunken'), 'the new text is in');
    await check('after a re-ingest of the changed file');

    await ingest('--rebuild');
    await check('after --rebuild');

    const undoToken = await formPage(c, extracted.id);
    const undone = await c.post(`${ADMIN}/korrektur-zuruecknehmen`, { _csrf: undoToken, id: extracted.id });
    assert.equal(undone.status, 303, undone.text);
    const back = await api(extracted.id);
    assert.equal(back.date, '2025-09-12');
    assert.equal(back.ministryShort, 'SMUL');
    assert.equal(back.corrections, undefined);
    await assert.rejects(stat(stored), { code: 'ENOENT' });
    const page = await request(harness.site).get(`/mitteilung/${extracted.id}`);
    assert.ok(!page.text.includes('Metadaten korrigiert'));
    const nothing = await c.post(`${ADMIN}/korrektur-zuruecknehmen`, { _csrf: undoToken, id: extracted.id });
    assert.equal(nothing.status, 400);

    const { entries } = await readAudit(harness.storage.files.audit);
    const lines = entries.filter((e) => e.action === 'release-corrected' || e.action === 'correction-undone');
    assert.deepEqual(
      lines.map((e) => [e.action, e.actor, e.subject]),
      [
        ['release-corrected', 'anna', extracted.id],
        ['correction-undone', 'anna', extracted.id],
      ],
    );
    assert.equal(lines[0]!.detail, `Datum, Behörde (Grund: ${REASON})`);
    assert.ok(!lines.some((e) => e.detail?.includes('2025-10-01')), 'the log names fields, not values');
  });

  test('when Meilisearch cannot be reached, a correction leaves the earlier corrections and no audit line', async () => {
    const { dir } = setup;
    const config = loadConfig({ ...env, MEILI_HOST: 'http://127.0.0.1:1' });
    const store = new CorrectionsStore(config.dataDir, config.meiliIndex);
    const before = await store.read(extracted.id);
    const audit = path.join(dir.path, 'unerreichbar-audit.jsonl');
    const actions = new ArchiveActions(config, new Meilisearch({ host: 'http://127.0.0.1:1', apiKey: 'x' }), audit);
    await assert.rejects(
      actions.correct({ account: 'anna', address: '127.0.0.1' }, extracted.id, { title: 'Ein neuer Titel' }, REASON),
    );
    assert.deepEqual(await store.read(extracted.id), before, 'the earlier corrections are back');
    await assert.rejects(stat(audit), { code: 'ENOENT' });
  });
});
